/**
 * The ground-track map's track: the same points, every 20 s from the first visible moment, but
 * worked out only around the times the map shows (the last three hours of a four-day flight).
 */
import { describe, expect, it } from 'vitest';
import { createFlightTrack, type TrackPoint } from '../../../../src/core/orbit/flight-path.ts';

const START = Date.UTC(1975, 6, 15, 12, 20);
const DAYS_4 = 4 * 86_400_000;

function countingState() {
  const asked: number[] = [];
  const stateAt = (utcMs: number) => {
    asked.push(utcMs);
    return { latDeg: ((utcMs - START) / 60_000) % 90, lonDeg: ((utcMs - START) / 30_000) % 180 };
  };
  return { asked, stateAt };
}

function collect(track: ReturnType<typeof createFlightTrack>, from: number, to: number) {
  const points: TrackPoint[] = [];
  track.forEachBetween(from, to, (point) => points.push(point));
  return points;
}

describe('a flight track', () => {
  it('gives every 20 s point in a window, in time order, on the grid from the start', () => {
    const { stateAt } = countingState();
    const track = createFlightTrack(stateAt, START, START + DAYS_4, 20);
    const from = START + 86_400_000 + 7_000;
    const to = START + 86_400_000 + 3 * 3_600_000;
    const points = collect(track, from, to);
    expect(points[0]!.utcMs).toBe(START + 86_400_000 + 20_000);
    expect(points.at(-1)!.utcMs).toBe(to);
    expect(points).toHaveLength(3 * 180);
    points.forEach((point, i) => {
      if (i > 0) expect(point.utcMs - points[i - 1]!.utcMs).toBe(20_000);
      expect(point).toEqual({ utcMs: point.utcMs, ...stateAt(point.utcMs) });
    });
  });

  it('works out only the hours around a window, and each of them once', () => {
    const { asked, stateAt } = countingState();
    const track = createFlightTrack(stateAt, START, START + DAYS_4, 20);
    // The scene's first frame: nothing before the start, the first point only.
    expect(collect(track, START - 3 * 3_600_000, START)).toHaveLength(1);
    expect(asked.length).toBeLessThanOrEqual(180);
    const afterFirst = asked.length;
    collect(track, START + 2 * 86_400_000, START + 2 * 86_400_000 + 3 * 3_600_000);
    // Three hours need at most four hours' points, not the 17,281 of the whole flight.
    expect(asked.length - afterFirst).toBeLessThanOrEqual(4 * 180);
    const afterSecond = asked.length;
    collect(track, START + 2 * 86_400_000 + 600_000, START + 2 * 86_400_000 + 3 * 3_600_000);
    expect(asked.length).toBe(afterSecond);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('stops at the last visible moment and is empty outside the flight', () => {
    const { stateAt } = countingState();
    const track = createFlightTrack(stateAt, START, START + 90_000, 20);
    expect(collect(track, START, START + 86_400_000).map((p) => p.utcMs - START)).toEqual([
      0, 20_000, 40_000, 60_000, 80_000,
    ]);
    expect(collect(track, START + 100_000, START + 200_000)).toEqual([]);
    expect(collect(createFlightTrack(stateAt, START, START - 1, 20), START - 1, START)).toEqual([]);
  });
});
