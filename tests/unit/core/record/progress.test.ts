import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress } from '../../../../src/core/record/progress.ts';

describe('record progress line', () => {
  it('shows the bar, frames done, frames per second and the time left', () => {
    expect(formatProgress({ done: 120, total: 600, elapsedSec: 60 }, 10)).toBe(
      '[##--------] 120/600 frames  2.00 frames/s  ETA 4:00',
    );
    expect(formatProgress({ done: 600, total: 600, elapsedSec: 20 }, 10)).toBe(
      '[##########] 600/600 frames  30.0 frames/s  ETA 0:00',
    );
  });

  it('has no estimate before the first frame', () => {
    expect(formatProgress({ done: 0, total: 90, elapsedSec: 0 }, 4)).toBe(
      '[----]  0/90 frames  0.00 frames/s  ETA --:--',
    );
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
