#!/usr/bin/env node
// Builds public/textures/earth-low.webp, the cheap tier's one Earth map, from the committed day,
// cloud and night maps (src/view/earth-low-surface.ts says what each texel holds and why).
// 4096x2048 like the day map; lossy RGB, lossless alpha, and `-exact` so that the colour under
// a transparent texel (no city lights: most of the map) is kept.
//
// NEEDS: ImageMagick and cwebp (apt-get install -y imagemagick webp).
// USAGE: node scripts/assets/build-low-earth-map.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const textures = join(root, 'public/textures');
const OUT = join(textures, 'earth-low.webp');
const [WIDTH, HEIGHT] = [4096, 2048];
const QUALITY = 80;

function tool(candidates, probe, install) {
  for (const path of candidates) {
    try {
      if (probe.test(execFileSync(path, ['-version'], { encoding: 'utf8', stdio: 'pipe' })))
        return path;
    } catch {
      // not this one
    }
  }
  console.error(`not found: ${install}`);
  process.exit(1);
}
const convert = tool(
  ['/usr/bin/convert', '/usr/bin/magick'],
  /ImageMagick/,
  'ImageMagick (apt-get install -y imagemagick)',
);
const cwebp = tool(
  ['/usr/bin/cwebp', '/usr/local/bin/cwebp'],
  /\d/,
  'cwebp (apt-get install -y webp)',
);

/**
 * Raw 8-bit pixels of `file` at the map's size, as `channels` (`rgb` or `gray`); `linear`: scaled
 * in linear light, as the GPU would filter it (for a map of another size, with sRGB colours).
 */
function pixels(file, channels, { linear = false } = {}) {
  const inLinear = (step) =>
    linear ? ['-colorspace', 'RGB', ...step, '-colorspace', 'sRGB'] : step;
  return execFileSync(
    convert,
    [
      join(textures, file),
      ...inLinear(['-resize', `${WIDTH}x${HEIGHT}!`]),
      '-depth',
      '8',
      `${channels}:-`,
    ],
    { maxBuffer: WIDTH * HEIGHT * 4 },
  );
}

const { module } = await runnerImport(join(root, 'src/view/earth-low-surface.ts'));
const day = pixels('earth-day.jpg', 'rgb');
const clouds = pixels('earth-clouds.jpg', 'gray');
// The night map is half the size.
const night = pixels('earth-night.jpg', 'rgb', { linear: true });
// The lights' mean colour, which the baked map's one strength per texel leaves to the shader.
const sums = [0, 0, 0, 0];
for (let i = 0; i < night.length; i += 3) {
  const sq = [0, 1, 2].map((c) => module.srgbToLinear(night[i + c] / 255) ** 2);
  const luminance = 0.2126 * sq[0] + 0.7152 * sq[1] + 0.0722 * sq[2];
  if (luminance < 0.01) continue;
  sq.forEach((v, c) => (sums[c] += v));
  sums[3] += luminance;
}
const colour = sums.slice(0, 3).map((v) => v / sums[3]);
if (colour.some((v, c) => Math.abs(v / module.CITY_LIGHT_COLOUR[c] - 1) > 0.02)) {
  console.error(
    `the night map's lights are now ${colour.map((v) => v.toFixed(2)).join(', ')}: ` +
      'set CITY_LIGHT_COLOUR in src/view/earth-low-surface.ts to that',
  );
  process.exit(1);
}
const out = new Uint8Array(WIDTH * HEIGHT * 4);
for (let i = 0; i < WIDTH * HEIGHT; i++)
  module.bakeSurfaceTexel(day.subarray(i * 3), clouds[i], night.subarray(i * 3), out, i * 4);

const work = mkdtempSync(join(tmpdir(), 'earth-low-'));
try {
  const png = join(work, 'earth-low.png');
  execFileSync(convert, ['-size', `${WIDTH}x${HEIGHT}`, '-depth', '8', 'rgba:-', png], {
    input: out,
    maxBuffer: 1 << 20,
  });
  execFileSync(cwebp, [
    '-quiet',
    '-q',
    String(QUALITY),
    '-m',
    '6',
    '-sharp_yuv',
    '-exact',
    '-alpha_q',
    '100',
    png,
    '-o',
    OUT,
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote ${OUT.slice(root.length)}: ${(statSync(OUT).size / 1e6).toFixed(2)} MB`);
