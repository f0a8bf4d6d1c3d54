import { describe, expect, it } from 'vitest';
import { clipCues, toSrt, toWebVtt } from '../../../../src/core/captions/subtitles.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

const caption = (fromSec: number, untilSec: number, hu: string, en: string) => ({
  fromSec,
  untilSec,
  fromMs: 0,
  untilMs: 0,
  hu,
  en,
});
const captions = [
  caption(1, 4.5, 'első', 'first'),
  caption(5, 9, 'második', 'second'),
  caption(70, 75, 'x', 'x'),
];

describe('clip subtitles', () => {
  it('keeps the captions inside the clip, clipped at its edges and timed from its zero', () => {
    expect(clipCues(captions, 3, 8, 'en')).toEqual([
      { startSec: 0, endSec: 1.5, text: 'first' },
      { startSec: 2, endSec: 5, text: 'second' },
    ]);
  });

  it('writes WebVTT and SubRip with their own timestamp formats', () => {
    const cues = clipCues(captions, 0, 3661.25, 'hu');
    expect(toWebVtt(cues)).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.500\nelső\n\n00:00:05.000 --> 00:00:09.000\nmásodik\n\n00:01:10.000 --> 00:01:15.000\nx\n',
    );
    expect(toSrt(cues).split('\n').slice(0, 3)).toEqual([
      '1',
      '00:00:01,000 --> 00:00:04,500',
      'első',
    ]);
  });

  it('times a real scene: Sputnik-1 from the launch caption', () => {
    const scene = loadRepoScene('sputnik-1');
    const [first] = clipCues(scene.captions, 66, 68, 'hu');
    expect(first).toEqual({
      startSec: 0,
      endSec: 2,
      text: 'Első ízben a szovjeteknek sikerült Föld körüli pályára állítaniuk',
    });
  });
});
