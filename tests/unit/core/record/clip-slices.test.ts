import { describe, expect, it } from 'vitest';
import {
  parseFrameSlice,
  splitFrames,
  tileProblem,
} from '../../../../src/core/record/clip-slices.ts';

const name = (i: number) => `part ${i}`;

describe('clip slices', () => {
  it('cuts a clip into contiguous slices that start on key frames and tile it', () => {
    const slices = splitFrames(300, 4, 30);
    expect(slices).toEqual([
      { start: 0, end: 90 },
      { start: 90, end: 150 },
      { start: 150, end: 240 },
      { start: 240, end: 300 },
    ]);
    for (const slice of slices) expect(slice.start % 30).toBe(0);
    expect(tileProblem(slices, 300, name)).toBeNull();
  });

  it('makes fewer slices than jobs when the clip has fewer key frames, and ends on the last frame', () => {
    expect(splitFrames(45, 8, 30)).toEqual([
      { start: 0, end: 30 },
      { start: 30, end: 45 },
    ]);
    expect(splitFrames(10, 3, 30)).toEqual([{ start: 0, end: 10 }]);
    expect(splitFrames(4, 2, 2)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('tiles any frame count for any number of jobs', () => {
    for (const frames of [1, 29, 30, 31, 299, 1000])
      for (const jobs of [1, 2, 3, 7, 64]) {
        const slices = splitFrames(frames, jobs, 30);
        expect(slices.length).toBeLessThanOrEqual(jobs);
        expect(tileProblem(slices, frames, name)).toBeNull();
      }
  });

  it('names a gap, an overlap and a missing end', () => {
    expect(
      tileProblem(
        [
          { start: 0, end: 30 },
          { start: 60, end: 90 },
        ],
        90,
        name,
      ),
    ).toBe('frames 30:60 are missing (a gap before part 1)');
    expect(
      tileProblem(
        [
          { start: 30, end: 90 },
          { start: 0, end: 60 },
        ],
        90,
        name,
      ),
    ).toBe('part 0 (frames 30:90) overlaps frames before 60');
    expect(tileProblem([{ start: 0, end: 60 }], 90, name)).toBe(
      'frames 60:90 are missing (the clip has 90)',
    );
  });

  it('reads START:END', () => {
    expect(parseFrameSlice('120:240')).toEqual({ start: 120, end: 240 });
    expect(parseFrameSlice('120-240')).toBeNull();
    expect(parseFrameSlice(':240')).toBeNull();
  });
});
