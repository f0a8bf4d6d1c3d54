#!/usr/bin/env node
// `npm run record -- --scene sputnik-1 --from 60 --to 75 --out clip.mp4`: renders a clip frame by
// frame in headless Chromium from the built app (dist/) and writes it with its subtitles. The
// page does the work (record mode, WebCodecs encoding: src/modes/record); this script checks the
// arguments, serves the app, carries the file's bytes to disk and shows progress. Ctrl-C closes
// the browser and the server and removes the unfinished file.
import {
  closeSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE_EXIT = 2;

let browser = null;
let server = null;
let partPath = null;
let partFd = null;
let finished = false;
let stopping = false;
/** A progress line without its newline is on the terminal (TTY only). */
let lineOpen = false;

function removePartial() {
  if (partFd !== null) {
    try {
      closeSync(partFd);
    } catch {
      // already closed
    }
    partFd = null;
  }
  if (partPath && !finished) rmSync(partPath, { force: true });
}

async function shutdown() {
  const closing = [];
  if (browser) closing.push(browser.close().catch(() => {}));
  if (server) closing.push(new Promise((done) => server.close(() => done())));
  browser = null;
  server = null;
  // A browser that does not close in time is killed by playwright when this process exits.
  await Promise.race([Promise.all(closing), new Promise((done) => setTimeout(done, 5000))]);
  removePartial();
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
    process.stderr.write(`${lineOpen ? '\n' : ''}record: ${what}; cleaning up\n`);
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

const files = Object.fromEntries(
  readdirSync(resolve(root, 'scenes'))
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((name) => [`scenes/${name}`, readFileSync(resolve(root, 'scenes', name), 'utf8')]),
);
const { MODEL_CATALOG } = (await runnerImport('/models/registry.ts', { root, logLevel: 'error' }))
  .module;
const catalog = core.buildCatalog(
  files,
  readFileSync(resolve(root, 'scenes/text/hu.txt'), 'utf8'),
  MODEL_CATALOG,
);
let plan;
try {
  plan = core.planClip(args.request, catalog);
} catch (error) {
  await fail(optionError(error) ?? error.message, USAGE_EXIT);
}

// The output: written under a temporary name beside it, renamed only when complete.
const outPath = resolve(args.out);
partPath = resolve(dirname(outPath), `.${basename(outPath)}.part`);
try {
  if (statSync(outPath, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`${args.out} is a directory`);
  partFd = openSync(partPath, 'w');
} catch (error) {
  partPath = null;
  const reason = error.code === 'ENOENT' ? `no directory ${dirname(outPath)}` : error.message;
  await fail(`--out cannot be written: ${reason}`, USAGE_EXIT);
}

const { frameCount, width, height, fps, fromSec, durationSec } = plan;
const codec = plan.format === 'mp4' ? 'H.264 MP4' : 'VP9 WebM';
process.stderr.write(
  `Recording ${plan.sceneId} from ${fromSec.toFixed(2)} s for ${durationSec.toFixed(2)} s: ` +
    `${frameCount} frames, ${width}x${height}, ${fps} fps, ${codec}, quality ${plan.quality}, ` +
    `captions ${plan.captions === 'burn' ? `burned in (${plan.lang})` : 'not burned in'}, ` +
    `audio ${plan.audio ? 'on' : 'off'}\n`,
);

const launchedAt = Date.now();
/** When the first frame started: the page reports 0 frames done once record mode is ready. */
let startedAt = null;
let lastPrint = 0;
function progress(done, total) {
  const now = Date.now();
  startedAt ??= now;
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

let result;
try {
  const served = await serveStatic(resolve(root, 'dist'), { port: 4250 });
  server = served.server;
  const url = served.url;
  browser = await launchChromium({
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.exposeFunction('__urvRecordWrite', (base64, position) => {
    const data = Buffer.from(base64, 'base64');
    writeSync(partFd, data, 0, data.length, position);
  });
  await page.exposeFunction('__urvRecordProgress', progress);
  const search = new URLSearchParams({
    scene: plan.sceneId,
    t: String(fromSec),
    paused: '1',
    lang: plan.lang,
    quality: plan.quality,
  });
  await page.goto(`${url}?${search}`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  if (pageErrors.length > 0) throw new Error(`the app failed to start: ${pageErrors.join('; ')}`);
  result = await page.evaluate(async (request) => {
    const toBase64 = (bytes) =>
      typeof bytes.toBase64 === 'function'
        ? bytes.toBase64()
        : btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
    const clip = await window.urverseny.recordClip(request, {
      write: (data, position) => window.__urvRecordWrite(toBase64(data), position),
      progress: (done, total) => void window.__urvRecordProgress(done, total),
    });
    return {
      frameCount: clip.plan.frameCount,
      subtitles: clip.subtitles,
      audioCodec: clip.audioCodec,
    };
  }, args.request);
} catch (error) {
  if (stopping) await new Promise(() => {}); // the signal handler is exiting
  const message = (error.message ?? String(error)).replace(/^page\.evaluate: (\w*Error: )?/, '');
  await fail(message.split('\n')[0]);
}

closeSync(partFd);
partFd = null;
renameSync(partPath, outPath);
finished = true;
const written = [args.out];
for (const lang of core.SUBTITLE_LANGS) {
  for (const kind of ['vtt', 'srt']) {
    const path = core.subtitlePath(args.out, lang, kind);
    writeFileSync(path, result.subtitles[lang][kind]);
    written.push(path);
  }
}
const framesSec = (Date.now() - startedAt) / 1000;
const megabytes = statSync(outPath).size / 1e6;
process.stderr.write(
  `${lineOpen ? '\n' : ''}Wrote ${written.join(', ')} (${megabytes.toFixed(1)} MB` +
    `${result.audioCodec ? `, sound: ${result.audioCodec}` : ''})\n` +
    `${result.frameCount} frames in ${core.formatDuration(framesSec)}: ` +
    `${(result.frameCount / framesSec).toFixed(2)} frames/s ` +
    `(${core.formatDuration((Date.now() - launchedAt) / 1000)} in all, with start-up)\n`,
);
await shutdown();
process.exit(0);
