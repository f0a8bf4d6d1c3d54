import { describe, expect, it } from 'vitest';
import { json2satrec } from 'satellite.js';
import { propagateAt } from '../../../../src/core/orbit/propagate.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

const scene = loadRepoScene('sputnik-1');
const at = (iso: string) => playbackAt(scene.timeline, Date.parse(iso));

describe('scenes/sputnik-1.json', () => {
  it('loads and plays for about two and a half minutes', () => {
    expect(scene.id).toBe('sputnik-1');
    expect(scene.timeline.durationSec).toBeGreaterThan(120);
    expect(scene.timeline.durationSec).toBeLessThan(240);
  });

  it('shows the Sputnik sentence of the text at the launch', () => {
    const frame = evaluate(scene, at('1957-10-04T19:28:34Z'));
    expect(frame.caption?.hu).toContain('Föld körüli pályára állítaniuk');
    expect(new Date(frame.utcMs).toISOString()).toBe('1957-10-04T19:28:34.000Z');
  });

  it('hides the satellite until lift-off, then flies it on its flame to orbit and downrange', () => {
    const before = evaluate(scene, at('1957-10-04T19:28:00Z')).bodies[0]!;
    const climbing = evaluate(scene, at('1957-10-04T19:30:00Z')).bodies[0]!;
    const after = evaluate(scene, at('1957-10-04T19:40:00Z')).bodies[0]!;
    expect(before.visible).toBe(false);
    expect(climbing.visible).toBe(true);
    expect(climbing.phase).toBe('ascent');
    expect(climbing.altKm).toBeGreaterThan(10);
    expect(climbing.altKm).toBeLessThan(215);
    expect(after.visible).toBe(true);
    expect(after.phase).toBe('orbit');
    const fromBaikonur = greatCircleKm(after, { latDeg: 45.92, lonDeg: 63.34 });
    expect(fromBaikonur).toBeGreaterThan(3000);
    expect(fromBaikonur).toBeLessThan(6000);
  });

  it('reaches orbit where J. Runes reconstruction from tracking data puts the satellite (SP-DPM)', () => {
    // His element set, as published: epoch 1957-10-04 19:18:18 UTC (day 277.804375).
    const runes = json2satrec({
      OBJECT_NAME: 'SPUTNIK 1',
      OBJECT_ID: '1957-001B',
      EPOCH: '1957-10-04T19:18:18Z',
      MEAN_MOTION: 14.96977024,
      ECCENTRICITY: 0.0520478,
      INCLINATION: 65.1,
      RA_OF_ASC_NODE: 340.3821,
      ARG_OF_PERICENTER: 58,
      MEAN_ANOMALY: 306.9536,
      NORAD_CAT_ID: 2,
      ELEMENT_SET_NO: 1,
      BSTAR: 9.27e-4,
      MEAN_MOTION_DOT: 0.0030187,
      MEAN_MOTION_DDOT: 0,
    });
    const insertion = Date.parse('1957-10-04T19:33:48.500Z');
    const ours = evaluate(scene, at('1957-10-04T19:33:48.500Z')).bodies[0]!;
    const his = propagateAt(runes, insertion);
    expect(greatCircleKm(ours, his)).toBeLessThan(50);
    expect(Math.abs(ours.altKm - his.altKm)).toBeLessThan(15);
    // Without the lag behind the launch-time slot it would be 1,150 km further downrange.
    expect(greatCircleKm(ours, { latDeg: 45.92, lonDeg: 63.34 })).toBeGreaterThan(1100);
    expect(greatCircleKm(ours, { latDeg: 45.92, lonDeg: 63.34 })).toBeLessThan(1300);
  });

  it('marks events as passed only after their UTC', () => {
    const frame = evaluate(scene, at('1957-10-04T19:30:00Z'));
    expect(frame.events.find((e) => e.id === 'launch')?.passed).toBe(true);
    expect(frame.events.find((e) => e.id === 'separation')?.passed).toBe(false);
  });

  it('puts the night over Baikonur at launch ("near midnight local", SP-W)', () => {
    const frame = evaluate(scene, at('1957-10-04T19:28:34Z'));
    expect(greatCircleKm(frame.subsolar, { latDeg: 45.92, lonDeg: 63.34 })).toBeGreaterThan(10000);
  });

  it('shows the von Braun clause that "a szovjetek azonban" answers', () => {
    const i = scene.captions.findIndex((c) => c.hu.startsWith('a szovjetek azonban'));
    const before = scene.captions.slice(0, i).map((c) => c.hu);
    expect(before.at(-1)).toMatch(/helyzeti előnyből indultak,$/);
    expect(before.join(' ')).toContain('Wernher von Braunnak');
  });

  it('translates what the text says (obsessed with catching up; First Secretary; aeronautical)', () => {
    const en = (start: string) => scene.captions.find((c) => c.hu.startsWith(start))!.en;
    expect(en('A nyugati kapitalista rendszer')).toMatch(/^Obsessed with catching up with/);
    expect(en('Nyikita Hruscsov pártfőtitkár')).toContain('First Secretary');
    expect(en('a szovjetek azonban')).toContain('aeronautical engineer');
  });
});
