#!/usr/bin/env node
// Builds public/textures/*.ktx2: the medium and high tiers' Earth maps as Basis Universal KTX2
// files with every mip level precomputed, for renderers on a GPU
// (src/view/gpu-maps.ts says when they are used). A GPU samples them compressed: nothing is
// decoded or mip-mapped on the CPU at start, and the maps take a quarter to an eighth of the
// GPU memory of the JPEGs' RGBA. Not new sources: the committed maps encoded again, so each
// carries its map's credit.
//
// ETC1S (about the JPEGs' bytes, transcoded to BC1 or ETC) for the day map, the clouds and the
// water mask: UASTC would keep them nearer their sources, but the day map and the
// clouds alone would then take 13 MB against the bundle's budget of 15 MB for every asset. UASTC
// (transcoded to BC7 or ASTC) for the city lights, whose points of light ETC1S smears, at 0.8 MB.
// Mip levels are filtered in linear light: colour maps through sRGB, data maps (clouds, water) as
// they are, as the GPU filters them; rows are flipped here because a GPU cannot flip a compressed
// map on upload as it does a JPEG.
//
// NEEDS: ImageMagick (apt-get install -y imagemagick); the devDependency ktx2-encoder (its
// Basis Universal encoder).
// USAGE: node scripts/assets/build-ktx2-maps.mjs [name ...]   (default: every map)
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeBasisEncoder } from 'ktx2-encoder';

const root = fileURLToPath(new URL('../..', import.meta.url));
const textures = join(root, 'public/textures');

/** Each map: its source, whether its texels are sRGB colour (else data), and its codec. */
export const KTX2_MAPS = {
  'earth-day': { source: 'earth-day.jpg', srgb: true, codec: 'etc1s' },
  'earth-night': { source: 'earth-night.jpg', srgb: true, codec: 'uastc' },
  'earth-clouds': { source: 'earth-clouds.jpg', srgb: false, codec: 'etc1s' },
  'earth-water': { source: 'earth-water.png', srgb: false, codec: 'etc1s' },
};

function findConvert() {
  for (const path of ['/usr/bin/convert', '/usr/bin/magick']) {
    try {
      if (/ImageMagick/.test(execFileSync(path, ['-version'], { encoding: 'utf8' }))) return path;
    } catch {
      // not this one
    }
  }
  console.error('ImageMagick not found: apt-get install -y imagemagick');
  process.exit(1);
}
const convert = findConvert();

/** A file's pixels as 8-bit RGBA, top row first, through ImageMagick. */
function rgbaOf(file) {
  const size = execFileSync(convert, [file, '-format', '%w %h', 'info:'], { encoding: 'utf8' });
  const [width, height] = size.trim().split(' ').map(Number);
  const data = execFileSync(convert, [file, '-depth', '8', 'rgba:-'], {
    maxBuffer: width * height * 4 + 1024,
  });
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

const basis = await new NodeBasisEncoder().init();

/** The Basis Universal encoder, set up as each map needs (ktx2-encoder's own options cannot set the mip filter's colour space). */
function encode({ width, height, data }, { srgb, codec }) {
  const encoder = new basis.BasisEncoder();
  try {
    encoder.setCreateKTX2File(true);
    encoder.setTexType(0); // 2D
    encoder.setMipGen(true);
    encoder.setMipSRGB(srgb);
    encoder.setPerceptual(srgb);
    encoder.setKTX2AndBasisSRGBTransferFunc(srgb);
    encoder.setYFlip(true);
    encoder.setDebug(false);
    if (codec === 'uastc') {
      encoder.setUASTC(true);
      encoder.setKTX2UASTCSupercompression(true);
      encoder.setRDOUASTC(true);
      encoder.setRDOUASTCQualityScalar(1);
    } else {
      encoder.setUASTC(false);
      encoder.setQualityLevel(255);
      encoder.setETC1SCompressionLevel(4);
    }
    if (encoder.setSliceSourceImage(0, data, width, height, 0 /* raw RGBA */) === false)
      throw new Error('the encoder refused the image');
    const output = new Uint8Array(width * height * 4 * 2);
    const length = encoder.encode(output);
    if (!(length > 0)) throw new Error('the encoder produced nothing');
    return output.slice(0, length);
  } finally {
    encoder.delete();
  }
}

function build(name) {
  const map = KTX2_MAPS[name];
  const from = join(textures, map.source);
  const started = performance.now();
  const ktx2 = encode(rgbaOf(from), map);
  const out = join(textures, `${name}.ktx2`);
  writeFileSync(out, ktx2);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
  console.log(`${out}: ${kB(ktx2.length)} (source ${kB(statSync(from).size)}), ${seconds} s`);
}

const names = process.argv.slice(2);
for (const name of names.length ? names : Object.keys(KTX2_MAPS)) {
  if (!(name in KTX2_MAPS)) {
    console.error(`unknown map ${name}: one of ${Object.keys(KTX2_MAPS).join(', ')}`);
    process.exit(1);
  }
  build(name);
}
