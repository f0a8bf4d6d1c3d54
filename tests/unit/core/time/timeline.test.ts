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

  it('maps playback to UTC piecewise linearly', () => {
    expect(utcAt(timeline, 0)).toBe(T0);
    expect(utcAt(timeline, 5)).toBe(T0 + 5 * MIN);
    expect(utcAt(timeline, 20)).toBe(T0 + 10 * MIN + 10_000);
    expect(utcAt(timeline, 32)).toBe(T0 + 10 * MIN + 20_000);
    expect(utcAt(timeline, 50)).toBe(T0 + 10 * MIN + 20_000 + 45 * MIN);
  });

  it('maps UTC back to playback, the start of a hold for a held instant', () => {
    expect(playbackAt(timeline, T0 + 5 * MIN)).toBe(5);
    expect(playbackAt(timeline, T0 + 10 * MIN + 10_000)).toBe(20);
    expect(playbackAt(timeline, T0 + 10 * MIN + 20_000)).toBe(30);
  });

  it('round-trips outside holds', () => {
    for (let t = 0; t <= 65; t += 0.37) {
      if (t > 30 && t < 35) continue;
      expect(playbackAt(timeline, utcAt(timeline, t))).toBeCloseTo(t, 6);
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

  it('reports the warp of each segment', () => {
    expect(warpAt(timeline, 5)).toBe(60);
    expect(warpAt(timeline, 15)).toBe(1);
    expect(warpAt(timeline, 33)).toBe(0);
    expect(warpAt(timeline, 65)).toBe(180);
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
