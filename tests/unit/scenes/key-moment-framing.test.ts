/**
 * What a visitor sees at the key moments of the newer scenes, and at every launch of every scene
 * at the instant its chapter jumps to, from the scripted camera alone: the craft the moment is
 * about is inside the picture (16:9, away from the edges where the panels and captions sit) and
 * drawn large enough to be seen, and on a phone held upright the main craft is still in the
 * middle.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../src/core/time/timeline.ts';
import { cross, dot, normalize, sub, type Vec3 } from '../../../src/core/vec3.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

const WIDE = 16 / 9;
const PHONE = 390 / 844;

interface Moment {
  readonly utc: string;
  /** Bodies that must be in the picture; the first is the one that must also be large enough. */
  readonly bodies: readonly string[];
}

const MOMENTS: Record<string, readonly Moment[]> = {
  'voskhod-2': [
    { utc: '1965-03-18T07:00:30Z', bodies: ['voskhod-2'] }, // lift-off
    { utc: '1965-03-18T08:36:00Z', bodies: ['voskhod-2', 'leonov'] }, // Leonov out
    { utc: '1965-03-18T08:40:00Z', bodies: ['voskhod-2', 'leonov'] },
    { utc: '1965-03-19T08:30:00Z', bodies: ['voskhod-2'] }, // manual retrofire
    { utc: '1965-03-19T08:50:00Z', bodies: ['voskhod-2'] }, // re-entry
    { utc: '1965-03-19T09:02:17Z', bodies: ['voskhod-2'] }, // landing
  ],
  'soyuz-36': [
    { utc: '1980-05-26T18:21:00Z', bodies: ['soyuz-36'] },
    { utc: '1980-05-27T19:56:00Z', bodies: ['salyut-6', 'soyuz-36', 'soyuz-35'] },
    { utc: '1980-05-27T20:25:00Z', bodies: ['salyut-6', 'soyuz-36', 'soyuz-35'] },
  ],
  'ax-4': [
    { utc: '2025-06-25T06:31:30Z', bodies: ['dragon'] },
    { utc: '2025-06-26T10:31:00Z', bodies: ['iss', 'dragon'] },
    { utc: '2025-06-26T10:40:00Z', bodies: ['iss', 'dragon'] },
  ],
};

/** Normalised device coordinates (−1…1) of a point, and its distance along the view. */
function project(
  camera: { eyeEci: Vec3; targetEci: Vec3; upEci: Vec3; fovDeg: number },
  point: Vec3,
  aspect: number,
) {
  const forward = normalize(sub(camera.targetEci, camera.eyeEci));
  const right = normalize(cross(forward, camera.upEci));
  const up = cross(right, forward);
  const d = sub(point, camera.eyeEci);
  const depth = dot(d, forward);
  const t = Math.tan((camera.fovDeg * Math.PI) / 360);
  return { x: dot(d, right) / (depth * t * aspect), y: dot(d, up) / (depth * t), depth };
}

/** Each launch event of each scene and the craft it launches. */
const LAUNCHES: Record<string, Record<string, string>> = {
  'sputnik-1': { launch: 'sputnik-1' },
  'vostok-1': { launch: 'vostok-1' },
  'voskhod-2': { launch: 'voskhod-2' },
  'apollo-soyuz': { 'soyuz-launch': 'soyuz-19', 'apollo-launch': 'apollo' },
  'soyuz-36': { launch: 'soyuz-36' },
  'ax-4': { launch: 'dragon' },
};

function expectFramed(
  scene: ReturnType<typeof loadRepoScene>,
  utcMs: number,
  bodies: readonly string[],
) {
  const frame = evaluate(scene, playbackAt(scene.timeline, utcMs));
  const { camera } = frame;
  bodies.forEach((bodyId, i) => {
    const body = frame.bodies.find((b) => b.id === bodyId)!;
    expect(body.visible, `${bodyId} shown`).toBe(true);
    const p = project(camera, body.eciKm, WIDE);
    expect(p.depth, `${bodyId} in front of the camera`).toBeGreaterThan(0);
    expect(Math.abs(p.x), `${bodyId} across`).toBeLessThan(0.8);
    expect(Math.abs(p.y), `${bodyId} up or down`).toBeLessThan(0.8);
    if (i > 0) return;
    const lengthM = scene.bodies.find((b) => b.id === bodyId)!.lengthM;
    const frameHeightKm = 2 * p.depth * Math.tan((camera.fovDeg * Math.PI) / 360);
    const drawnKm = (lengthM * camera.craftScale) / 1000;
    expect(drawnKm / frameHeightKm, `${bodyId} large enough`).toBeGreaterThan(0.03);
    const phone = project(camera, body.eciKm, PHONE);
    expect(Math.abs(phone.x), `${bodyId} across a phone`).toBeLessThan(0.8);
  });
}

describe.each(Object.keys(MOMENTS))('%s at its key moments', (id) => {
  const scene = loadRepoScene(id);
  it.each(MOMENTS[id]!.map((m) => [m.utc, m] as const))('%s', (_, moment) => {
    expectFramed(scene, Date.parse(moment.utc), moment.bodies);
  });
});

describe.each(Object.keys(LAUNCHES))('%s at the instant of each launch', (id) => {
  const scene = loadRepoScene(id);
  const launches = Object.entries(LAUNCHES[id]!);
  it('names every launch event of the scene', () => {
    const events = scene.events.filter((e) => /launch/.test(e.id)).map((e) => e.id);
    expect(events.sort()).toEqual(launches.map(([event]) => event).sort());
  });
  it.each(launches)('%s shows %s', (eventId, bodyId) => {
    const event = scene.events.find((e) => e.id === eventId)!;
    expectFramed(scene, event.utcMs, [bodyId]);
  });
});
