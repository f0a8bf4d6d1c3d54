/**
 * Where a player's beacon keying stands. The keying runs at one second per real second whatever
 * the playback speed, so it cannot be read off the clock's playback time alone: it is anchored
 * to a wall instant and carried across every re-anchoring of the clock that keeps the scene time
 * (a pause and resume, a change of speed, real time crossing into another segment), so the
 * pulses keep their rhythm. A jump in scene time (a seek, a restart) lines the keying up again
 * with playback, as a recorded clip has it: keying = playback − switch-on.
 */
import { playbackOf, type ClockState } from '../time/clock.ts';

export interface KeyingAnchor {
  /** Keying seconds at `wallSec`. */
  readonly keyingSec: number;
  readonly wallSec: number;
  /** The keying runs (the clock plays); a paused player's keying stands still. */
  readonly running: boolean;
}

/** Scene times closer than this are the same instant (re-anchoring rounds). */
const SAME_TIME_SEC = 1e-6;

export function keyingAt(anchor: KeyingAnchor, wallSec: number): number {
  return anchor.keyingSec + (anchor.running ? wallSec - anchor.wallSec : 0);
}

/** The keying of a clock seen for the first time: lined up with its playback. */
export function startKeying(
  clock: ClockState,
  wallSec: number,
  onPlaybackSec: number,
): KeyingAnchor {
  return {
    keyingSec: playbackOf(clock, wallSec) - onPlaybackSec,
    wallSec,
    running: clock.playing,
  };
}

/** The keying after the clock changed from `before` to `after` at `wallSec`. */
export function reanchorKeying(
  anchor: KeyingAnchor | null,
  before: ClockState,
  after: ClockState,
  wallSec: number,
  onPlaybackSec: number,
): KeyingAnchor {
  const jumped = Math.abs(playbackOf(after, wallSec) - playbackOf(before, wallSec)) > SAME_TIME_SEC;
  if (!anchor || jumped) return startKeying(after, wallSec, onPlaybackSec);
  return { keyingSec: keyingAt(anchor, wallSec), wallSec, running: after.playing };
}
