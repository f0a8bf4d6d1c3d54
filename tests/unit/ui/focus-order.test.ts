import { describe, expect, it } from 'vitest';
import { nextFocusIndex } from '../../../src/ui/focus-order.ts';

describe('Tab inside a menu or dialog', () => {
  it('wraps from the last control to the first and back', () => {
    expect(nextFocusIndex(0, 3, false)).toBe(1);
    expect(nextFocusIndex(2, 3, false)).toBe(0);
    expect(nextFocusIndex(0, 3, true)).toBe(2);
    expect(nextFocusIndex(1, 3, true)).toBe(0);
  });

  it('starts at an end when focus is outside, and has nowhere to go without controls', () => {
    expect(nextFocusIndex(-1, 3, false)).toBe(0);
    expect(nextFocusIndex(-1, 3, true)).toBe(2);
    expect(nextFocusIndex(-1, 0, false)).toBe(-1);
  });
});
