import { describe, expect, it } from 'vitest';
import { workersFor } from '../../../src/view/ktx2-transcoder.ts';

describe('the KTX2 transcoding workers', () => {
  it('leave a core to the page and the GPU process, one at least, four at most', () => {
    expect(workersFor(2)).toBe(1);
    expect(workersFor(4)).toBe(3);
    expect(workersFor(16)).toBe(4);
    expect(workersFor(1)).toBe(1);
    // A browser that does not say how many cores it has is taken for a small machine.
    expect(workersFor(undefined)).toBe(1);
  });
});
