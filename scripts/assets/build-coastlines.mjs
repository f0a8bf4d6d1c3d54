#!/usr/bin/env node
// Regenerates public/geo/coastline-50m.bin and public/geo/coastline-10m.bin
// (land outlines drawn over the globe).
//
// SOURCE
//   npm package world-atlas@2.0.2, files package/land-50m.json and
//   package/land-10m.json: TopoJSON (quantized, delta-encoded arcs; unprojected
//   longitude/latitude in degrees), one object "land" holding one MultiPolygon.
//   world-atlas redistributes Natural Earth vector data, version 4.1.0 (the
//   1:50m and 1:10m "land" physical layers). The TopoJSON is decoded here
//   without any library.
//
// LICENCE
//   Natural Earth data is in the public domain ("No permission is needed to use
//   Natural Earth", naturalearthdata.com/about/terms-of-use). The world-atlas
//   package is under the ISC licence, "Copyright 2013-2019 Michael Bostock"
//   (its package/LICENSE file). See CREDITS.md.
//
// WHAT IS WRITTEN
//   Every ring of the land MultiPolygon (outer rings and holes) becomes one
//   polyline, closed (first point == last point), points quantized to 1/180
//   degree, consecutive duplicate points dropped. Edges that are artefacts of
//   the data's -180..180 plate carree cut are not coastline and are removed,
//   splitting the ring there: edges running along the antimeridian (both ends
//   at lon = +180 or both at -180: Chukotka, Wrangel Island, Fiji's Taveuni /
//   Vanua Levu) and edges jumping from -180 to +180 (|dlon| > 180 deg). Rings
//   lying entirely within 0.1 deg of a pole are dropped (the 1:50m data has a
//   tiny ring at lat -89.999 around the South Pole), and so is Natural Earth's
//   fictional "Null Island" (a ~1 km square at 0N 0E in the 1:10m land layer,
//   kept there for debugging geocoders). So every segment in the output is a
//   real coastline step shorter than 180 deg of longitude.
//
// OUTPUT FORMAT (little-endian)
//   bytes 0..3   ASCII "COAS"
//   bytes 4..7   uint32 polylineCount
//   bytes 8..11  uint32 totalPointCount
//   then polylineCount x uint32: point count of each polyline (each >= 2)
//   then totalPointCount x (int16 lon, int16 lat), lon = round(lonDeg * 180)
//   in [-32400, 32400], lat = round(latDeg * 180) in [-16200, 16200].
//   The points start at byte 12 + 4 * polylineCount (2-byte aligned), so
//   `new Int16Array(buf, 12 + 4 * polylineCount, 2 * totalPointCount)` reads them.
//
// NEEDS: Node >= 20, npm (reaches the npm registry) and tar, unless a local path is given.
//
// USAGE: node scripts/assets/build-coastlines.mjs [PATH] [--min-step=DEG]
//   PATH (optional): a world-atlas .tgz or an extracted package directory.
//   Without it the script runs `npm pack world-atlas@2.0.2` into a temporary
//   directory (removed afterwards). --min-step=DEG (default 0 = off) drops
//   points closer than DEG (max of |dlon|, |dlat|) to the previous kept point;
//   not used for the committed files. Writes public/geo/coastline-{50m,10m}.bin
//   relative to the repository root.

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

const PACKAGE = 'world-atlas';
const VERSION = '2.0.2';
const INTEGRITY =
  'sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==';
const RESOLUTIONS = ['50m', '10m'];
const Q = 180; // units per degree
const LON_MAX = 180 * Q;
const LAT_MAX = 90 * Q;
const MAX_BYTES = 3 * 1024 * 1024;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(repoRoot, 'public', 'geo');

function parseArgs(argv) {
  let path = null;
  let minStep = 0;
  for (const a of argv) {
    if (a.startsWith('--min-step=')) {
      minStep = Number(a.slice('--min-step='.length));
      if (!Number.isFinite(minStep) || minStep < 0) fail(`bad ${a}`);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (path === null) path = a;
    else fail(`unexpected argument ${a}`);
  }
  return { path, minStep };
}

/** Returns the directory that holds land-50m.json / land-10m.json. */
function locatePackage(argPath, tmp) {
  if (!argPath) return packVerified(PACKAGE, VERSION, INTEGRITY, tmp);
  const p = resolve(argPath);
  if (!existsSync(p)) fail(`no such path: ${p}`);
  const dir = statSync(p).isDirectory() ? p : extractTarball(p, tmp);
  for (const c of [dir, join(dir, 'package')]) if (existsSync(join(c, 'land-50m.json'))) return c;
  fail(`land-50m.json not found under ${p}`);
}

/** Decodes quantized, delta-encoded TopoJSON arcs to quantized int [lon, lat] (1/180 deg). */
function decodeArcs(topo) {
  const t = topo.transform;
  if (!t) fail('TopoJSON has no transform (unquantized input is not handled)');
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      const lon = Math.round((x * sx + tx) * Q);
      const lat = Math.round((y * sy + ty) * Q);
      if (Math.abs(lon) > LON_MAX || Math.abs(lat) > LAT_MAX)
        fail(`point out of range: ${lon / Q}, ${lat / Q}`);
      return [lon, lat];
    });
  });
}

