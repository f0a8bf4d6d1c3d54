/**
 * Picks the quality tier from measured frame times when the URL did not pin one: a weak kiosk PC
 * steps down to stay smooth, a strong one steps up. Few, late decisions so it never oscillates.
 */
import { QUALITIES, type Quality } from '../view/quality.ts';

export const SLOW_FRAME_MS = 45;
export const FAST_FRAME_MS = 14;
/**
 * A warm-up, then a window of frames to judge: counted in frames, or in seconds where frames are
 * slow (whichever ends first): on a kiosk PC drawing one frame a second, 120 frames would be two
 * minutes of slideshow before it stepped down.
 */
const WARM_UP_FRAMES = 30;
const WARM_UP_SEC = 3;
const WINDOW_FRAMES = 90;
const WINDOW_SEC = 6;
const MIN_WINDOW_FRAMES = 5;
const MAX_CHANGES = 2;

/** The tier to switch to for a median frame time, or null to stay. */
export function nextQuality(current: Quality, medianFrameMs: number): Quality | null {
  const index = QUALITIES.indexOf(current);
  if (medianFrameMs > SLOW_FRAME_MS && index > 0) return QUALITIES[index - 1]!;
  if (medianFrameMs < FAST_FRAME_MS && index < QUALITIES.length - 1) return QUALITIES[index + 1]!;
  return null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Feed it one wall time per drawn frame; it calls `apply` when a change is due. */
export function createQualityTuner(current: () => Quality, apply: (quality: Quality) => void) {
  let lastWallSec: number | null = null;
  let skipped = 0;
  let samples: number[] = [];
  let changes = 0;
  // When the warm-up, then the window, began (wall seconds; null: not yet).
  let warmUpSinceSec: number | null = null;
  let windowSinceSec: number | null = null;
  return {
    /** Frames were left undrawn: the next interval measures the pause, not a frame. */
    interrupt(): void {
      lastWallSec = null;
      windowSinceSec = null;
      if (skipped < WARM_UP_FRAMES) warmUpSinceSec = null;
    },
    frame(wallSec: number): void {
      const previous = lastWallSec;
      lastWallSec = wallSec;
      if (previous === null || changes >= MAX_CHANGES) return;
      warmUpSinceSec ??= previous;
      if (skipped < WARM_UP_FRAMES && wallSec - warmUpSinceSec < WARM_UP_SEC) {
        skipped++;
        return;
      }
      windowSinceSec ??= previous;
      samples.push((wallSec - previous) * 1000);
      const full =
        samples.length >= WINDOW_FRAMES ||
        (samples.length >= MIN_WINDOW_FRAMES && wallSec - windowSinceSec >= WINDOW_SEC);
      if (!full) return;
      const next = nextQuality(current(), median(samples));
      samples = [];
      skipped = 0;
      warmUpSinceSec = null;
      windowSinceSec = null;
      if (next) {
        changes++;
        apply(next);
      }
    },
  };
}
