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
});