/** Rings of all Polygon / MultiPolygon geometries under an object, as arc-index lists. */
function collectRings(obj, out = []) {
  if (obj.type === 'GeometryCollection') for (const g of obj.geometries) collectRings(g, out);
  else if (obj.type === 'Polygon') out.push(...obj.arcs);
  else if (obj.type === 'MultiPolygon') for (const poly of obj.arcs) out.push(...poly);
  else if (obj.type != null) fail(`unexpected geometry type ${obj.type}`);
  return out;
}

/** Stitches a ring's arcs (negative index ~i = arc i reversed) and drops consecutive duplicates. */
function stitchRing(ring, arcs) {
  const pts = [];
  for (const idx of ring) {
    const arc = idx < 0 ? arcs[~idx].slice().reverse() : arcs[idx];
    if (!arc) fail(`ring references missing arc ${idx}`);
    for (const p of arc) {
      const last = pts[pts.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
    }
  }
  return pts;
}

function isCutEdge(a, b) {
  if (Math.abs(a[0]) === LON_MAX && a[0] === b[0]) return true; // along the antimeridian
  return Math.abs(a[0] - b[0]) > LON_MAX; // jump from -180 to +180
}

/** Splits a closed ring at cut edges; returns polylines (each >= 2 points). */
function splitRing(pts) {
  const n = pts.length;
  if (n < 2) return { lines: [], cuts: 0 };
  const closed = pts[0][0] === pts[n - 1][0] && pts[0][1] === pts[n - 1][1];
  const cutAfter = []; // segment i = pts[i] -> pts[i + 1]
  for (let i = 0; i < n - 1; i++) if (isCutEdge(pts[i], pts[i + 1])) cutAfter.push(i);
  if (cutAfter.length === 0) return { lines: [pts], cuts: 0 };
  // For a closed ring, start just after the first cut so no run is split in two.
  const seq = closed ? [...pts.slice(cutAfter[0] + 1), ...pts.slice(1, cutAfter[0] + 1)] : pts;
  const lines = [];
  let run = [seq[0]];
  for (let i = 1; i < seq.length; i++) {
    if (isCutEdge(seq[i - 1], seq[i])) {
      if (run.length >= 2) lines.push(run);
      run = [];
    }
    run.push(seq[i]);
  }
  if (run.length >= 2) lines.push(run);
  return { lines, cuts: cutAfter.length };
}

function simplify(line, minStep) {
  if (minStep <= 0 || line.length <= 2) return line;
  const step = minStep * Q;
  const out = [line[0]];
  for (let i = 1; i < line.length - 1; i++) {
    const p = out[out.length - 1];
    if (Math.max(Math.abs(line[i][0] - p[0]), Math.abs(line[i][1] - p[1])) >= step)
      out.push(line[i]);
  }
  const last = line[line.length - 1];
  const prev = out[out.length - 1];
  if (prev[0] !== last[0] || prev[1] !== last[1]) out.push(last);
  return out;
}

function build(file, minStep) {
  const topo = JSON.parse(readFileSync(file, 'utf8'));
  if (topo.type !== 'Topology' || !topo.objects?.land)
    fail(`${file}: not a TopoJSON topology with "land"`);
  const arcs = decodeArcs(topo);
  const rings = collectRings(topo.objects.land);
  const lines = [];
  let cuts = 0;
  let polarRings = 0;
  let nullIsland = 0;
  for (const ring of rings) {
    const pts = stitchRing(ring, arcs);
    if (pts.every((p) => Math.abs(p[1]) >= LAT_MAX - 0.1 * Q)) {
      polarRings++;
      continue;
    }
    if (pts.every((p) => Math.abs(p[0]) <= 0.01 * Q && Math.abs(p[1]) <= 0.01 * Q)) {
      nullIsland++;
      continue;
    }
    const r = splitRing(pts);
    cuts += r.cuts;
    for (const l of r.lines) {
      const kept = simplify(l, minStep);
      if (kept.length >= 2) lines.push(kept);
    }
  }
  const total = lines.reduce((s, l) => s + l.length, 0);
  const buf = Buffer.alloc(12 + 4 * lines.length + 4 * total);
  buf.write('COAS', 0, 'ascii');
  buf.writeUInt32LE(lines.length, 4);
  buf.writeUInt32LE(total, 8);
  let o = 12;
  for (const l of lines) {
    buf.writeUInt32LE(l.length, o);
    o += 4;
  }
  for (const l of lines) {
    for (const [lon, lat] of l) {
      buf.writeInt16LE(lon, o);
      buf.writeInt16LE(lat, o + 2);
      o += 4;
    }
  }
  const sourcePoints = topo.arcs.reduce((s, a) => s + a.length, 0);
  return {
    buf,
    rings: rings.length,
    lines: lines.length,
    total,
    cuts,
    polarRings,
    nullIsland,
    sourcePoints,
  };
}

/** Reads a file back, checks its structure and that known coast points are present. */
function verify(file) {
  const b = readFileSync(file);
  if (b.toString('ascii', 0, 4) !== 'COAS') fail('verify: bad magic');
  const nLines = b.readUInt32LE(4);
  const nPts = b.readUInt32LE(8);
  if (b.length !== 12 + 4 * nLines + 4 * nPts) fail('verify: size mismatch');
  let sum = 0;
  const counts = [];
  for (let i = 0; i < nLines; i++) {
    const c = b.readUInt32LE(12 + 4 * i);
    if (c < 2) fail('verify: polyline with < 2 points');
    counts.push(c);
    sum += c;
  }
  if (sum !== nPts) fail('verify: counts do not sum to totalPointCount');
  const base = 12 + 4 * nLines;
  const pts = new Int16Array(b.buffer.slice(b.byteOffset + base, b.byteOffset + b.length));
  let k = 0;
  for (const c of counts) {
    for (let j = 0; j < c; j++, k++) {
      const lon = pts[2 * k];
      const lat = pts[2 * k + 1];
      if (Math.abs(lon) > LON_MAX || Math.abs(lat) > LAT_MAX) fail('verify: point out of range');
      if (j > 0) {
        const pl = pts[2 * k - 2];
        const pa = pts[2 * k - 1];
        if (pl === lon && pa === lat) fail('verify: consecutive duplicate');
        if (isCutEdge([pl, pa], [lon, lat])) fail('verify: antimeridian cut edge left in');
      }
    }
  }
  const nearest = (lat, lon) => {
    let best = Infinity;
    let at = null;
    for (let i = 0; i < nPts; i++) {
      const dlat = pts[2 * i + 1] / Q - lat;
      const dlon = (pts[2 * i] / Q - lon) * Math.cos((lat * Math.PI) / 180);
      const d = Math.hypot(dlat, dlon);
      if (d < best) {
        best = d;
        at = [pts[2 * i + 1] / Q, pts[2 * i] / Q];
      }
    }
    return { d: best, at };
  };
  const fmt = ([lat, lon]) =>
    `${Math.abs(lat).toFixed(3)}${lat < 0 ? 'S' : 'N'} ${Math.abs(lon).toFixed(3)}${lon < 0 ? 'W' : 'E'}`;
  // [name, lat, lon, must be within (deg) or must be farther than (negative)]
  const checks = [
    ['Strait of Gibraltar', 35.95, -5.6, 0.1],
    ['Cape of Good Hope', -34.36, 18.47, 0.1],
    ['Cape Horn', -55.98, -67.27, 0.2],
    ['Gulf of Guinea 0N 0E (open sea)', 0, 0, -3],
  ];
  console.log(`  ${nLines} polylines, ${nPts} points, ${b.length} bytes`);
  for (const [name, lat, lon, tol] of checks) {
    const r = nearest(lat, lon);
    const ok = tol > 0 ? r.d <= tol : r.d > -tol;
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'} ${name}: nearest point ${fmt(r.at)}, ${r.d.toFixed(3)} deg away`,
    );
    if (!ok) fail(`verify: ${name}`);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'coastlines-'));
try {
  const { path, minStep } = parseArgs(process.argv.slice(2));
  const dir = locatePackage(path, tmp);
  warnOnOtherVersion(join(dir, 'package.json'), PACKAGE, VERSION);
  mkdirSync(outDir, { recursive: true });
  for (const res of RESOLUTIONS) {
    const r = build(join(dir, `land-${res}.json`), minStep);
    const out = join(outDir, `coastline-${res}.bin`);
    writeFileSync(out, r.buf);
    console.log(
      `${res}: ${r.rings} rings, ${r.sourcePoints} source arc points -> ${r.lines} polylines, ${r.total} points, ` +
        `${r.buf.length} bytes (${r.cuts} antimeridian cut edges removed, ${r.polarRings} polar ring(s) and ${r.nullIsland} Null Island dropped` +
        `${minStep > 0 ? `, min step ${minStep} deg` : ''})`,
    );
    console.log(`wrote ${out}`);
    verify(out);
    if (r.buf.length > MAX_BYTES)
      console.warn(`warning: ${out} exceeds 3 MB; consider --min-step=0.01`);
  }
} catch (err) {
  console.error(`build-coastlines: ${err.message}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
