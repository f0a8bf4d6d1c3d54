#!/usr/bin/env node
// `npm run record -- --scene sputnik-1 --from 60 --to 75 --out clip.mp4`: renders a clip frame by
// frame in headless Chromium from the built app (dist/) and writes it with its subtitles and a
// clip.json sidecar. The page renders and encodes (record mode: src/modes/record); this script
// checks the arguments, picks the GPU or software WebGL, serves the app, writes the file (or
// the PNG frames, or pipes them to ffmpeg for ProRes), splits the work into parallel slices
// (--jobs) and shows progress. Ctrl-C closes the browsers and removes the unfinished output.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { launchForGpu } from './headless-chromium.mjs';
import { loadSceneCatalog } from './record/scene-catalog.mjs';
import {
  audioEncoderFor,
  concatSegments,
  ffmpegAvailable,
  ffmpegHasEncoder,
  reencodeAudio,
} from './record/ffmpeg.mjs';
import { createPngWriter, createProResWriter } from './record/frame-writers.mjs';
import {
  OutputError,
  buildId,
  markSpherical,
  openOutput,
  writeManifest,
  writeSubtitles,
} from './record/output.mjs';
import { defaultJobs, renderSlices } from './record/parallel.mjs';
import { renderInPage } from './record/render-page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE_EXIT = 2;
/** A slice run by `--jobs`: reports progress on stdout for its parent, prints no summary. */
const asChild = process.env.URVERSENY_RECORD_CHILD === '1';

let browser = null;
let server = null;
let output = null;
let partsDir = null;
let writer = null;
const children = new Set();
let stopping = false;
/** A progress line without its newline is on the terminal (TTY only). */
let lineOpen = false;

async function shutdown() {
  const closing = [];
  for (const child of children) child.kill('SIGTERM');
  if (browser) closing.push(browser.close().catch(() => {}));
  if (server) closing.push(new Promise((done) => server.close(() => done())));
  browser = null;
  server = null;
  writer?.cancel();
  // A browser that does not close in time is killed by playwright when this process exits.
  await Promise.race([Promise.all(closing), new Promise((done) => setTimeout(done, 5000))]);
  output?.remove();
  if (partsDir) rmSync(partsDir, { recursive: true, force: true });
}

function fail(message, code = 1) {
  process.stderr.write(`${lineOpen ? '\n' : ''}record: ${message}\n`);
  return shutdown().then(() => process.exit(code));
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    const what = signal === 'SIGINT' ? 'interrupted' : signal;
    if (!asChild) process.stderr.write(`${lineOpen ? '\n' : ''}record: ${what}; cleaning up\n`);
    shutdown().then(() => process.exit(130));
  });
}

const core = (await runnerImport('/src/core/record/record-cli.ts', { root, logLevel: 'error' }))
  .module;

function optionError(error) {
  if (error instanceof Error && error.name === 'ClipError')
    return error.option === 'arguments' ? error.detail : `--${error.option} ${error.detail}`;
  return null;
}

let args;
try {
  args = core.parseRecordArgs(process.argv.slice(2));
} catch (error) {
  await fail(optionError(error) ?? error.message, USAGE_EXIT);
}
if (args.help) {
  console.log(core.RECORD_USAGE);
  process.exit(0);
}

const catalog = await loadSceneCatalog(root, core);
let plan;
try {
  plan = core.planClip(args.request, catalog);
} catch (error) {
  await fail(optionError(error) ?? error.message, USAGE_EXIT);
}

// Everything that can be known before a browser starts is checked before anything is written.
const whole = plan.frames.start === 0 && plan.frames.end === plan.frameCount;
if (plan.format === 'prores' && !ffmpegHasEncoder('prores_ks'))
  await fail(
    '--format prores needs ffmpeg with the prores_ks encoder; none found (install ffmpeg or set FFMPEG)',
    USAGE_EXIT,
  );
if (args.jobs !== null && args.jobs > 1 && plan.format !== 'png' && !ffmpegAvailable())
  await fail(`--jobs ${args.jobs} needs ffmpeg to join the slices; none found`, USAGE_EXIT);
try {
  output = openOutput(args.out, plan.format);
} catch (error) {
  if (!(error instanceof OutputError)) throw error;
  await fail(`--out cannot be written: ${error.message}`, USAGE_EXIT);
}

