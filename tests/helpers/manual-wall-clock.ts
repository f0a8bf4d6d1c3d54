/**
 * Real time that a test moves by hand: `advance(ms)` runs every timer that falls due, in order,
 * so timing is tested in test milliseconds, never in real seconds.
 */
import type { WallClock } from '../../src/player/wall-clock.ts';

export interface ManualWallClock extends WallClock {
  /** Moves time on by `ms`, firing due timers (and timers they set that fall due too). */
  advance(ms: number): void;
  /** Timers still waiting. */
  pending(): number;
}

interface Timer {
  id: number;
  dueMs: number;
  everyMs: number | null;
  run: () => void;
}

export function manualWallClock(startEpochMs = Date.UTC(2026, 0, 1)): ManualWallClock {
  let nowMs = 0;
  let nextId = 1;
  const timers = new Map<number, Timer>();
  const add = (ms: number, run: () => void, every: boolean) => {
    const id = nextId++;
    timers.set(id, {
      id,
      dueMs: nowMs + Math.max(0, ms),
      everyMs: every ? Math.max(1, ms) : null,
      run,
    });
    return () => {
      timers.delete(id);
    };
  };
  return {
    nowSec: () => nowMs / 1000,
    epochMs: () => startEpochMs + nowMs,
    after: (ms, run) => add(ms, run, false),
    every: (ms, run) => add(ms, run, true),
    advance(ms) {
      const endMs = nowMs + ms;
      for (;;) {
        let next: Timer | null = null;
        for (const timer of timers.values())
          if (
            timer.dueMs <= endMs &&
            (!next ||
              timer.dueMs < next.dueMs ||
              (timer.dueMs === next.dueMs && timer.id < next.id))
          )
            next = timer;
        if (!next) break;
        nowMs = next.dueMs;
        if (next.everyMs === null) timers.delete(next.id);
        else next.dueMs += next.everyMs;
        next.run();
      }
      nowMs = endMs;
    },
    pending: () => timers.size,
  };
}
