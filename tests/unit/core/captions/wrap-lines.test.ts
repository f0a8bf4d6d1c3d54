import { describe, expect, it } from 'vitest';
import { balancedLines, wrapLines } from '../../../../src/core/captions/wrap-lines.ts';

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

describe('balancedLines', () => {
  it('keeps the greedy wrap’s number of lines but evens them out', () => {
    const text = 'három hónappal megelőzve Edward White-ot.';
    // Greedy at 36 leaves one word alone on the last line.
    expect(wrapLines(text, 36, measure)).toEqual(['három hónappal megelőzve Edward', 'White-ot.']);
    const lines = balancedLines(text, 36, measure);
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(['három hónappal megelőzve', 'Edward White-ot.']);
    expect(Math.max(...lines.map(measure))).toBeLessThanOrEqual(36);
  });

  it('never needs more lines than the greedy wrap, and keeps every word in order', () => {
    const words = 'a bb ccc dddd eeeee ffffff g hh iii jjjj kkkkk'.split(' ');
    for (let n = 1; n <= words.length; n++) {
      const text = words.slice(0, n).join(' ');
      for (const width of [6, 9, 13, 20, 40]) {
        const lines = balancedLines(text, width, measure);
        expect(lines.length).toBe(wrapLines(text, width, measure).length);
        expect(lines.join(' ')).toBe(text);
      }
    }
  });

  it('leaves a single line and empty text as they are', () => {
    expect(balancedLines('one two', 20, measure)).toEqual(['one two']);
    expect(balancedLines('', 20, measure)).toEqual([]);
  });
});
