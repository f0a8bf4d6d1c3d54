import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_CHARS_PER_SEC,
  readingProblems,
  wrapLines,
} from '../../../../src/core/captions/reading-speed.ts';
import { isVerbatimSpan, normalizeWhitespace } from '../../../../src/core/captions/verbatim.ts';
import { loadRepoScene, root, sourceText } from '../../../helpers/scenes.ts';

const SOURCE =
  'Első ízben a szovjeteknek sikerült Föld körüli\npályára állítaniuk ember alkotta űreszközt.';

describe('verbatim quotes', () => {
  it('accepts spans cut between words, across the line breaks of the source', () => {
    expect(isVerbatimSpan('Föld körüli pályára', SOURCE)).toBe(true);
    expect(isVerbatimSpan('Első ízben', SOURCE)).toBe(true);
    expect(isVerbatimSpan('alkotta űreszközt.', SOURCE)).toBe(true);
    expect(isVerbatimSpan('alkotta űreszközt', SOURCE)).toBe(true);
  });

  it('rejects rewording, cuts inside a word and changed punctuation', () => {
    expect(isVerbatimSpan('Föld körüli pályára állították', SOURCE)).toBe(false);
    expect(isVerbatimSpan('lső ízben', SOURCE)).toBe(false);
    expect(isVerbatimSpan('Első íz', SOURCE)).toBe(false);
    expect(isVerbatimSpan('alkotta űreszközt!', SOURCE)).toBe(false);
    expect(isVerbatimSpan('', SOURCE)).toBe(false);
  });
});

describe('reading rules', () => {
  it('wraps to lines of at most 42 characters', () => {
    const lines = wrapLines(
      'a szabadság és a zsarnokság között világszerte folyó harcról beszélt.',
    );
    expect(lines).toEqual([
      'a szabadság és a zsarnokság között',
      'világszerte folyó harcról beszélt.',
    ]);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(42);
  });

  it('flags three lines and more than 17 characters per second', () => {
    expect(readingProblems('x'.repeat(34), 2)).toEqual([]);
    expect(readingProblems('x'.repeat(35), 2)).toHaveLength(1);
    expect(readingProblems(Array(30).fill('szó').join(' '), 60)[0]).toMatch(/needs 3 lines/);
  });
});

describe('every caption of every scene', () => {
  const ids = readdirSync(`${root}scenes`)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => f.replace(/\.json$/, ''));

  it.each(ids)('%s quotes the text verbatim and is readable in both languages', (id) => {
    const scene = loadRepoScene(id);
    expect(scene.captions.length).toBeGreaterThan(0);
    for (const caption of scene.captions) {
      expect(isVerbatimSpan(caption.hu, sourceText), caption.hu).toBe(true);
      const seconds = caption.untilSec - caption.fromSec;
      for (const text of [caption.hu, caption.en]) {
        expect(normalizeWhitespace(text).length / seconds, text).toBeLessThanOrEqual(
          MAX_CHARS_PER_SEC,
        );
        expect(wrapLines(text).length, text).toBeLessThanOrEqual(2);
      }
    }
  });
});
