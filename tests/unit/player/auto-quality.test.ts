import { describe, expect, it } from 'vitest';
import { createQualityTuner, median, nextQuality } from '../../../src/player/auto-quality.ts';
import type { Quality } from '../../../src/view/quality.ts';

describe('automatic quality', () => {
  it('steps down when frames are slow and up when they are fast', () => {
    expect(nextQuality('medium', 80)).toBe('low');
    expect(nextQuality('low', 80)).toBeNull();
    expect(nextQuality('medium', 8)).toBe('high');
    expect(nextQuality('high', 8)).toBeNull();
    expect(nextQuality('medium', 25)).toBeNull();
  });

  it('measures the median, not the mean (one hitch does not count)', () => {
    expect(median([10, 11, 12, 500])).toBe(11.5);
  });

  it('decides from frame timings after a warm-up and changes at most twice', () => {
    let quality: Quality = 'high';
    const changes: Quality[] = [];
    const tuner = createQualityTuner(
      () => quality,
      (next) => {
        quality = next;
        changes.push(next);
      },
    );
    let wall = 0;
    for (let i = 0; i < 2000; i++) tuner.frame((wall += 0.1)); // 100 ms frames
    expect(changes).toEqual(['medium', 'low']);
  });

  function tunerAt(start: Quality) {
    let quality: Quality = start;
    const changes: { quality: Quality; atSec: number }[] = [];
    let wall = 0;
    const tuner = createQualityTuner(
      () => quality,
      (next) => {
        quality = next;
        changes.push({ quality: next, atSec: wall });
      },
    );
    return {
      changes,
      run(frameSec: number, untilSec: number) {
        while (wall < untilSec) tuner.frame((wall += frameSec));
      },
    };
  }

  it('steps down within seconds where frames come a second apart, not after 120 of them', () => {
    // A kiosk PC rendering in software: medium draws 0.8 s frames.
    const slow = tunerAt('medium');
    slow.run(0.8, 200);
    expect(slow.changes.map((c) => c.quality)).toEqual(['low']);
    // Warm-up (3 s) and a window (6 s): not the 96 s that 30 + 90 frames would take.
    expect(slow.changes[0]!.atSec).toBeLessThan(12);
    expect(slow.changes[0]!.atSec).toBeGreaterThanOrEqual(9);
  });

  it('still judges fast frames over 30 + 90 of them', () => {
    const fast = tunerAt('medium');
    fast.run(1 / 100, 10);
    expect(fast.changes[0]).toEqual({ quality: 'high', atSec: expect.closeTo(1.21, 2) });
  });
});
