import { describe, expect, it } from 'vitest';
import { captionRuns } from '../../../../src/core/captions/joined-words.ts';

describe('captionRuns', () => {
  it('keeps names joined by a hyphen or an en dash whole', () => {
    expect(captionRuns('a man-made spacecraft, the Sputnik-1 satellite,')).toEqual([
      { text: 'a ', joined: false },
      { text: 'man-made', joined: true },
      { text: ' spacecraft, the ', joined: false },
      { text: 'Sputnik-1', joined: true },
      { text: ' satellite,', joined: false },
    ]);
    expect(captionRuns('az Apollo–Szojuz program')).toContainEqual({
      text: 'Apollo–Szojuz',
      joined: true,
    });
  });

  it('leaves a dash between spaces, and text without joined words, as they are', () => {
    expect(captionRuns('Stafford – and Leonov')).toEqual([
      { text: 'Stafford – and Leonov', joined: false },
    ]);
    expect(captionRuns('')).toEqual([]);
  });

  it('loses no character', () => {
    const text = '„Szputnyik-1”, a Szovjet–amerikai Apollo–Szojuz-program (1975) – 36-os';
    expect(
      captionRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
