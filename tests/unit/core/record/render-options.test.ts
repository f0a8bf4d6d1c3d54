import { describe, expect, it } from 'vitest';
import { planClip, type ClipRequest } from '../../../../src/core/record/clip-plan.ts';
import { keyFrameEvery, resolveRenderOptions } from '../../../../src/core/record/render-options.ts';
import { repoCatalog } from '../../../helpers/catalog.ts';

const catalog = repoCatalog();
const base: ClipRequest = {
  sceneId: 'sputnik-1',
  from: { kind: 'playback', sec: 10 },
  to: { kind: 'playback', sec: 14 },
  fps: 30,
  width: 1920,
  height: 1080,
  lang: 'hu',
  captions: 'burn',
  quality: 'low',
  format: 'mp4',
};

function refusal(request: ClipRequest): string {
  try {
    planClip(request, catalog);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected planClip to refuse');
}

describe('render options of a clip', () => {
  it('fills in flat, space, the dome defaults and every frame', () => {
    const plan = planClip(base, catalog);
    expect(plan).toMatchObject({
      projection: 'flat',
      background: 'space',
      domeFovDeg: 180,
      domeTiltDeg: 0,
      frames: { start: 0, end: 120 },
      frameCount: 120,
    });
  });

  it('takes a dome master up to 4096² and a slice that starts on a key frame', () => {
    const plan = planClip(
      {
        ...base,
        width: 4096,
        height: 4096,
        projection: 'fisheye',
        domeTiltDeg: 30,
        frames: { start: 60, end: 90 },
      },
      catalog,
    );
    expect(plan).toMatchObject({
      projection: 'fisheye',
      domeTiltDeg: 30,
      frames: { start: 60, end: 90 },
    });
  });

  it('refuses combinations that make no sensible file', () => {
    expect(refusal({ ...base, frames: { start: 90, end: 150 } })).toBe(
      "frames: 90:150 is outside the clip's 120 frames (0:120)",
    );
    expect(refusal({ ...base, frames: { start: 45, end: 90 } })).toMatch(
      /^frames: START must be a multiple of 30 \(a key frame every 1 s at 30 fps\)/,
    );
    expect(refusal({ ...base, frames: { start: 30, end: 30 } })).toMatch(
      /^frames: must be START:END/,
    );
    expect(refusal({ ...base, background: 'transparent' })).toBe(
      'background: transparent needs --format png or prores (mp4 has no alpha channel)',
    );
    expect(
      refusal({
        ...base,
        format: 'png',
        background: 'transparent',
        projection: 'equirect',
        width: 2048,
        height: 1024,
      }),
    ).toBe('background: transparent is for compositing flat frames, not --projection equirect');
    expect(refusal({ ...base, domeTiltDeg: 10 })).toBe(
      'dome-tilt: and --dome-fov need --projection fisheye',
    );
    expect(
      refusal({ ...base, width: 1024, height: 1024, projection: 'fisheye', domeTiltDeg: 120 }),
    ).toBe('dome-tilt: must be 0 to 90 degrees, got 120');
  });

  it('a PNG slice may start anywhere: frames are files, not groups of pictures', () => {
    const options = resolveRenderOptions(
      { frames: { start: 7, end: 9 } },
      { format: 'png', fps: 30, frameCount: 120 },
    );
    expect(options.frames).toEqual({ start: 7, end: 9 });
    expect(keyFrameEvery(25)).toBe(25);
  });
});
