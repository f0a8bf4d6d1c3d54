import { eciToGeodetic } from 'satellite.js';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../../models/registry.ts';
import type { CompiledScene } from '../../../../src/core/script/compiled-scene.ts';
import { evaluate, type SceneFrame } from '../../../../src/core/script/evaluate.ts';
import { FLAME, flameLengthM, flameSpread } from '../../../../src/core/script/exhaust.ts';
import { flameReachM, reachAlongM } from '../../../../src/core/script/ground-clearance.ts';
import { gmstRad } from '../../../../src/core/orbit/propagate.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { length, sub, type Vec3 } from '../../../../src/core/vec3.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

/** Every vertex of each model, in its own axes (m): built once. */
const vertices = new Map(
  MODELS.map((spec) => {
    const root = spec.build();
    root.updateMatrixWorld(true);
    const points: THREE.Vector3[] = [];
    root.traverse((object) => {
      const geometry = (object as THREE.Mesh).geometry as THREE.BufferGeometry | undefined;
      const position = geometry?.getAttribute('position');
      if (!position) return;
      // Every few vertices: the lowest ones of a hull are its many rim vertices, not one.
      for (let i = 0; i < position.count; i += 3)
        points.push(
          new THREE.Vector3().fromBufferAttribute(position, i).applyMatrix4(object.matrixWorld),
        );
    });
    return [spec.id, points] as const;
  }),
);

/** Height above the ellipsoid (km) of a point given in ECI km. */
const heightKm = ([x, y, z]: Vec3, utcMs: number) =>
  eciToGeodetic({ x, y, z }, gmstRad(utcMs)).height;

/** The lowest point (km above the ground) of each visible body as drawn, enlarged, in `frame`. */
function lowestDrawn(scene: CompiledScene, frame: SceneFrame) {
  const k = frame.camera.craftScale;
  return frame.bodies.flatMap((body, i) => {
    const stack = frame.bodies.filter((b) => length(sub(b.eciKm, body.eciKm)) < 0.1);
    if (!body.visible || stack.every((b) => !NEAR.has(b.phase))) return [];
    const forward = new THREE.Vector3(...body.forward);
    const up = new THREE.Vector3(...body.up);
    const basis = new THREE.Matrix4().makeBasis(forward, up, forward.clone().cross(up));
    const place = new THREE.Matrix4()
      .makeTranslation(...body.drawnEciKm)
      .multiply(basis)
      .multiply(new THREE.Matrix4().makeScale(k / 1000, k / 1000, k / 1000));
    let lowest = Infinity;
    for (const v of vertices.get(scene.bodies[i]!.model)!) {
      const p = v.clone().applyMatrix4(place);
      lowest = Math.min(lowest, heightKm([p.x, p.y, p.z], frame.utcMs));
    }
    return [{ id: body.id, lowestKm: lowest, sizeKm: (scene.bodies[i]!.lengthM * k) / 1000 }];
  });
}

/** The lowest point of each flame as drawn: its nozzle's and its tail's rims. */
function lowestFlames(frame: SceneFrame) {
  return frame.exhausts.map((exhaust) => {
    const root = frame.bodies.find((b) => b.id === exhaust.bodyId)!.drawnEciKm;
    const axis = new THREE.Vector3(...exhaust.backwardEci);
    const across = new THREE.Vector3(1, 0, 0).cross(axis).normalize();
    const k = frame.camera.craftScale / 1000;
    let lowest = Infinity;
    for (let a = 0; a < 64; a++) {
      const rim = across.clone().applyAxisAngle(axis, (a / 64) * 2 * Math.PI);
      for (const [along, radius] of [
        [exhaust.rootBehindM, FLAME.nozzleRadiusM],
        [exhaust.rootBehindM + exhaust.lengthM, FLAME.tailRadiusM * flameSpread(exhaust.altKm)],
      ] as const) {
        const p = new THREE.Vector3(...root)
          .addScaledVector(axis, along * k)
          .addScaledVector(rim, radius * k);
        lowest = Math.min(lowest, heightKm([p.x, p.y, p.z], frame.utcMs));
      }
    }
    return { id: exhaust.bodyId, lowestKm: lowest, sizeKm: FLAME.lengthM * k };
  });
}

