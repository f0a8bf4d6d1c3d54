import { describe, expect, it } from 'vitest';
import {
  clipFileName,
  clipSubtitles,
  subtitlePath,
} from '../../../../src/core/record/clip-files.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

describe('clip side files', () => {
  it('puts subtitles beside the video, one per language and format', () => {
    expect(subtitlePath('out/clip.mp4', 'hu', 'vtt')).toBe('out/clip.hu.vtt');
    expect(subtitlePath('/tmp/a.b/launch.webm', 'en', 'srt')).toBe('/tmp/a.b/launch.en.srt');
  });

  it('names a clip made in the browser after its scene and range', () => {
    expect(clipFileName({ sceneId: 'sputnik-1', fromSec: 12, toSec: 45.25, format: 'webm' })).toBe(
      'sputnik-1_12.0-45.3s.webm',
    );
  });

  it('times both languages to the clip: the first cue is the caption shown at its start', () => {
    const scene = loadRepoScene('sputnik-1');
    const fromSec = scene.captions[1]!.fromSec + 0.5;
    const subtitles = clipSubtitles(scene.captions, { fromSec, durationSec: 2 });
    const caption = evaluate(scene, fromSec).caption!;
    const vtt = subtitles.hu.vtt.split('\n');
    expect(vtt.slice(0, 2)).toEqual(['WEBVTT', '']);
    expect(vtt[2]).toMatch(/^00:00:00\.000 --> 00:00:0\d\.\d{3}$/);
    expect(vtt[3]).toBe(caption.hu);
    const srt = subtitles.en.srt.split('\n');
    expect(srt[0]).toBe('1');
    expect(srt[1]).toMatch(/^00:00:00,000 --> 00:00:0\d,\d{3}$/);
    expect(srt[2]).toBe(caption.en);
  });
});