const { frameCount, width, height, fps, fromSec, durationSec } = plan;
const sliceCount = plan.frames.end - plan.frames.start;
const FORMAT_NAMES = {
  mp4: 'H.264 MP4',
  webm: 'VP9 WebM',
  png: 'PNG sequence',
  prores: plan.background === 'transparent' ? 'ProRes 4444 MOV' : 'ProRes 422 HQ MOV',
};
const projectionName = {
  flat: '',
  fisheye: `, fisheye ${plan.domeFovDeg}° tilted ${plan.domeTiltDeg}°`,
  equirect: ', equirectangular 360°',
}[plan.projection];
const launchedAt = Date.now();
/** When the first frame started: the page reports 0 frames done once record mode is ready. */
let startedAt = null;
let lastPrint = 0;
function progress(done, total) {
  const now = Date.now();
  startedAt ??= now;
  if (asChild) {
    process.stdout.write(`@progress ${done} ${total}\n`);
    return;
  }
  if (done === 0) return;
  const line = core.formatProgress({ done, total, elapsedSec: (now - startedAt) / 1000 });
  if (process.stderr.isTTY) {
    process.stderr.write(`\r${line}\x1b[K`);
    lineOpen = true;
  } else if (done === total || done === 1 || now - lastPrint > 2000) {
    process.stderr.write(`${line}\n`);
    lastPrint = now;
  }
}

