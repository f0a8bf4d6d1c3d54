/**
 * The mission clock: the only holder of "now" in playback seconds.
 *
 * While playing, playback is anchored, not accumulated: `playback = anchor + (wall − wallAnchor)·rate`,
 * so frame timing never drifts it. Wall time always comes in as an argument (the player passes its
 * animation-frame timestamp); the clock never reads a real clock itself, and the recorder or a test
 * moves it with `seekClock` alone.
 */
import { clamp, warpAt, type Timeline } from './timeline.ts';

export interface ClockState {
  readonly durationSec: number;
  readonly playing: boolean;
  /** Playback seconds per wall second. */
  readonly rate: number;
  readonly anchorPlaybackSec: number;
  readonly anchorWallSec: number;
}

export const MIN_RATE = 0.25;
export const MAX_RATE = 64;
/** How far a real-time clock may run from one UTC second per second before it is re-derived. */
export const REAL_TIME_TOLERANCE = 0.005;

export function createClock(durationSec: number): ClockState {
  return { durationSec, playing: false, rate: 1, anchorPlaybackSec: 0, anchorWallSec: 0 };
}

/** Playback seconds at wall time `wallSec`, clamped to the scene. */
export function playbackOf(clock: ClockState, wallSec: number): number {
  const elapsed = clock.playing ? Math.max(0, wallSec - clock.anchorWallSec) * clock.rate : 0;
  return clamp(clock.anchorPlaybackSec + elapsed, 0, clock.durationSec);
}

export function seekClock(clock: ClockState, playbackSec: number, wallSec: number): ClockState {
  return {
    ...clock,
    anchorPlaybackSec: clamp(playbackSec, 0, clock.durationSec),
    anchorWallSec: wallSec,
  };
}

/** Start playing; at the end of the scene, playing restarts from the beginning. */
export function playClock(clock: ClockState, wallSec: number): ClockState {
  const now = playbackOf(clock, wallSec);
  const from = now >= clock.durationSec ? 0 : now;
  return { ...clock, playing: true, anchorPlaybackSec: from, anchorWallSec: wallSec };
}

export function pauseClock(clock: ClockState, wallSec: number): ClockState {
  return {
    ...clock,
    playing: false,
    anchorPlaybackSec: playbackOf(clock, wallSec),
    anchorWallSec: wallSec,
  };
}

export function setClockRate(clock: ClockState, rate: number, wallSec: number): ClockState {
  if (!isValidRate(rate))
    throw new RangeError(`rate must be between ${MIN_RATE} and ${MAX_RATE}, got ${rate}`);
  return { ...clock, rate, anchorPlaybackSec: playbackOf(clock, wallSec), anchorWallSec: wallSec };
}

/**
 * "Real time": one UTC second per wall second. The scene's time warp changes from segment to
 * segment, and ramps between them, so the rate is re-derived whenever it has drifted by more than
 * `REAL_TIME_TOLERANCE` (in a ramp, on about one frame in eight rather than every frame); it may be far
 * below MIN_RATE (a two-day stretch squeezed into seconds plays for two days).
 */
export function realTimeClock(clock: ClockState, timeline: Timeline, wallSec: number): ClockState {
  const now = playbackOf(clock, wallSec);
  const rate = 1 / warpAt(timeline, now);
  if (Math.abs(rate - clock.rate) <= REAL_TIME_TOLERANCE * rate) return clock;
  return { ...clock, rate, anchorPlaybackSec: now, anchorWallSec: wallSec };
}

/** True once a playing clock has run to the end of the scene. */
export function hasEnded(clock: ClockState, wallSec: number): boolean {
  return playbackOf(clock, wallSec) >= clock.durationSec;
}

export function isValidRate(rate: number): boolean {
  return Number.isFinite(rate) && rate >= MIN_RATE && rate <= MAX_RATE;
}
