/** The recorder's PNG and ProRes writers, checked by decoding what they wrote with ffmpeg. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import * as writers from '../../../scripts/record/frame-writers.mjs';
// @ts-expect-error -- plain ESM script without types
import { defaultJobs } from '../../../scripts/record/parallel.mjs';

const { createPngWriter, createProResWriter, pngName } = writers;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'urverseny-writers-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A 6×4 RGBA test card: every pixel different, alpha from 0 to 255. */
function card(width = 6, height = 4): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++)
    rgba.set([i * 10, 255 - i * 10, (i * 37) % 256, (i * 11) % 256], i * 4);
  return rgba;
}

function decode(path: string, pixFmt: string): Buffer {
  return execFileSync('ffmpeg', [
    '-v',
    'error',
    '-i',
    path,
    '-f',
    'rawvideo',
    '-pix_fmt',
    pixFmt,
    '-',
  ]);
}

describe('frame writers', () => {
  it('writes lossless PNGs named by the clip frame, with or without alpha', async () => {
    const rgba = card();
    const withAlpha = createPngWriter(dir, { width: 6, height: 4, alpha: true });
    withAlpha.write(rgba, 42);
    await withAlpha.finish();
    expect(pngName(42)).toBe('000042.png');
    expect(decode(join(dir, '000042.png'), 'rgba').equals(rgba)).toBe(true);
    const opaque = createPngWriter(dir, { width: 6, height: 4, alpha: false });
    opaque.write(rgba, 7);
    const rgb = decode(join(dir, '000007.png'), 'rgb24');
    for (let i = 0; i < 24; i++)
      expect([...rgb.subarray(i * 3, i * 3 + 3)]).toEqual([...rgba.subarray(i * 4, i * 4 + 3)]);
  });

  it('pipes frames to ProRes 4444 with alpha, or 422 HQ without', async () => {
    for (const alpha of [true, false]) {
      const out = join(dir, `clip-${alpha}.mov`);
      const writer = createProResWriter(out, { width: 64, height: 32, fps: 25, alpha });
      for (let i = 0; i < 3; i++) await writer.write(card(64, 32));
      await writer.finish();
      const probe = JSON.parse(
        execFileSync(
          'ffprobe',
          [
            '-v',
            'error',
            '-count_frames',
            '-show_entries',
            'stream=codec_name,profile,pix_fmt,nb_read_frames',
            '-of',
            'json',
            out,
          ],
          { encoding: 'utf8' },
        ),
      ).streams[0];
      expect(probe).toMatchObject({
        codec_name: 'prores',
        profile: alpha ? '4444' : 'HQ',
        pix_fmt: alpha ? expect.stringMatching(/^yuva444p/) : 'yuv422p10le',
        nb_read_frames: '3',
      });
    }
  });

  it('--jobs by default: one per two cores in software, one per core up to four on a GPU, within memory', () => {
    expect(defaultJobs({ hardware: false, cores: 2, free: 8e9 })).toBe(1);
    expect(defaultJobs({ hardware: false, cores: 16, free: 64e9 })).toBe(8);
    expect(defaultJobs({ hardware: true, cores: 16, free: 64e9 })).toBe(4);
    expect(defaultJobs({ hardware: false, cores: 16, free: 2.5e9 })).toBe(2);
    expect(defaultJobs({ hardware: false, cores: 1, free: 0.2e9 })).toBe(1);
  });
});