/**
 * Frames every `stepSec` of playback while some visible body is within `nearKm` of the ground or
 * is drawn away from where it is.
 */
function nearGround(scene: CompiledScene, stepSec: number, nearKm = 150): SceneFrame[] {
  const frames: SceneFrame[] = [];
  for (let t = 0; t <= scene.timeline.durationSec; t += stepSec) {
    const frame = evaluate(scene, t);
    const near = (b: SceneFrame['bodies'][number]) =>
      b.altKm < nearKm || length(sub(b.drawnEciKm, b.eciKm)) > 0;
    if (frame.bodies.some((b) => b.visible && near(b))) frames.push(frame);
  }
  return frames;
}

/** The phases of a flight near the ground: the only ones lifted. */
const NEAR = new Set(['pad', 'ascent', 'descent', 'landed', 'parachute']);

const SCENES = ['sputnik-1', 'vostok-1', 'voskhod-2', 'apollo-soyuz', 'soyuz-36', 'ax-4'];

describe('enlarged craft near the ground', () => {
  // Sputnik-1 is shown from its orbit insertion on: never near the ground.
  it.each(SCENES.filter((id) => id !== 'sputnik-1'))(
    '%s: no craft or flame, drawn enlarged, reaches below the ground',
    (id) => {
      const scene = loadRepoScene(id);
      const frames = nearGround(scene, 1);
      expect(frames.length).toBeGreaterThan(5);
      for (const frame of frames) {
        for (const part of [...lowestDrawn(scene, frame), ...lowestFlames(frame)]) {
          // A hair's tolerance: the lift is along the radius, the height along the ellipsoid's normal.
          expect(
            part.lowestKm,
            `${part.id} at ${new Date(frame.utcMs).toISOString()}`,
          ).toBeGreaterThan(-1e-4 * part.sizeKm - 1e-6);
        }
      }
    },
  );

  it('stands a launching craft on the ground: its flame just reaches it, not floating above', () => {
    const scene = loadRepoScene('vostok-1');
    const liftOff = Date.parse('1961-04-12T06:07:20Z');
    const frame = evaluate(scene, playbackAt(scene.timeline, liftOff));
    const vostok = frame.bodies.find((b) => b.id === 'vostok-1')!;
    const liftKm = length(sub(vostok.drawnEciKm, vostok.eciKm));
    // 20 s after lift-off, at ×2000: a 72 km flame under a craft a few km up.
    expect(vostok.altKm).toBeLessThan(5);
    expect(liftKm).toBeGreaterThan(60);
    const [flame] = lowestFlames(frame);
    expect(flame!.lowestKm).toBeLessThan(0.01 * flame!.sizeKm);
    // The camera frames the craft where it is drawn.
    expect(frame.camera.targetId).toBe('vostok-1');
    expect(length(sub(frame.camera.targetEci, vostok.drawnEciKm))).toBeLessThan(1e-9);
  });

  it.each([
    ['vostok-1', 'vostok-1', '1961-04-12T06:07:00Z'],
    ['soyuz-36', 'soyuz-36', '1980-05-26T18:20:39Z'],
    ['ax-4', 'dragon', '2025-06-25T06:31:00Z'],
  ])(
    '%s: rises off the pad on its growing flame, with no jump at lift-off',
    (id, bodyId, liftOff) => {
      const scene = loadRepoScene(id);
      const drawnAt = (offsetSec: number) => {
        const utcMs = Date.parse(liftOff) + offsetSec * 1000;
        const frame = evaluate(scene, playbackAt(scene.timeline, utcMs));
        const body = frame.bodies.find((b) => b.id === bodyId)!;
        return { drawn: body.drawnEciKm, lift: length(sub(body.drawnEciKm, body.eciKm)) };
      };
      const steps: number[] = [];
      for (let t = -2; t < 10; t += 0.1)
        steps.push(length(sub(drawnAt(t + 0.1).drawn, drawnAt(t).drawn)));
      const rise = drawnAt(10).lift - drawnAt(-2).lift;
      expect(rise).toBeGreaterThan(5);
      // A flame lit at once would lift the drawing by all of that in one step.
      expect(Math.max(...steps)).toBeLessThan(0.1 * rise);
    },
  );

  it('lifts the bodies riding one rocket together, so the stack stays whole', () => {
    const scene = loadRepoScene('apollo-soyuz');
    const frame = evaluate(scene, playbackAt(scene.timeline, Date.parse('1975-07-15T19:50:30Z')));
    const stack = frame.bodies.filter((b) => b.visible && b.altKm < 20);
    expect(stack.map((b) => b.id).sort()).toEqual(['apollo', 'docking-module', 's-ivb']);
    const lifts = stack.map((b) => sub(b.drawnEciKm, b.eciKm));
    expect(length(lifts[0]!)).toBeGreaterThan(1);
    for (const lift of lifts) expect(length(sub(lift, lifts[0]!))).toBeLessThan(1e-9);
  });

  it('leaves a craft in orbit on its orbit, however large it is drawn, and its stack with it', () => {
    let iconsInOrbit = 0;
    let lifted = 0;
    for (const id of SCENES) {
      const scene = loadRepoScene(id);
      for (let t = 0; t <= scene.timeline.durationSec; t += 5) {
        const frame = evaluate(scene, t);
        frame.bodies.forEach((body, i) => {
          const sizeKm = (scene.bodies[i]!.lengthM * frame.camera.craftScale) / 1000;
          const stack = frame.bodies.filter((b) => length(sub(b.eciKm, body.eciKm)) < 0.1);
          if (stack.every((b) => !NEAR.has(b.phase))) {
            expect(body.drawnEciKm, `${id} ${body.id} at ${t} s`).toEqual(body.eciKm);
            if (body.visible && sizeKm > body.altKm) iconsInOrbit++;
          } else if (body.visible && length(sub(body.drawnEciKm, body.eciKm)) > 0) lifted++;
        });
      }
    }
    // Sputnik-1 is drawn larger than its height in its whole-Earth views.
    expect(iconsInOrbit).toBeGreaterThan(5);
    expect(lifted).toBeGreaterThan(10);
  });

  it('measures how far a box reaches along a direction, and a flame below its root', () => {
    const box = { min: [-3, -1, -2], max: [1, 4, 2] } as const;
    expect(reachAlongM(box, [0, -1, 0])).toBe(1);
    expect(reachAlongM(box, [-1, 0, 0])).toBe(3);
    expect(reachAlongM(box, [Math.SQRT1_2, Math.SQRT1_2, 0])).toBeCloseTo(5 * Math.SQRT1_2, 12);
    const down: Vec3 = [0, 0, -1];
    expect(flameReachM([0, 0, -1], down, 0)).toBeCloseTo(FLAME.lengthM, 12);
    expect(flameReachM([1, 0, 0], down, 0)).toBeCloseTo(FLAME.tailRadiusM, 12);
    expect(flameReachM([1, 0, 0], down, 500)).toBeCloseTo(FLAME.tailRadiusM * FLAME.maxSpread, 12);
    expect(flameReachM([0, 0, 1], down, 0)).toBe(0);
    expect(flameReachM([0, 0, -1], down, 0, 9)).toBeCloseTo(9, 12);
    // Rooted 4 m behind the origin, pointing straight up: its nozzle 4 m above, nothing below.
    expect(flameReachM([0, 0, -1], down, 0, 9, 4)).toBeCloseTo(13, 12);
    expect(flameReachM([1, 0, 0], down, 0, 9, 4)).toBeCloseTo(FLAME.tailRadiusM, 12);
    expect(flameLengthM(0)).toBe(0);
    expect(flameLengthM(FLAME.grownAtKm / 2)).toBeCloseTo(FLAME.lengthM / 2, 12);
    expect(flameLengthM(1)).toBe(FLAME.lengthM);
  });
});
