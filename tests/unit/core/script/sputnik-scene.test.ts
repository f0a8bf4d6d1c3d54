import { describe, expect, it } from 'vitest';
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

  it('hides the satellite until separation and then flies it downrange of Baikonur', () => {
    const before = evaluate(scene, at('1957-10-04T19:30:00Z')).bodies[0]!;
    const after = evaluate(scene, at('1957-10-04T19:40:00Z')).bodies[0]!;
    expect(before.visible).toBe(false);
    expect(after.visible).toBe(true);
    const fromBaikonur = greatCircleKm(after, { latDeg: 45.92, lonDeg: 63.34 });
    expect(fromBaikonur).toBeGreaterThan(3000);
    expect(fromBaikonur).toBeLessThan(6000);
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
