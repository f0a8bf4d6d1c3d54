/**
 * Picks the quality tier from measured frame times when the URL did not pin one: a weak kiosk PC
 * steps down to stay smooth, a strong one steps up. Few, late decisions so it never oscillates.
 */
import { QUALITIES, type Quality } from '../view/quality.ts';

export const SLOW_FRAME_MS = 45;
export const FAST_FRAME_MS = 14;
const WARM_UP_FRAMES = 30;
const WINDOW_FRAMES = 90;
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
  return {
    frame(wallSec: number): void {
      const previous = lastWallSec;
      lastWallSec = wallSec;
      if (previous === null || changes >= MAX_CHANGES) return;
      if (skipped < WARM_UP_FRAMES) {
        skipped++;
        return;
      }
      samples.push((wallSec - previous) * 1000);
      if (samples.length < WINDOW_FRAMES) return;
      const next = nextQuality(current(), median(samples));
      samples = [];
      skipped = 0;
      if (next) {
        changes++;
        apply(next);
      }
    },
  };
}
