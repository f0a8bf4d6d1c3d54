import { describe, expect, it } from 'vitest';
import {
  type ClipError,
  frameCountFor,
  frameTimeSec,
  parseClipTime,
  planClip,
  type ClipRequest,
} from '../../../../src/core/record/clip-plan.ts';
import { buildCatalog } from '../../../../src/core/script/scene-catalog.ts';
import { utcAt } from '../../../../src/core/time/timeline.ts';
import { readSceneText, sourceText, MODEL_CATALOG } from '../../../helpers/scenes.ts';

const catalog = buildCatalog(
  {
    'scenes/sputnik-1.json': readSceneText('sputnik-1'),
    'scenes/broken.json': '{ "id": "broken"',
  },
  sourceText,
  MODEL_CATALOG,
);
const sputnik = catalog.find((e) => e.id === 'sputnik-1')!.scene!;
const request: ClipRequest = {
  sceneId: 'sputnik-1',
  fps: 30,
  width: 1280,
  height: 720,
  lang: 'hu',
  captions: 'burn',
  quality: 'high',
  format: 'mp4',
};

function refusal(change: Partial<ClipRequest>): ClipError {
  try {
    planClip({ ...request, ...change }, catalog);
  } catch (error) {
    return error as ClipError;
  }
  throw new Error('expected planClip to refuse');
}

describe('clip frame times', () => {
  it('puts frame i at from + i/fps, computed from the index (no drift over an hour)', () => {
    const plan = { fromSec: 12.5, fps: 30 };
    expect(frameTimeSec(plan, 0)).toBe(12.5);
    expect(frameTimeSec(plan, 45)).toBe(14);
    expect(frameTimeSec(plan, 108_000)).toBe(3612.5);
  });

  it('counts the frames of a range, at least one', () => {
    expect(frameCountFor(0, 2, 10)).toBe(20);
    expect(frameCountFor(60, 62, 30)).toBe(60);
    expect(frameCountFor(1, 1.01, 30)).toBe(1);
  });

  it('reads playback seconds and UTC instants, nothing else', () => {
    expect(parseClipTime('42.5')).toEqual({ kind: 'playback', sec: 42.5 });
    expect(parseClipTime('1957-10-04T19:28:34Z')).toEqual({
      kind: 'utc',
      ms: Date.UTC(1957, 9, 4, 19, 28, 34),
    });
    expect(parseClipTime('-3')).toBeNull();
    expect(parseClipTime('1:30')).toBeNull();
    expect(parseClipTime('1957-10-04 19:28')).toBeNull();
  });
});

describe('planClip', () => {
  it('carries sound by default where the scene has some, and as asked', () => {
    expect(planClip(request, catalog).audio).toBe(true);
    expect(planClip({ ...request, audio: 'off' }, catalog).audio).toBe(false);
    const silent = buildCatalog(
      {
        'scenes/sputnik-1.json': JSON.stringify({
          ...(JSON.parse(readSceneText('sputnik-1')) as object),
          sound: undefined,
        }),
      },
      sourceText,
      MODEL_CATALOG,
    );
    expect(planClip(request, silent).audio).toBe(false);
    expect(planClip({ ...request, audio: 'on' }, silent).audio).toBe(true);
  });

  it('leaves sound out of picture sequences and ProRes masters, and refuses to be asked for it', () => {
    expect(planClip({ ...request, format: 'png' }, catalog).audio).toBe(false);
    expect(planClip({ ...request, format: 'prores' }, catalog).audio).toBe(false);
    expect(() => planClip({ ...request, format: 'png', audio: 'on' }, catalog)).toThrow(
      'audio: on needs --format mp4 or webm, got png',
    );
  });

  it('defaults to the whole scene', () => {
    const plan = planClip(request, catalog);
    expect(plan.fromSec).toBe(0);
    expect(plan.toSec).toBe(sputnik.timeline.durationSec);
    expect(plan.frameCount).toBe(sputnik.timeline.durationSec * 30);
    expect(plan.durationSec).toBe(sputnik.timeline.durationSec);
  });

  it('turns UTC limits into playback seconds through the scene time warp', () => {
    const fromUtcMs = utcAt(sputnik.timeline, 40);
    const plan = planClip(
      {
        ...request,
        from: { kind: 'utc', ms: fromUtcMs },
        to: { kind: 'playback', sec: 42 },
        fps: 10,
      },
      catalog,
    );
    expect(plan.fromSec).toBeCloseTo(40, 6);
    expect(plan.frameCount).toBe(20);
    expect(plan.durationSec).toBe(2);
  });

  it('names the setting at fault', () => {
    expect(refusal({ sceneId: 'nope' }).message).toBe(
      'scene: no scene "nope"; available: sputnik-1',
    );
    expect(refusal({ sceneId: 'broken' }).option).toBe('scene');
    expect(refusal({ fps: 0 }).message).toBe('fps: must be a whole number from 1 to 120, got 0');
    expect(refusal({ fps: 29.97 }).option).toBe('fps');
    expect(refusal({ width: 641 }).option).toBe('size');
    expect(refusal({ width: 7680, height: 4320 }).option).toBe('size');
    expect(refusal({ lang: 'de' as 'hu' }).option).toBe('lang');
    expect(
      refusal({ from: { kind: 'playback', sec: 20 }, to: { kind: 'playback', sec: 10 } }).message,
    ).toBe('to: must be after from (from 20 s, to 10 s)');
    expect(refusal({ to: { kind: 'playback', sec: 999 } }).message).toBe(
      `to: 999 s is past the end of sputnik-1 (${sputnik.timeline.durationSec} s)`,
    );
    expect(refusal({ from: { kind: 'utc', ms: Date.UTC(1961, 3, 12) } }).message).toMatch(
      /^from: 1961-04-12T00:00:00.000Z is outside sputnik-1 \(1957-10-04T/,
    );
  });
});
