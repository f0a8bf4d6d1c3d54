import { describe, expect, it } from 'vitest';
import {
  clipManifest,
  joinOrder,
  joinedManifest,
  manifestPath,
  parseManifest,
  type ClipManifest,
} from '../../../../src/core/record/clip-manifest.ts';
import { planClip } from '../../../../src/core/record/clip-plan.ts';
import { repoCatalog } from '../../../helpers/catalog.ts';

const catalog = repoCatalog();

function part(start: number, end: number): ClipManifest {
  const plan = planClip(
    {
      sceneId: 'sputnik-1',
      from: { kind: 'playback', sec: 10 },
      to: { kind: 'playback', sec: 14 },
      fps: 30,
      width: 1280,
      height: 720,
      lang: 'en',
      captions: 'burn',
      quality: 'high',
      format: 'mp4',
      frames: { start, end },
    },
    catalog,
  );
  return clipManifest(plan, {
    renderer: 'ANGLE (NVIDIA)',
    build: 'abc',
    audioCodec: 'opus',
    firstFrameSha256: `first-${start}`,
    lastFrameSha256: `last-${end}`,
  });
}

const names = ['a.mp4', 'b.mp4', 'c.mp4'];

describe('clip sidecar and joining slices', () => {
  it('records what was rendered and round-trips through JSON', () => {
    const manifest = part(30, 90);
    expect(manifest).toMatchObject({
      scene: 'sputnik-1',
      fromSec: 10,
      toSec: 14,
      fps: 30,
      width: 1280,
      height: 720,
      quality: 'high',
      projection: 'flat',
      frames: { start: 30, end: 90, total: 120 },
      renderer: 'ANGLE (NVIDIA)',
      build: 'abc',
    });
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
    expect(parseManifest('{"kind":"other"}')).toMatch(/^is not a clip sidecar/);
    expect(parseManifest('nope')).toBe('is not JSON');
    expect(manifestPath('out/clip.mp4', 'mp4')).toBe('out/clip.json');
    expect(manifestPath('out/frames/', 'png')).toBe('out/frames/clip.json');
  });

  it('orders slices given in any order and joins their sidecars', () => {
    const parts = [part(60, 120), part(0, 30), part(30, 60)];
    expect(joinOrder(parts, names)).toEqual([1, 2, 0]);
    expect(joinedManifest(parts)).toMatchObject({
      frames: { start: 0, end: 120, total: 120 },
      firstFrameSha256: 'first-0',
      lastFrameSha256: 'last-120',
    });
  });

  it('refuses slices of different clips or builds, gaps and overlaps, with one line', () => {
    expect(joinOrder([part(0, 60), { ...part(60, 120), quality: 'low' }], names)).toBe(
      'b.mp4 has quality low, a.mp4 has high',
    );
    expect(joinOrder([part(0, 60), { ...part(60, 120), build: 'def' }], names)).toBe(
      'b.mp4 has build def, a.mp4 has abc',
    );
    expect(joinOrder([part(0, 60), { ...part(60, 120), width: 1920 }], names)).toBe(
      'b.mp4 has width 1920, a.mp4 has 1280',
    );
    expect(joinOrder([part(0, 30), part(60, 120)], names)).toBe(
      'frames 30:60 are missing (a gap before b.mp4)',
    );
    expect(joinOrder([part(0, 90), part(60, 120)], names)).toBe(
      'b.mp4 (frames 60:120) overlaps frames before 90',
    );
    expect(joinOrder([part(0, 60)], names)).toBe('frames 60:120 are missing (the clip has 120)');
  });
});
