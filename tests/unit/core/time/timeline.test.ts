import { describe, expect, it } from 'vitest';
import { createTimeline, playbackAt, utcAt, warpAt } from '../../../../src/core/time/timeline.ts';

const T0 = Date.parse('1961-04-12T06:00:00Z');
const MIN = 60_000;
// 10 s for the first 10 minutes (60×), 20 s in real time, a 5 s hold, 30 s for the next 90 minutes.
const timeline = createTimeline(T0, [
  { playbackSec: 10, untilUtcMs: T0 + 10 * MIN },
  { playbackSec: 20, untilUtcMs: T0 + 10 * MIN + 20_000 },
  { playbackSec: 5, untilUtcMs: T0 + 10 * MIN + 20_000 },
  { playbackSec: 30, untilUtcMs: T0 + 100 * MIN + 20_000 },
]);

describe('timeline: playback seconds ⇄ UTC', () => {
  it('spans the sum of its segments', () => {
    expect(timeline.durationSec).toBe(65);
    expect(timeline.endUtcMs).toBe(T0 + 100 * MIN + 20_000);
  });

  it('ends every segment exactly at its UTC', () => {
    expect(utcAt(timeline, 0)).toBe(T0);
    expect(utcAt(timeline, 10)).toBe(T0 + 10 * MIN);
    expect(utcAt(timeline, 30)).toBe(T0 + 10 * MIN + 20_000);
    expect(utcAt(timeline, 32)).toBe(T0 + 10 * MIN + 20_000);
    expect(utcAt(timeline, 35)).toBe(T0 + 10 * MIN + 20_000);
    expect(utcAt(timeline, 65)).toBe(T0 + 100 * MIN + 20_000);
  });

  it('keeps a segment slower than both neighbours exactly as written', () => {
    const docking = createTimeline(T0, [
      { playbackSec: 10, untilUtcMs: T0 + 10 * MIN },
      { playbackSec: 20, untilUtcMs: T0 + 10 * MIN + 20_000 },
      { playbackSec: 10, untilUtcMs: T0 + 40 * MIN + 20_000 },
    ]);
    for (let t = 10; t <= 30; t += 0.25) {
      expect(utcAt(docking, t)).toBeCloseTo(T0 + 10 * MIN + (t - 10) * 1000, 3);
      expect(warpAt(docking, t)).toBeCloseTo(1, 9);
    }
  });

  it('eases into a hold: the segment before it slows to a stop over its last 1.5 s', () => {
    expect(warpAt(timeline, 28)).toBeGreaterThan(1);
    expect(warpAt(timeline, 28)).toBeLessThan(1.05);
    expect(warpAt(timeline, 29.25)).toBeCloseTo(warpAt(timeline, 28) / 2, 6);
    expect(warpAt(timeline, 29.999)).toBeLessThan(0.001);
  });

  it("changes its warp without a jump: the faster segment ramps to the slower one's warp", () => {
    // Before: 60× to 1× between two frames, 0 to 180× out of the hold.
    let previous = warpAt(timeline, 0);
    let steepest = 0;
    for (let t = 0.001; t <= 65; t += 0.001) {
      const warp = warpAt(timeline, t);
      steepest = Math.max(steepest, Math.abs(warp - previous));
      previous = warp;
    }
    // 180× reached from a hold over 1.5 s changes the warp by at most ~0.13 per millisecond.
    expect(steepest).toBeLessThan(0.2);
    expect(warpAt(timeline, 9.999)).toBeCloseTo(1, 1);
    expect(warpAt(timeline, 35.001)).toBeCloseTo(0, 0);
    // A fast segment cruises a little faster to cover its span in the same playback time.
    expect(warpAt(timeline, 5)).toBeGreaterThan(60);
    expect(warpAt(timeline, 5)).toBeLessThan(70);
    expect(warpAt(timeline, 33)).toBe(0);
    expect(warpAt(timeline, 50)).toBeGreaterThan(180);
  });

  it('maps UTC back to playback, the start of a hold for a held instant', () => {
    expect(playbackAt(timeline, T0 + 10 * MIN)).toBe(10);
    expect(playbackAt(timeline, T0 + 10 * MIN + 20_000)).toBe(30);
    expect(playbackAt(timeline, T0 + 100 * MIN + 20_000)).toBe(65);
  });

  it('round-trips outside holds, in the ramps too', () => {
    for (let t = 0; t <= 65; t += 0.037) {
      if (t > 30 && t < 35) continue;
      expect(playbackAt(timeline, utcAt(timeline, t))).toBeCloseTo(t, 5);
    }
  });

  it('clamps both ways', () => {
    expect(utcAt(timeline, -3)).toBe(T0);
    expect(utcAt(timeline, 1e9)).toBe(timeline.endUtcMs);
    expect(utcAt(timeline, Number.NaN)).toBe(T0);
    expect(playbackAt(timeline, T0 - MIN)).toBe(0);
    expect(playbackAt(timeline, T0 + 1e9)).toBe(65);
  });

  it('is monotonic', () => {
    let previous = -Infinity;
    for (let t = -1; t <= 66; t += 0.01) {
      const utc = utcAt(timeline, t);
      expect(utc).toBeGreaterThanOrEqual(previous);
      previous = utc;
    }
  });

  it('is the written warp where every segment runs as fast', () => {
    const even = createTimeline(T0, [
      { playbackSec: 10, untilUtcMs: T0 + 10 * MIN },
      { playbackSec: 2, untilUtcMs: T0 + 12 * MIN },
    ]);
    for (const t of [0, 1, 5, 10, 11.9, 12]) expect(utcAt(even, t)).toBeCloseTo(T0 + t * MIN, 3);
    expect(warpAt(even, 11)).toBeCloseTo(60, 9);
  });

  it('rejects segments that go back in time or last no time', () => {
    expect(() => createTimeline(T0, [{ playbackSec: 1, untilUtcMs: T0 - 1 }])).toThrow(
      /ends before it starts/,
    );
    expect(() => createTimeline(T0, [{ playbackSec: 0, untilUtcMs: T0 + 1 }])).toThrow(
      /playbackSec must be > 0/,
    );
    expect(() => createTimeline(T0, [])).toThrow(/at least one segment/);
  });
});
