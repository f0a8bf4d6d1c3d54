import { describe, expect, it } from 'vitest';
import { SALYUT_6_DIMENSIONS } from '../../../../models/salyut-6.ts';
import { SOYUZ_7KT_MATING_X } from '../../../../models/soyuz-7k-t.ts';
import { EARTH_RADIUS_KM } from '../../../../src/core/orbit/kepler.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { dot, length, sub } from '../../../../src/core/vec3.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

const scene = loadRepoScene('soyuz-36');
const ms = (hhmmss: string, day = 27) => Date.parse(`1980-05-${day}T${hhmmss}Z`);
const frameAt = (utcMs: number) => evaluate(scene, playbackAt(scene.timeline, utcMs));
const body = (id: string) => scene.bodies.find((b) => b.id === id)!;
const CONTACT = ms('19:56:00');

describe('Soyuz-36 and Salyut-6 (S36-W, S36-DE)', () => {
  it('lifts off from Baikonur Site 31 at 18:20:39 UTC on 26 May', () => {
    expect(body('soyuz-36').motion(ms('18:20:38', 26)).phase).toBe('pad');
    // The lift-off second is the climb's first: the engines burn, the craft still on the pad.
    const liftOff = body('soyuz-36').motion(ms('18:20:39', 26));
    expect(liftOff.phase).toBe('ascent');
    expect(greatCircleKm(liftOff, { latDeg: 45.996, lonDeg: 63.564 })).toBeLessThan(1);
    expect(liftOff.altKm).toBeLessThan(0.01);
  });

  it('keeps Salyut-6 in its documented 345.5 × 363.3 km orbit', () => {
    const salyut = body('salyut-6');
    let low = Infinity;
    let high = 0;
    for (let t = ms('17:00:00'); t < ms('18:40:00'); t += 20_000) {
      const r = length(salyut.motion(t).eciKm) - EARTH_RADIUS_KM;
      [low, high] = [Math.min(low, r), Math.max(high, r)];
    }
    expect(low).toBeCloseTo(345.5, -1);
    expect(high).toBeCloseTo(363.3, -1);
  });

  it('docks at Salyut-6’s aft port at 19:56 UTC on 27 May: range 0 ± 0.5 m', () => {
    const frame = frameAt(CONTACT);
    expect(frame.relative?.chaser).toBe('soyuz-36');
    expect(frame.relative?.target).toBe('salyut-6');
    expect(frame.relative!.rangeM).toBeLessThan(0.5);
    expect(frame.relative!.phase).toBe('docked');
    expect(frameAt(CONTACT - 60_000).relative!.rangeM).toBeGreaterThan(5);
    // Aft: behind the station along its velocity, one half-length plus the Soyuz's mating plane.
    const salyut = frame.bodies.find((b) => b.id === 'salyut-6')!;
    const soyuz = frame.bodies.find((b) => b.id === 'soyuz-36')!;
    const offset = sub(soyuz.eciKm, salyut.eciKm);
    const along = dot(offset, salyut.forward) * 1000;
    expect(along).toBeCloseTo(-(SALYUT_6_DIMENSIONS.lengthM / 2 + SOYUZ_7KT_MATING_X), 2);
    // Facing the station.
    expect(dot(soyuz.forward, salyut.forward)).toBeCloseTo(1, 3);
  });

  it('has Soyuz-35 at the front port, facing the station', () => {
    const frame = frameAt(CONTACT);
    const salyut = frame.bodies.find((b) => b.id === 'salyut-6')!;
    const soyuz35 = frame.bodies.find((b) => b.id === 'soyuz-35')!;
    const along = dot(sub(soyuz35.eciKm, salyut.eciKm), salyut.forward) * 1000;
    expect(along).toBeCloseTo(SALYUT_6_DIMENSIONS.lengthM / 2 + SOYUZ_7KT_MATING_X, 2);
    expect(dot(soyuz35.forward, salyut.forward)).toBeCloseTo(-1, 3);
  });

  it('shows the docking HUD from the terminal phase on, the chase starting 30 km behind', () => {
    const start = frameAt(ms('19:10:00')).relative!;
    expect(start.rangeM).toBeGreaterThan(30_000);
    expect(start.rangeM).toBeLessThan(45_000);
    expect(frameAt(ms('19:38:00')).relative!.phase).toBe('station-keeping');
  });

  it('docks about 350 km up', () => {
    const salyut = frameAt(CONTACT).bodies.find((b) => b.id === 'salyut-6')!;
    expect(length(salyut.eciKm) - EARTH_RADIUS_KM).toBeGreaterThan(344);
    expect(length(salyut.eciKm) - EARTH_RADIUS_KM).toBeLessThan(365);
  });

  it('names the crew and the Hungarian experiments', () => {
    const soyuz = body('soyuz-36');
    expect(soyuz.crew.map((c) => c.name)).toEqual(['Valerij Kubaszov', 'Farkas Bertalan']);
    const experiments = soyuz.facts.map((f) =>
      typeof f.value === 'string' ? f.value : f.value.en,
    );
    expect(experiments.join(' ')).toMatch(/Pille.*Balaton.*Interferon.*Eötvös/);
  });
});
