import { describe, expect, it } from 'vitest';
import {
  createClock,
  hasEnded,
  pauseClock,
  playClock,
  playbackOf,
  realTimeClock,
  seekClock,
  setClockRate,
} from '../../../../src/core/time/clock.ts';
import { createTimeline, utcAt, warpAt } from '../../../../src/core/time/timeline.ts';

describe('mission clock', () => {
  it('stands still until played', () => {
    const clock = createClock(100);
    expect(playbackOf(clock, 0)).toBe(0);
    expect(playbackOf(clock, 50)).toBe(0);
  });

  it('advances from its anchor at the chosen rate, whatever the frame timing', () => {
    let clock = playClock(createClock(100), 10);
    expect(playbackOf(clock, 12.5)).toBe(2.5);
    clock = setClockRate(clock, 4, 12.5);
    expect(playbackOf(clock, 13.5)).toBe(6.5);
  });

  it('pauses where it is and seeks exactly', () => {
    let clock = playClock(createClock(100), 0);
    clock = pauseClock(clock, 7);
    expect(playbackOf(clock, 1000)).toBe(7);
    clock = seekClock(clock, 42.25, 1000);
    expect(playbackOf(clock, 2000)).toBe(42.25);
  });

  it('clamps to the scene and restarts from zero when played at the end', () => {
    let clock = playClock(createClock(10), 0);
    expect(playbackOf(clock, 60)).toBe(10);
    expect(hasEnded(clock, 60)).toBe(true);
    clock = playClock(pauseClock(clock, 60), 61);
    expect(playbackOf(clock, 61)).toBe(0);
    expect(playbackOf(seekClock(clock, -4, 61), 61)).toBe(0);
  });

  it('refuses rates outside 0.25×–64×', () => {
    expect(() => setClockRate(createClock(10), 0, 0)).toThrow(RangeError);
    expect(() => setClockRate(createClock(10), 100, 0)).toThrow(RangeError);
    expect(() => setClockRate(createClock(10), Number.NaN, 0)).toThrow(RangeError);
  });
});

describe('real time', () => {
  const timeline = createTimeline(0, [
    { playbackSec: 10, untilUtcMs: 10_000 },
    { playbackSec: 10, untilUtcMs: 1_010_000 },
  ]);
  it('runs one UTC second per wall second, re-deriving the rate in each segment', () => {
    let clock = playClock(createClock(timeline.durationSec), 0);
    clock = realTimeClock(clock, timeline, 0);
    expect(clock.rate).toBe(1);
    // Into the second segment (100× warp, cruising a little faster after its ramp): the rate
    // drops to the inverse of the warp there, from where it is.
    clock = realTimeClock(clock, timeline, 12);
    expect(clock.rate).toBeCloseTo(1 / warpAt(timeline, 12), 12);
    expect(clock.rate).toBeLessThan(0.01);
    const before = utcAt(timeline, playbackOf(clock, 12));
    const after = utcAt(timeline, playbackOf(clock, 22));
    expect(after - before).toBeCloseTo(10_000, 3);
    // Unchanged within a segment: the same object comes back.
    expect(realTimeClock(clock, timeline, 13)).toBe(clock);
  });

  it('keeps to real time through a ramp of the warp, re-deriving it on a fraction of the frames', () => {
    // From 1× at playback 10 s the warp ramps to the 100× segment's cruise over 1.5 s of playback:
    // several minutes of real time, called every frame as the player does.
    let clock = seekClock(playClock(createClock(timeline.durationSec), 0), 10, 0);
    let anchors = 0;
    for (let frame = 1; frame <= 60 * 60; frame++) {
      const next = realTimeClock(clock, timeline, frame / 60);
      if (next !== clock) anchors++;
      clock = next;
    }
    const utcSec = (utcAt(timeline, playbackOf(clock, 60)) - utcAt(timeline, 10)) / 1000;
    expect(utcSec).toBeGreaterThan(60 * 0.99);
    expect(utcSec).toBeLessThan(60 * 1.01);
    expect(playbackOf(clock, 60)).toBeGreaterThan(10.1);
    expect(anchors).toBeGreaterThan(10);
    expect(anchors).toBeLessThan((60 * 60) / 4);
  });
});