const build = buildId(resolve(root, 'dist'));
let made;
try {
  const launched = await launchForGpu(args.gpu, {
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  browser = launched.browser;
  // Said once the renderer is known, so a refusal (--gpu on without a GPU) is one line alone.
  if (!asChild)
    process.stderr.write(
      `Recording ${plan.sceneId} from ${fromSec.toFixed(2)} s for ${durationSec.toFixed(2)} s: ` +
        `${frameCount} frames${whole ? '' : ` (slice ${plan.frames.start}:${plan.frames.end})`}, ` +
        `${width}x${height}, ${fps} fps, ${FORMAT_NAMES[plan.format]}${projectionName}, ` +
        `quality ${plan.quality}, captions ${plan.captions === 'burn' ? `burned in (${plan.lang})` : 'not burned in'}` +
        `${plan.background === 'transparent' ? ', transparent background' : ''}, ` +
        `audio ${plan.audio ? 'on' : 'off'}\n`,
    );
  const kind = launched.hardware ? 'GPU' : 'software';
  // Joining video slices needs ffmpeg: without it the default is one job (an explicit --jobs was
  // refused above).
  const canJoin = plan.format === 'png' || ffmpegAvailable();
  const byMachine = canJoin ? defaultJobs({ hardware: launched.hardware }) : 1;
  const jobs = whole ? (args.jobs ?? byMachine) : 1;
  const slices = jobs > 1 ? core.splitFrames(frameCount, jobs, fps) : [plan.frames];
  if (!asChild)
    process.stderr.write(
      `Renderer: ${launched.renderer} (${kind})` +
        `${slices.length > 1 ? `; ${slices.length} jobs in parallel` : ''}\n`,
    );
  made =
    slices.length > 1
      ? await renderParallel(slices, launched.hardware ? 'on' : 'off')
      : await renderHere();
} catch (error) {
  if (stopping) await new Promise(() => {}); // the signal handler is exiting
  if (error.name === 'NoGpuError') await fail(error.message);
  const message = (error.message ?? String(error)).replace(/^page\.evaluate: (\w*Error: )?/, '');
  await fail(message.split('\n')[0]);
}

/** Renders the plan's slice in this process's browser. */
async function renderHere() {
  const alpha = plan.background === 'transparent';
  if (plan.format === 'png') writer = createPngWriter(output.partPath, { width, height, alpha });
  else if (plan.format === 'prores') {
    output.close();
    writer = createProResWriter(output.partPath, { width, height, fps, alpha });
  }
  const sink = writer
    ? { write() {}, frame: (rgba, index) => writer.write(rgba, index) }
    : { write: (data, position) => output.write(data, position) };
  const result = await renderInPage({
    root,
    browser,
    plan,
    request: args.request,
    sink,
    progress,
    onServer: (s) => (server = s),
  });
  await writer?.finish();
  writer = null;
  return {
    subtitles: result.subtitles,
    manifest: core.clipManifest(plan, { ...result, build }),
  };
}

/** Renders `slices` in child recorders and joins their segments into the output. */
async function renderParallel(slices, gpu) {
  // The probe's browser is not needed: each slice starts its own.
  await browser.close();
  browser = null;
  const extension = { mp4: '.mp4', webm: '.webm', prores: '.mov', png: '' }[plan.format];
  partsDir = resolve(dirname(output.outPath), `.${basename(output.outPath)}.parts`);
  rmSync(partsDir, { recursive: true, force: true });
  mkdirSync(partsDir);
  const partPath = (i) => join(partsDir, `part-${i}${extension}`);
  const argv = withoutOptions(process.argv.slice(2), ['jobs', 'out', 'gpu']);
  startedAt = Date.now();
  await renderSlices({
    argv,
    slices,
    partPath,
    gpu,
    children,
    onProgress: (done) => progress(done, frameCount),
  });
  const manifests = slices.map((_, i) =>
    core.parseManifest(readFileSync(core.manifestPath(partPath(i), plan.format), 'utf8')),
  );
  // The slices' sound is encoded once, whole, in the clip's final codec (AAC in MP4).
  const container = { mp4: 'mp4', webm: 'webm', prores: 'mov' }[plan.format];
  const audio = manifests[0].audio && container ? audioEncoderFor(container) : null;
  if (plan.format === 'png') {
    for (let i = 0; i < slices.length; i++)
      for (const name of readdirSync(partPath(i)).filter((n) => n.endsWith('.png')))
        renameSync(join(partPath(i), name), join(output.partPath, name));
  } else {
    output.close();
    await concatSegments(
      slices.map((_, i) => partPath(i)),
      output.partPath,
      join(partsDir, 'parts.txt'),
      container,
      slices.map((slice) => (slice.end - slice.start) / fps),
      audio,
    );
  }
  rmSync(partsDir, { recursive: true, force: true });
  partsDir = null;
  return {
    subtitles: core.clipSubtitles(catalog.find((e) => e.id === plan.sceneId).scene.captions, plan),
    manifest: { ...core.joinedManifest(manifests), ...(audio ? { audio: audio.codec } : {}) },
  };
}

/**
 * Chromium's open builds encode no AAC, so the page writes Opus in MP4, which some players
 * (QuickTime, older TVs) do not play: ffmpeg's native AAC encoder re-encodes the sound, the video
 * is copied bit for bit. Without it the clip keeps Opus, and says so.
 */
async function soundToAac(made) {
  if (asChild || plan.format !== 'mp4' || made.manifest.audio !== 'opus') return made;
  if (!ffmpegHasEncoder('aac')) {
    process.stderr.write(
      `${lineOpen ? '\n' : ''}record: no ffmpeg with its aac encoder found; the sound stays Opus in MP4\n`,
    );
    lineOpen = false;
    return made;
  }
  output.close();
  const aacPath = `${output.partPath}.aac.mp4`;
  try {
    await reencodeAudio(output.partPath, aacPath, 'mp4', 'aac', sliceCount / fps);
    renameSync(aacPath, output.partPath);
  } finally {
    rmSync(aacPath, { force: true });
  }
  return { ...made, manifest: { ...made.manifest, audio: 'aac' } };
}

/** `argv` without the named options and their values. */
function withoutOptions(argv, names) {
  const kept = [];
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(=.*)?$/.exec(argv[i]);
    if (match && names.includes(match[1])) {
      if (match[2] === undefined) i++;
      continue;
    }
    kept.push(argv[i]);
  }
  return kept;
}

try {
  made = await soundToAac(made);
} catch (error) {
  await fail(`converting the sound to AAC: ${(error.message ?? String(error)).split('\n')[0]}`);
}
if (plan.projection === 'equirect' && plan.format === 'mp4') markSpherical(core, output.partPath);
output.commit();
const written = [args.out];
written.push(...writeSubtitles(core, args.out, made.subtitles, plan.format));
written.push(writeManifest(core, args.out, made.manifest));
const framesSec = (Date.now() - startedAt) / 1000;
const bytes =
  plan.format === 'png'
    ? readdirSync(output.outPath).reduce(
        (sum, n) => sum + statSync(join(output.outPath, n)).size,
        0,
      )
    : statSync(output.outPath).size;
if (!asChild)
  process.stderr.write(
    `${lineOpen ? '\n' : ''}Wrote ${written.join(', ')} (${(bytes / 1e6).toFixed(1)} MB` +
      `${made.manifest.audio ? `, sound: ${made.manifest.audio}` : ''})\n` +
      `${sliceCount} frames in ${core.formatDuration(framesSec)}: ` +
      `${(sliceCount / framesSec).toFixed(2)} frames/s ` +
      `(${core.formatDuration((Date.now() - launchedAt) / 1000)} in all, with start-up)\n`,
  );
output = null;
await shutdown();
process.exit(0);
