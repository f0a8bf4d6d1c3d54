/**
 * When the player's controls step aside: while the scene plays they hide after a few seconds
 * without pointer movement, touch, key or focus, and come back on any of them; while something
 * holds them (paused, a menu or panel open, the pointer resting on the bar, the kiosk) they stay.
 * Timed on the player's wall clock, so tests move time by hand.
 */
import type { WallClock } from '../player/wall-clock.ts';

/** Seconds of quiet before the controls hide while playing. */
export const STEP_ASIDE_MS = 3000;

export interface StepAside {
  /** True while the controls are shown. */
  shown(): boolean;
  /** The visitor did something (moved the pointer, touched, pressed a key, moved focus). */
  activity(): void;
  /** Something keeps the controls up (true) or lets them go (false, after the quiet time). */
  hold(held: boolean): void;
  /** Calls `listener` whenever `shown()` changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Stops the timer (a later `activity` or `hold` starts it again). */
  dispose(): void;
}

export function createStepAside(wall: WallClock, quietMs = STEP_ASIDE_MS): StepAside {
  let shown = true;
  let held = true;
  let cancel: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const show = (next: boolean) => {
    if (next === shown) return;
    shown = next;
    for (const listener of listeners) listener();
  };
  const stopTimer = () => {
    cancel?.();
    cancel = null;
  };
  const restart = () => {
    stopTimer();
    show(true);
    if (!held) cancel = wall.after(quietMs, () => show(false));
  };
  return {
    shown: () => shown,
    activity: restart,
    hold(next) {
      held = next;
      restart();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispose: stopTimer,
  };
}
