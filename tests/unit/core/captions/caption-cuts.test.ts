import { describe, expect, it } from 'vitest';
import {
  cutProblems,
  DANGLING_EN,
  DANGLING_HU,
  danglingEnd,
  followsItsSentence,
  pointingStart,
} from '../../../../src/core/captions/caption-cuts.ts';
import { sourceText } from '../../../helpers/scenes.ts';

describe('where a caption may be cut', () => {
  it('finds an article or a conjunction at the end, past punctuation', () => {
    expect(danglingEnd('a projekt szovjet igazgatója szerint az', DANGLING_HU)).toBe('az');
    expect(danglingEnd('a szovjetek azonban', DANGLING_HU)).toBe('azonban');
    expect(danglingEnd('a szovjet technika fejlettségét, míg', DANGLING_HU)).toBe('míg');
    expect(danglingEnd('harcról beszélt.', DANGLING_HU)).toBeNull();
    expect(danglingEnd('Soviet citizens for the first time and', DANGLING_EN)).toBe('and');
    expect(danglingEnd('the launch of a Soviet spacecraft,', DANGLING_EN)).toBeNull();
  });

  it('finds a pointing word at the start, after an article', () => {
    expect(pointingStart('Az erről szóló megállapodás Henry Kissinger,')).toBe('erről');
    expect(pointingStart('Ennek eredményeképpen először történt meg,')).toBe('ennek');
    expect(pointingStart('Az amerikai legénységet Thomas P. Stafford')).toBeNull();
    expect(pointingStart('Olyannyira egy hullámhosszra került a két csapat')).toBeNull();
  });

  it('lets a pointing caption follow one that ends where the sentence before it ends', () => {
    const quote = 'Az erről szóló megállapodás Henry Kissinger,';
    expect(
      followsItsSentence(
        quote,
        'az amerikai–szovjet Apollo–Szojuz programban mutatkozott meg.',
        sourceText,
      ),
    ).toBe(true);
    // Ends before the sentence does: what "erről" refers to is missing.
    expect(
      followsItsSentence(
        quote,
        'A szovjet–amerikai kapcsolatok a hetvenes évek elején javulásnak indultak,',
        sourceText,
      ),
    ).toBe(false);
    // A sentence end, but not the one before it.
    expect(
      followsItsSentence(quote, 'Először egy Szojuz állt pályára Bajkonurból,', sourceText),
    ).toBe(false);
    expect(followsItsSentence(quote, null, sourceText)).toBe(false);
  });

  it('reports each kind once, for the text or the translation', () => {
    expect(
      cutProblems(
        'hogy Konsztantyin Busujev, a projekt szovjet igazgatója szerint az',
        'that, says Konstantin Bushuyev, the project’s Soviet director, the',
        'Olyannyira egy hullámhosszra került a két csapat a közös munka eredményeként,',
        sourceText,
      ).map((p) => p.key),
    ).toEqual(['quote', 'en']);
    expect(
      cutProblems(
        'a szabadság és a zsarnokság között világszerte folyó harcról beszélt.',
        'spoke of the worldwide struggle between freedom and tyranny.',
        'az ember Holdra szállását célul kitűző program bejelentésekor',
        sourceText,
      ),
    ).toEqual([]);
  });
});
