import { describe, expect, it } from 'vitest';
import { joinedWordRuns } from '../../../../src/core/captions/joined-words.ts';

describe('joinedWordRuns', () => {
  it('keeps names joined by a hyphen or an en dash whole', () => {
    expect(joinedWordRuns('a man-made spacecraft, the Sputnik-1 satellite,')).toEqual([
      { text: 'a ', joined: false },
      { text: 'man-made', joined: true },
      { text: ' spacecraft, the ', joined: false },
      { text: 'Sputnik-1', joined: true },
      { text: ' satellite,', joined: false },
    ]);
    expect(joinedWordRuns('az Apollo–Szojuz program')).toContainEqual({
      text: 'Apollo–Szojuz',
      joined: true,
    });
  });

  it('leaves a dash between spaces, and text without joined words, as they are', () => {
    expect(joinedWordRuns('Stafford – and Leonov')).toEqual([
      { text: 'Stafford – and Leonov', joined: false },
    ]);
    expect(joinedWordRuns('')).toEqual([]);
  });

  it('loses no character', () => {
    const text = '„Szputnyik-1”, a Szovjet–amerikai Apollo–Szojuz-program (1975) – 36-os';
    expect(
      joinedWordRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
