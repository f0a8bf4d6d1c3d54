import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../../../src/core/captions/wrap-lines.ts';

// One unit per character: easy to reason about.
const measure = (text: string) => text.length;

describe('wrapLines', () => {
  it('fills each line greedily up to the width', () => {
    expect(wrapLines('the quick brown fox jumps over', 15, measure)).toEqual([
      'the quick brown',
      'fox jumps over',
    ]);
  });

  it('keeps a word wider than the line whole, on its own line', () => {
    expect(wrapLines('a Clohessy–Wiltshire b', 8, measure)).toEqual([
      'a',
      'Clohessy–Wiltshire',
      'b',
    ]);
  });

  it('collapses runs of spaces and returns nothing for empty text', () => {
    expect(wrapLines('  one   two ', 20, measure)).toEqual(['one two']);
    expect(wrapLines('   ', 20, measure)).toEqual([]);
  });
});
