import { describe, expect, it } from 'vitest';
import { snapshotSizes } from '../../../scripts/bench/heap-snapshot.ts';
import { median, percentile } from '../../../scripts/bench/stats.ts';

describe('frame-time statistics', () => {
  it('take the nearest rank, in any input order', () => {
    const times = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(percentile(times, 0.5)).toBe(60);
    expect(percentile(times, 0.95)).toBe(100);
    expect(percentile(times, 0)).toBe(10);
    expect(percentile(times, 1)).toBe(100);
    expect(times[0]).toBe(50);
  });

  it('median averages the middle pair', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuse nonsense', () => {
    expect(() => percentile([], 0.5)).toThrow('no values');
    expect(() => percentile([1], 1.5)).toThrow('p must be in [0, 1]');
    expect(() => median([])).toThrow('no values');
  });
});

describe('heap snapshot sizes', () => {
  it('separate compiled code and native objects from JavaScript objects', () => {
    const snapshot = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
          node_types: [['hidden', 'object', 'code', 'native', 'string'], 'string', 'number'],
        },
      },
      // type index, name, id, self size, edges
      nodes: [1, 0, 1, 100, 0, 2, 0, 3, 40, 0, 3, 0, 5, 7, 0, 4, 0, 7, 10, 0, 2, 0, 9, 2, 0],
    };
    expect(snapshotSizes(snapshot)).toEqual({
      totalBytes: 159,
      codeBytes: 42,
      nativeBytes: 7,
      objectBytes: 110,
    });
  });
});
