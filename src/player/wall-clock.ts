/**
 * Real time, as one injectable object per player: the clock's anchor while playing, the kiosk's
 * idle and watchdog timing, and the timers that wait on them. Tests hand in a clock they move by
 * hand (tests/unit/helpers/manual-wall-clock.ts), so timing is tested in test milliseconds.
 */
export interface WallClock {
  /** Monotonic seconds (performance.now); only differences mean anything. */
  nowSec(): number;
  /** Milliseconds since 1970 (the kiosk's uptime across reloads); never used for playback. */
  epochMs(): number;
  /** Calls `run` after `ms`; returns the cancel. */
  after(ms: number, run: () => void): () => void;
  /** Calls `run` every `ms`; returns the cancel. */
  every(ms: number, run: () => void): () => void;
}

/** The browser's real time: the only reads of performance.now and Date.now in the player. */
export const browserWallClock: WallClock = {
  nowSec: () => performance.now() / 1000,
  epochMs: () => Date.now(),
  after(ms, run) {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
  every(ms, run) {
    const id = setInterval(run, ms);
    return () => clearInterval(id);
  },
};
