#!/usr/bin/env node
// `npm run record:join -- part-0.mp4 part-1.mp4 … --out clip.mp4`: joins slices rendered with
// `npm run record -- --frames A:B` (on this machine or others) into one clip without re-encoding
// the video. A sound track is decoded part by part, cut to each part's frames and encoded once
// (AAC in MP4 where ffmpeg has it, else Opus), so the joins add no codec padding.
// Each part's clip.json sidecar (part-0.json …) must say the parts are slices of one clip (scene,
// range, size, fps, quality, projection, build) and they must tile its frames with no gap or
// overlap; otherwise it refuses with one line and exit code 2, writing nothing. Writes the clip,
// its subtitles and its sidecar. PNG slices are folders: their frames are copied into --out.
import { copyFileSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { loadSceneCatalog } from './record/scene-catalog.mjs';
import { audioEncoderFor, concatSegments, ffmpegAvailable } from './record/ffmpeg.mjs';
import {
  OutputError,
  markSpherical,
  openOutput,
  writeManifest,
  writeSubtitles,
} from './record/output.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `Usage: npm run record:join -- <part> <part>… --out <clip.mp4|clip.webm|clip.mov|folder>

Joins slices made with \`npm run record -- --frames A:B\` (each with its .json sidecar beside it)
into one clip, copying the encoded video, never re-encoding it; their sound is joined
sample-exactly and encoded once (AAC in MP4, Opus in WebM).`;

let output = null;
function refuse(message, code = 2) {
  process.stderr.write(`record:join: ${message}\n`);
  output?.remove();
  process.exit(code);
}

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const parts = [];
let out = null;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--out' || arg.startsWith('--out=')) {
    if (out !== null) refuse('--out given twice');
    out = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
    if (!out || out.startsWith('--')) refuse('--out needs a value');
  } else if (arg.startsWith('--')) refuse(`unknown option ${arg}; see --help`);
  else parts.push(arg);
}
if (out === null) refuse('--out is required, e.g. --out clip.mp4');
if (parts.length === 0) refuse('no parts given; see --help');

const core = (await runnerImport('/src/core/record/record-cli.ts', { root, logLevel: 'error' }))
  .module;

// Every part's sidecar, read and checked before anything is written.
const manifests = parts.map((part) => {
  const format = statSync(part, { throwIfNoEntry: false })?.isDirectory() ? 'png' : 'video';
  if (format === 'video' && !statSync(part, { throwIfNoEntry: false }))
    refuse(`${part}: no such file`);
  const sidecar = core.manifestPath(part, format);
  let text;
  try {
    text = readFileSync(sidecar, 'utf8');
  } catch {
    refuse(`${part}: no sidecar ${sidecar} (written by npm run record beside each part)`);
  }
  const manifest = core.parseManifest(text);
  if (typeof manifest === 'string') refuse(`${sidecar} ${manifest}`);
  return manifest;
});
const order = core.joinOrder(manifests, parts);
if (typeof order === 'string') refuse(order);
const format = manifests[0].format;
const wanted = {
  mp4: /\.mp4$/i,
  webm: /\.webm$/i,
  prores: /\.mov$/i,
  png: /^(?!.*\.(mp4|webm|mov)$)/i,
};
if (!wanted[format].test(out))
  refuse(
    format === 'png'
      ? `--out must be a folder for PNG parts, got ${out}`
      : `--out must end in .${format === 'prores' ? 'mov' : format} for these parts, got ${out}`,
  );
if (format !== 'png' && !ffmpegAvailable()) refuse('joining video needs ffmpeg; none found');

const catalog = await loadSceneCatalog(root, core);
const first = manifests[0];
let plan;
try {
  plan = core.planClip(
    {
      sceneId: first.scene,
      from: { kind: 'playback', sec: first.fromSec },
      to: { kind: 'playback', sec: first.toSec },
      fps: first.fps,
      width: first.width,
      height: first.height,
      lang: first.lang,
      captions: first.captions,
      quality: first.quality,
      format,
      projection: first.projection,
      ...(first.projection === 'fisheye'
        ? { domeFovDeg: first.domeFovDeg, domeTiltDeg: first.domeTiltDeg }
        : {}),
      background: first.background,
    },
    catalog,
  );
} catch (error) {
  refuse(`the parts are of a clip this checkout cannot plan: ${error.message}`);
}

try {
  output = openOutput(out, format);
} catch (error) {
  if (!(error instanceof OutputError)) throw error;
  refuse(`--out cannot be written: ${error.message}`);
}
/** ffmpeg's encoder for the joined sound, or null (no sound, or copied as it is). */
let audio = null;
try {
  const sorted = order.map((i) => resolve(parts[i]));
  if (format === 'png') {
    for (const dir of sorted)
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.png')))
        copyFileSync(join(dir, name), join(output.partPath, name));
  } else {
    output.close();
    const container = { mp4: 'mp4', webm: 'webm', prores: 'mov' }[format];
    audio = first.audio ? audioEncoderFor(container) : null;
    const list = resolve(dirname(output.outPath), `.${basename(output.outPath)}.list`);
    try {
      await concatSegments(
        sorted,
        output.partPath,
        list,
        container,
        order.map((i) => (manifests[i].frames.end - manifests[i].frames.start) / manifests[i].fps),
        audio,
      );
    } finally {
      rmSync(list, { force: true });
    }
    if (plan.projection === 'equirect' && format === 'mp4') markSpherical(core, output.partPath);
  }
  output.commit();
} catch (error) {
  refuse(String(error.message ?? error).split('\n')[0], 1);
}
const entry = catalog.find((e) => e.id === plan.sceneId);
const written = [
  out,
  ...writeSubtitles(core, out, core.clipSubtitles(entry.scene.captions, plan), format),
];
const joined = core.joinedManifest(manifests);
written.push(writeManifest(core, out, audio ? { ...joined, audio: audio.codec } : joined));
process.stderr.write(
  `Joined ${parts.length} parts (${plan.frameCount} frames): wrote ${written.join(', ')}\n`,
);
