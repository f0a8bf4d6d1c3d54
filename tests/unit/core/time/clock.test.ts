import { describe, expect, it } from 'vitest';
import {
  createClock,
  hasEnded,
  pauseClock,
  playClock,
  playbackOf,
  seekClock,
  setClockRate,
} from '../../../../src/core/time/clock.ts';

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
