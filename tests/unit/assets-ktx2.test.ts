import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { read, KHR_DF_TRANSFER_LINEAR, KHR_DF_TRANSFER_SRGB } from 'ktx-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { transcoderFiles } from '../../scripts/build/basis-transcoder.ts';
import { startTranscoder, transcodeLevel, type BasisModule } from '../helpers/basis-transcoder.ts';
import { root } from '../helpers/scenes.ts';

const textures = join(root, 'public/textures');
const credits = readFileSync(join(root, 'CREDITS.md'), 'utf8');
const files = readdirSync(textures).filter((name) => name.endsWith('.ktx2'));
/** Its source: the committed map of the same name that the asset script encoded. */
const sourceOf = (name: string) =>
  readdirSync(textures).find(
    (f) => f.startsWith(name.replace('.ktx2', '.')) && !f.endsWith('.ktx2'),
  )!;
/** Colour maps are sRGB, data maps (cloud cover, the water mask) linear. */
const COLOUR = new Set(['earth-day.ktx2', 'earth-night.ktx2']);
/** Basis Universal's supercompression: 1 BasisLZ (ETC1S), 2 Zstandard (UASTC). */
const SUPERCOMPRESSION: Record<string, number> = {
  'earth-day.ktx2': 1,
  'earth-clouds.ktx2': 1,
  'earth-water.ktx2': 1,
  'earth-night.ktx2': 2,
};

/** A source image's pixels as RGBA, top row first (ffmpeg: installed wherever the tests run). */
function decodeSource(file: string, width: number, height: number): Uint8Array {
  const raw = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', join(textures, file), '-f', 'rawvideo', '-pix_fmt', 'rgba', '-'],
    { maxBuffer: width * height * 4 + 1024 },
  );
  expect(raw.length).toBe(width * height * 4);
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.length);
}

/** PSNR (dB) of the transcoded level 0 against the source, in the channels the map uses. */
function psnr(
  stored: Uint8Array,
  source: Uint8Array,
  width: number,
  height: number,
  grey: boolean,
) {
  let sum = 0;
  let count = 0;
  for (let y = 0; y < height; y++) {
    // Stored bottom row first (a GPU cannot flip a compressed map on upload).
    const a = (height - 1 - y) * width * 4;
    const b = y * width * 4;
    for (let x = 0; x < width * 4; x += 4)
      for (let c = 0; c < (grey ? 1 : 3); c++) {
        const d = stored[a + x + c]! - source[b + x + c]!;
        sum += d * d;
        count++;
      }
  }
  return 10 * Math.log10((255 * 255) / (sum / count));
}

/** The mean light of the first channel, 0…1: sRGB values in linear light, as mip levels average it. */
const meanOf = (rgba: Uint8Array, srgb: boolean) => {
  let sum = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const v = rgba[i]! / 255;
    sum += srgb ? (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4) : v;
  }
  return sum / (rgba.length / 4);
};

let basis: BasisModule;
beforeAll(async () => {
  const { js, wasm } = transcoderFiles();
  basis = await startTranscoder(js, wasm);
});

describe('the KTX2 maps (scripts/assets/build-ktx2-maps.mjs)', () => {
  it('are the four full Earth maps', () => {
    expect(files.sort()).toEqual(Object.keys(SUPERCOMPRESSION).sort());
  });

  it.each(files.map((f) => [f]))(
    '%s: its source credited, its size, every mip level, its colour space and codec',
    (name) => {
      const container = read(new Uint8Array(readFileSync(join(textures, name))));
      expect(credits).toContain(`public/textures/${name}`);
      const source = sourceOf(name);
      const size = execFileSync('ffprobe', [
        '-v',
        'error',
        '-select_streams',
        'v:0',
        '-show_entries',
        'stream=width,height',
        '-of',
        'csv=p=0',
        join(textures, source),
      ])
        .toString()
        .trim();
      expect(`${container.pixelWidth},${container.pixelHeight}`).toBe(size);
      const longest = Math.max(container.pixelWidth, container.pixelHeight);
      expect(container.levels).toHaveLength(Math.log2(longest) + 1);
      expect(container.supercompressionScheme).toBe(SUPERCOMPRESSION[name]);
      expect(container.dataFormatDescriptor[0]!.transferFunction).toBe(
        COLOUR.has(name) ? KHR_DF_TRANSFER_SRGB : KHR_DF_TRANSFER_LINEAR,
      );
    },
  );

  it.each(files.map((f) => [f]))(
    '%s: its pixels are its source, the right way up, and its mip levels keep its brightness',
    (name) => {
      const bytes = new Uint8Array(readFileSync(join(textures, name)));
      const top = transcodeLevel(basis, bytes, 0);
      const source = decodeSource(sourceOf(name), top.width, top.height);
      const quality = psnr(top.rgba, source, top.width, top.height, !COLOUR.has(name));
      expect(quality).toBeGreaterThan(30);
      // Upside down the same map scores far lower: the check above would see a missing flip.
      const small = transcodeLevel(basis, bytes, 4);
      const srgb = COLOUR.has(name);
      // The mip filter's negative lobes, clipped at black, lift the city lights' sparse points.
      const tolerance = name === 'earth-night.ktx2' ? 0.1 : 0.03;
      expect(Math.abs(meanOf(small.rgba, srgb) / meanOf(source, srgb) - 1)).toBeLessThan(tolerance);
    },
    // Transcoding and comparing 8 M texels takes a second or two, more on a busy machine.
    30_000,
  );
});
