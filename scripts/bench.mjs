#!/usr/bin/env node
// `npm run bench`: what a frame, a byte and a megabyte cost, in headless Chromium (SwiftShader
// here: compare ratios within one run, not absolute times between runs). Needs a build
// (`npm run build`) and Chromium. Writes bench/results.json and prints tables:
//
//   - per scene, quality tier and size: cold time to first frame, median and p95 frame time over
//     a fixed seek sequence, draw calls, triangles, geometries and textures alive, JS heap;
//   - the production build's bytes: initial JS and CSS (what index.html loads), all files;
//   - the peer (bench/peer-cesium: a minimal CesiumJS page with the same Sputnik-1 orbit, built
//     with the same Vite) measured by the same harness: first frame, bytes, frame time;
//   - paired cold first-frame rounds, ours and the peer's alternating, for the budget ratio;
//   - JS heap after load, after the first scene switch and after 20;
//   - recording speed at 720p (`npm run record`).
//
// `--check` then checks bench/budgets.json and exits 1 listing each budget missed;
// `--check-only` checks the existing results file without measuring. Smaller runs for
// development: `--scenes sputnik-1 --sizes 1280x720 --qualities high --skip heap,record
// --out tmp/bench.json`. `--help` lists every option.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PEER_DIR = join(root, 'bench/peer-cesium');
const PHASES = ['frames', 'peer', 'first-frame', 'heap', 'record'];

const USAGE = `Usage: npm run bench -- [options]

  --check                 check bench/budgets.json after measuring; exit 1 if any is missed
  --check-only            check the existing results file (--out) without measuring
  --scenes <a,b>          scene ids (default: every available scene)
  --sizes <WxH,…>         viewports (default: 1280x720,1920x1080)
  --qualities <a,b>       tiers (default: low,medium,high)
  --seeks <n>             seek points per scene for frame times (default 12)
  --frames <n>            frames timed after each seek (default 6)
  --rounds <n>            paired cold first-frame rounds, ours and the peer's (default 3)
  --switches <n>          scene switches for the heap measurement (default 20)
  --skip <phase,…>        leave out any of ${PHASES.join(', ')}
  --dist <dir>            the app build to measure (default: dist)
  --out <file>            results file (default: bench/results.json)`;

let options;
try {
  options = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      'check-only': { type: 'boolean', default: false },
      scenes: { type: 'string' },
      sizes: { type: 'string', default: '1280x720,1920x1080' },
      qualities: { type: 'string', default: 'low,medium,high' },
      seeks: { type: 'string', default: '12' },
      frames: { type: 'string', default: '6' },
      rounds: { type: 'string', default: '3' },
      switches: { type: 'string', default: '20' },
      skip: { type: 'string', default: '' },
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'bench/results.json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  console.error(`bench: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const { module: lib } = await runnerImport('/scripts/bench/index.ts', { root, logLevel: 'error' });
const outPath = resolve(root, options.out);

if (options['check-only']) {
  if (!existsSync(outPath)) fail(`${options.out} not found: run \`npm run bench\` first`);
  process.exit(checkAndReport(JSON.parse(readFileSync(outPath, 'utf8'))) ? 0 : 1);
}

const count = (name) => {
  const n = Number(options[name]);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a whole number ≥ 1`);
  return n;
};
const SIZES = options.sizes.split(',').map((text) => {
  const match = /^(\d+)x(\d+)$/.exec(text.trim());
  if (!match) fail(`--sizes: expected WxH, got ${text}`);
  return { width: Number(match[1]), height: Number(match[2]) };
});
const QUALITIES = options.qualities.split(',').map((q) => q.trim());
for (const q of QUALITIES)
  if (!['low', 'medium', 'high'].includes(q)) fail(`--qualities: unknown tier ${q}`);
const SEEKS = count('seeks');
const FRAMES_PER_SEEK = count('frames');
const ROUNDS = count('rounds');
const SWITCHES = count('switches');
const skip = new Set(options.skip.split(',').filter(Boolean));
for (const phase of skip) if (!PHASES.includes(phase)) fail(`--skip: unknown phase ${phase}`);
const distDir = resolve(root, options.dist);
if (!existsSync(join(distDir, 'index.html')))
  fail(`${options.dist}/index.html not found: run \`npm run build\` first`);

const run = {
  date: new Date().toISOString(),
  renderer: 'headless Chromium, SwiftShader (software WebGL)',
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
    node: process.version,
    chromium: null,
  },
  settings: {
    build: options.dist,
    sizes: SIZES,
    qualities: QUALITIES,
    seeks: SEEKS,
    framesPerSeek: FRAMES_PER_SEEK,
    firstFrameRounds: ROUNDS,
    switches: SWITCHES,
    skipped: [...skip],
  },
  results: [],
  bundle: lib.measureBundle(distDir),
  firstFrame: null,
  heap: null,
  peer: null,
  comparison: null,
  recording: null,
};

const peerReady = skip.has('peer') ? { skipped: 'skipped (--skip peer)' } : await preparePeer();
if (peerReady.skipped) console.log(`peer: ${peerReady.skipped}`);

const ours = await serveStatic(distDir, { port: 4200 });
const peerServer = peerReady.skipped
  ? null
  : await serveStatic(join(PEER_DIR, 'dist'), { port: 4210, csp: false });
const browser = await launchChromium();
run.machine.chromium = browser.version();

try {
  const allScenes = await listScenes();
  const scenes = options.scenes ? options.scenes.split(',').map((s) => s.trim()) : allScenes;
  for (const id of scenes)
    if (!allScenes.includes(id)) fail(`--scenes: ${id} is not an available scene`);

  if (!skip.has('frames')) {
    console.log('\nFrame cost: cold first frame, then frame times over a fixed seek sequence');
    for (const sceneId of scenes)
      for (const size of SIZES)
        for (const quality of QUALITIES) {
          const r = await measureScene(sceneId, size, quality);
          run.results.push(r);
          console.log(
            `${sceneId.padEnd(13)} ${sizeLabel(size).padEnd(10)} ${quality.padEnd(7)} first frame ${ms(r.firstFrameMs).padStart(8)}  median ${ms(r.medianFrameMs).padStart(7)}  p95 ${ms(r.p95FrameMs).padStart(7)}  calls ${String(r.drawCalls).padStart(3)}  triangles ${String(r.triangles).padStart(8)}  geometries ${r.geometries}  textures ${r.textures}  heap ${mb(r.heapAfterLoadBytes)}`,
          );
        }
  }

  if (!peerReady.skipped) {
    run.peer = { ...peerReady, frames: [] };
    console.log(`\nPeer (CesiumJS): cold first frame, then frame times over ${SEEKS} seeks`);
    for (const size of SIZES) {
      const r = await measurePeer(size);
      run.peer.frames.push(r);
      console.log(
        `peer-cesium   ${sizeLabel(size).padEnd(10)}         first frame ${ms(r.firstFrameMs).padStart(8)}  median ${ms(r.medianFrameMs).padStart(7)}  p95 ${ms(r.p95FrameMs).padStart(7)}  heap ${mb(r.heapAfterLoadBytes)}`,
      );
    }
  } else run.peer = { skipped: peerReady.skipped };

  run.firstFrame = skip.has('first-frame')
    ? { skipped: 'skipped (--skip first-frame)' }
    : await pairedFirstFrames(scenes);
  run.heap = skip.has('heap') ? { skipped: 'skipped (--skip heap)' } : await measureHeap(allScenes);
} finally {
  await browser.close();
  ours.server.close();
  peerServer?.server.close();
}

run.recording = skip.has('record')
  ? { framesPerSec: null, reason: 'skipped (--skip record)' }
  : await measureRecording();
run.comparison = compare(run);

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(run, null, 2)}\n`);
printSummary(run);
console.log(`\nwrote ${options.out}`);
const withinBudget = checkAndReport(run);
process.exit(options.check && !withinBudget ? 1 : 0);

// ---------------------------------------------------------------------------------------------

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function sizeLabel(size) {
  return `${size.width}×${size.height}`;
}

function ms(value) {
  if (value === null || value === undefined) return '–';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

function mb(bytes) {
  return bytes === null || bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)} MB`;
}

function kb(bytes) {
  return bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`;
}

/** Prints the budget outcomes; true when every budget is met. */
function checkAndReport(results) {
  const file = lib.parseBudgets(JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')));
  const outcomes = lib.checkBudgets(file, results);
  console.log(
    `\nBudgets (bench/budgets.json)${options.check || options['check-only'] ? '' : ', not enforced without --check'}:`,
  );
  for (const line of lib.formatOutcomes(file, outcomes)) console.log(`  ${line}`);
  return outcomes.every((o) => o.status === 'ok');
}

/** Checks the peer's install and builds it when its dist is missing or older than its sources. */
async function preparePeer() {
  if (!existsSync(join(PEER_DIR, 'node_modules/cesium/package.json')))
    return {
      skipped:
        'bench/peer-cesium/node_modules is missing; install the peer with `npm install --prefix bench/peer-cesium` (about 130 MB) to compare with CesiumJS',
    };
  const cesiumVersion = JSON.parse(
    readFileSync(join(PEER_DIR, 'node_modules/cesium/package.json'), 'utf8'),
  ).version;
  const sources = [
    'index.html',
    'src/main.js',
    'src/sputnik-1.json',
    'vite.config.mjs',
    'package-lock.json',
  ];
  const built = join(PEER_DIR, 'dist/index.html');
  const newest = Math.max(...sources.map((s) => statSync(join(PEER_DIR, s)).mtimeMs));
  let buildMs = null;
  if (!existsSync(built) || statSync(built).mtimeMs < newest) {
    console.log('peer: building bench/peer-cesium with the app’s Vite …');
    const started = Date.now();
    const { code, output } = await runNode([
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(PEER_DIR, 'vite.config.mjs'),
    ]);
    if (code !== 0) fail(`building the peer failed:\n${output.slice(-2000)}`);
    buildMs = Date.now() - started;
    console.log(`peer: built in ${(buildMs / 1000).toFixed(1)} s`);
  }
  return { cesiumVersion, buildMs, bundle: lib.measureBundle(join(PEER_DIR, 'dist')) };
}

function runNode(args, { timeoutMs = 600_000 } = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code: code ?? (signal ? 1 : 0), signal, output });
    });
  });
}

async function listScenes() {
  const page = await browser.newPage();
  await page.goto(`${ours.url}?paused=1`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  const ids = await page.evaluate(() =>
    window.urverseny
      .scenes()
      .filter((s) => s.available)
      .map((s) => s.id),
  );
  await page.close();
  return ids;
}

/**
 * Opens `url` in a fresh browser context (empty cache: a cold start) and resolves once the first
 * frame is drawn with everything loaded, timed in the page from navigation start. Fails the
 * benchmark if the page asks for anything outside its own origin.
 */
async function coldLoad(kind, url, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const offOrigin = [];
  const errors = [];
  const sizes = [];
  page.on('request', (request) => {
    const target = request.url();
    if (/^(data|blob):/.test(target)) return;
    if (new URL(target).origin !== origin) offOrigin.push(target);
  });
  page.on('requestfinished', (request) =>
    sizes.push(
      request
        .sizes()
        .then((s) => s.responseBodySize)
        .catch(() => 0),
    ),
  );
  page.on('pageerror', (error) => errors.push(error.message));
  if (kind === 'ours') {
    // Ask for the first ready frame the moment the app defines its API, before React renders.
    await context.addInitScript(() => {
      let api;
      Object.defineProperty(window, 'urverseny', {
        configurable: true,
        get: () => api,
        set(value) {
          api = value;
          window.__benchFirstFrame = value.seek(0).then(() => performance.now());
        },
      });
    });
  }
  await page.goto(url);
  let firstFrameMs;
  try {
    if (kind === 'ours') {
      await page.waitForFunction(() => window.__benchFirstFrame !== undefined);
      firstFrameMs = await page.evaluate(() => window.__benchFirstFrame);
    } else {
      await page.waitForFunction(() => window.peer !== undefined);
      firstFrameMs = await page.evaluate(() => window.peer.firstFrame());
    }
  } catch (error) {
    throw new Error(`${url}: no first frame (${errors.join('; ') || error.message})`);
  }
  const transferred = await Promise.all(sizes.slice());
  if (offOrigin.length > 0)
    throw new Error(
      `${url} asked for ${offOrigin.length} off-origin resources, e.g. ${offOrigin[0]}`,
    );
  if (errors.length > 0) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
  return {
    context,
    page,
    firstFrameMs,
    transfer: { requests: transferred.length, bytes: transferred.reduce((a, b) => a + b, 0) },
    assertClean() {
      if (offOrigin.length > 0)
        throw new Error(`${url} asked for off-origin resources, e.g. ${offOrigin[0]}`);
      if (errors.length > 0) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
    },
  };
}

async function heapBytes(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Frame intervals (ms) over `seeks` points of the scene, `frames` each, after each seek. */
function timeFrames(page, kind) {
  return page.evaluate(
    async ({ kind, seeks, frames }) => {
      const target = kind === 'ours' ? window.urverseny : window.peer;
      const duration = kind === 'ours' ? target.state().durationSec : target.durationSec;
      const times = [];
      for (let i = 0; i < seeks; i++) {
        await target.seek((duration * (i + 0.5)) / seeks);
        let last = await new Promise((r) => requestAnimationFrame(r));
        for (let f = 0; f < frames; f++) {
          const now = await new Promise((r) => requestAnimationFrame(r));
          times.push(now - last);
          last = now;
        }
      }
      return times;
    },
    { kind, seeks: SEEKS, frames: FRAMES_PER_SEEK },
  );
}

async function measureScene(sceneId, viewport, quality) {
  const load = await coldLoad(
    'ours',
    `${ours.url}?scene=${sceneId}&paused=1&t=0&quality=${quality}`,
    viewport,
  );
  const { page } = load;
  const heapAfterLoadBytes = await heapBytes(page);
  const frameTimes = await timeFrames(page, 'ours');
  const stats = await page.evaluate(() => window.urverseny.renderer());
  load.assertClean();
  await load.context.close();
  return {
    sceneId,
    width: viewport.width,
    height: viewport.height,
    quality,
    firstFrameMs: load.firstFrameMs,
    medianFrameMs: lib.percentile(frameTimes, 0.5),
    p95FrameMs: lib.percentile(frameTimes, 0.95),
    drawCalls: stats.calls,
    triangles: stats.triangles,
    points: stats.points,
    lines: stats.lines,
    geometries: stats.geometries,
    textures: stats.textures,
    heapAfterLoadBytes,
    transfer: load.transfer,
  };
}

async function measurePeer(viewport) {
  const load = await coldLoad('peer', peerServer.url, viewport);
  const heapAfterLoadBytes = await heapBytes(load.page);
  const frameTimes = await timeFrames(load.page, 'peer');
  load.assertClean();
  await load.context.close();
  return {
    width: viewport.width,
    height: viewport.height,
    firstFrameMs: load.firstFrameMs,
    medianFrameMs: lib.percentile(frameTimes, 0.5),
    p95FrameMs: lib.percentile(frameTimes, 0.95),
    heapAfterLoadBytes,
    transfer: load.transfer,
  };
}

/**
 * Cold first frames, the peer's and ours (each scene at medium quality, where the app starts),
 * taken together in each round so that both see the same machine load; medians over the rounds.
 */
async function pairedFirstFrames(scenes) {
  if (!peerServer) return { skipped: run.peer?.skipped ?? 'peer not measured' };
  console.log(`\nFirst frame, ${ROUNDS} cold rounds: the peer, then each scene at medium quality`);
  const samples = new Map();
  const add = (key, value) => samples.set(key, [...(samples.get(key) ?? []), value]);
  const transfer = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of SIZES) {
      const peer = await coldLoad('peer', peerServer.url, size);
      await peer.context.close();
      add(`peer@${sizeLabel(size)}`, peer.firstFrameMs);
      transfer[`peer@${sizeLabel(size)}`] ??= peer.transfer;
      const line = [
        `round ${round + 1}  ${sizeLabel(size).padEnd(10)} peer ${ms(peer.firstFrameMs)}`,
      ];
      for (const sceneId of scenes) {
        const load = await coldLoad(
          'ours',
          `${ours.url}?scene=${sceneId}&paused=1&t=0&quality=medium`,
          size,
        );
        await load.context.close();
        add(`${sceneId}@${sizeLabel(size)}`, load.firstFrameMs);
        transfer[`${sceneId}@${sizeLabel(size)}`] ??= load.transfer;
        line.push(`${sceneId} ${ms(load.firstFrameMs)}`);
      }
      console.log(line.join('  '));
    }
  }
  const pairs = [];
  for (const size of SIZES)
    for (const sceneId of scenes) {
      const key = `${sceneId}@${sizeLabel(size)}`;
      const peerSamplesMs = samples.get(`peer@${sizeLabel(size)}`);
      const oursMs = lib.median(samples.get(key));
      const peerMs = lib.median(peerSamplesMs);
      pairs.push({
        sceneId,
        width: size.width,
        height: size.height,
        oursMs,
        peerMs,
        ratio: oursMs / peerMs,
        oursSamplesMs: samples.get(key),
        peerSamplesMs,
        oursTransfer: transfer[key],
        peerTransfer: transfer[`peer@${sizeLabel(size)}`],
      });
    }
  return { quality: 'medium', rounds: ROUNDS, pairs };
}

/**
 * JS heap (after a forced GC) once the first scene is drawn, then after each of `SWITCHES` scene
 * switches cycling through every scene (each waits for its ready frame). Two measures:
 * `usedBytes`, V8's used heap (Runtime.getHeapUsage), and `objectBytes`, the live JavaScript
 * objects of a heap snapshot without compiled code: V8 keeps compiling hot functions for dozens
 * of switches (megabytes of code), which is not something the app holds on to. Scenes differ in
 * what they hold, so growth is judged like for like: after the last switch against the first time
 * that same scene was shown.
 */
async function measureHeap(scenes) {
  const size = SIZES[0];
  console.log(`\nJS heap over ${SWITCHES} scene switches (${sizeLabel(size)}, medium)`);
  const load = await coldLoad(
    'ours',
    `${ours.url}?scene=${scenes[0]}&paused=1&t=0&quality=medium`,
    size,
  );
  const { page } = load;
  const cdp = await page.context().newCDPSession(page);
  const firstShown = new Map();
  const trace = [];
  for (let i = 0; i <= SWITCHES; i++) {
    const sceneId = scenes[i % scenes.length];
    if (i > 0) await page.evaluate((id) => window.urverseny.load(id), sceneId);
    // Snapshots (slow) only where they are compared: first showings, after 1, after the last.
    const detailed = !firstShown.has(sceneId) || i <= 1 || i === SWITCHES;
    const reading = { switches: i, sceneId, ...(await heapReading(cdp, detailed)) };
    trace.push(reading);
    if (!firstShown.has(sceneId)) firstShown.set(sceneId, reading);
  }
  await cdp.detach();
  const last = trace.at(-1);
  const first = firstShown.get(last.sceneId);
  const renderer = await page.evaluate(() => window.urverseny.renderer());
  load.assertClean();
  await load.context.close();
  const result = {
    width: size.width,
    height: size.height,
    quality: 'medium',
    scenes,
    switches: SWITCHES,
    afterLoadBytes: trace[0].usedBytes,
    afterFirstSwitchBytes: trace[1]?.usedBytes ?? null,
    afterSwitchesBytes: last.usedBytes,
    lastSceneId: last.sceneId,
    lastSceneFirstShown: first,
    usedRatio: last.usedBytes / first.usedBytes,
    objectRatio: last.objectBytes / first.objectBytes,
    trace,
    geometriesAfterSwitches: renderer.geometries,
    texturesAfterSwitches: renderer.textures,
  };
  console.log(
    `used heap: after load ${mb(result.afterLoadBytes)}, after 1 switch ${mb(result.afterFirstSwitchBytes)}, after ${SWITCHES} ${mb(last.usedBytes)}; ${last.sceneId} against its first showing: used ×${result.usedRatio.toFixed(3)} (compiled code ${mb(first.codeBytes)} → ${mb(last.codeBytes)}), objects ×${result.objectRatio.toFixed(3)} (${mb(first.objectBytes)} → ${mb(last.objectBytes)})`,
  );
  return result;
}

/** V8's used heap after a GC; with `detailed`, a heap snapshot's objects, code and native parts. */
async function heapReading(cdp, detailed) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  if (!detailed) return { usedBytes: usedSize };
  const chunks = [];
  const collect = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return { usedBytes: usedSize, ...lib.snapshotSizes(JSON.parse(chunks.join(''))) };
}

/** Records a 3 s clip at 1280×720, 30 frames/s with `npm run record`; its own frames/s. */
async function measureRecording() {
  const script = join(root, 'scripts/record.mjs');
  if (!existsSync(script)) return { framesPerSec: null, reason: 'scripts/record.mjs not found' };
  // The recorder always serves dist/ (with --dist, that may be another build than the one above).
  const dir = mkdtempSync(join(tmpdir(), 'urverseny-bench-'));
  const clip = { scene: 'sputnik-1', from: 60, to: 63, fps: 30, size: '1280x720' };
  console.log(
    `\nRecording ${clip.to - clip.from} s of ${clip.scene} at ${clip.size}, ${clip.fps} frames/s`,
  );
  const started = Date.now();
  try {
    const { code, output } = await runNode([
      script,
      '--scene',
      clip.scene,
      '--from',
      String(clip.from),
      '--to',
      String(clip.to),
      '--fps',
      String(clip.fps),
      '--size',
      clip.size,
      '--out',
      join(dir, 'bench-clip.mp4'),
    ]);
    const wallSec = (Date.now() - started) / 1000;
    // "90 frames in 4:15: 0.35 frames/s": the recorder's own count and time, without start-up.
    const match = /(\d+) frames in ([\d:]+): ([\d.]+) frames\/s/.exec(output);
    if (code !== 0 || !match) {
      const reason = output.trim().split('\n').at(-1) || `exit code ${code}`;
      console.log(`recording failed: ${reason}`);
      return { framesPerSec: null, reason: `npm run record failed: ${reason}`, clip };
    }
    const frames = Number(match[1]);
    const recordSec = match[2].split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    const bytes = statSync(join(dir, 'bench-clip.mp4')).size;
    const framesPerSec = frames / recordSec;
    console.log(
      `${frames} frames in ${recordSec} s: ${framesPerSec.toFixed(2)} frames/s (${wallSec.toFixed(0)} s with start-up)`,
    );
    return {
      clip,
      build: 'dist',
      frames,
      recordSec,
      framesPerSec,
      framesPerSecWithStartup: frames / wallSec,
      wallSec,
      fileBytes: bytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Our numbers over the peer's, at each size (below 1: we are cheaper). */
function compare(results) {
  if (!results.peer || results.peer.skipped) return null;
  const peerBundle = results.peer.bundle;
  const bytes = {
    initialJsGzip: results.bundle.initialJs.gzipBytes / peerBundle.initialJs.gzipBytes,
    initialJsRaw: results.bundle.initialJs.rawBytes / peerBundle.initialJs.rawBytes,
    totalRaw: results.bundle.total.rawBytes / peerBundle.total.rawBytes,
    totalGzip: results.bundle.total.gzipBytes / peerBundle.total.gzipBytes,
  };
  const sizes = results.peer.frames.map((peer) => {
    const same = (r) => r.width === peer.width && r.height === peer.height;
    const row = results.results.find(
      (r) => same(r) && r.sceneId === 'sputnik-1' && r.quality === 'medium',
    );
    const pairs = (results.firstFrame?.pairs ?? []).filter(same);
    return {
      width: peer.width,
      height: peer.height,
      firstFrameWorst: pairs.length ? Math.max(...pairs.map((p) => p.ratio)) : null,
      medianFrameSputnikMedium: row ? row.medianFrameMs / peer.medianFrameMs : null,
      p95FrameSputnikMedium: row ? row.p95FrameMs / peer.p95FrameMs : null,
      transferToFirstFrameSputnik: (() => {
        const p = pairs.find((x) => x.sceneId === 'sputnik-1');
        return p ? p.oursTransfer.bytes / p.peerTransfer.bytes : null;
      })(),
    };
  });
  return { bytes, sizes };
}

function printSummary(results) {
  const b = results.bundle;
  const p = results.peer && !results.peer.skipped ? results.peer.bundle : null;
  const row = (label, mine, peer) =>
    console.log(`  ${label.padEnd(26)} ${mine.padStart(22)}  ${(peer ?? '–').padStart(22)}`);
  const pair = (x) => `${kb(x.rawBytes)} / ${kb(x.gzipBytes)}`;
  console.log('\nBytes (raw / gzip)              ours                    peer (CesiumJS)');
  row('initial JS', pair(b.initialJs), p && pair(p.initialJs));
  row('initial CSS', pair(b.initialCss), p && pair(p.initialCss));
  row(
    'all files',
    `${mb(b.total.rawBytes)} / ${mb(b.total.gzipBytes)}`,
    p && `${mb(p.total.rawBytes)} / ${mb(p.total.gzipBytes)}`,
  );
  for (const kind of Object.keys(b.byKind).sort())
    row(`  ${kind}`, pair(b.byKind[kind]), p?.byKind[kind] ? pair(p.byKind[kind]) : null);
  if (results.firstFrame?.pairs) {
    console.log(
      '\nFirst frame (cold, median of rounds)   ours       peer    ours/peer   fetched ours / peer',
    );
    for (const x of results.firstFrame.pairs)
      console.log(
        `  ${x.sceneId.padEnd(13)} ${sizeLabel(x).padEnd(10)} ${ms(x.oursMs).padStart(10)} ${ms(x.peerMs).padStart(10)} ${x.ratio.toFixed(2).padStart(9)}   ${mb(x.oursTransfer.bytes)} / ${mb(x.peerTransfer.bytes)}`,
      );
  }
  if (results.comparison)
    for (const s of results.comparison.sizes)
      console.log(
        `  frame time ${sizeLabel(s)}: Sputnik-1 medium / peer median ${s.medianFrameSputnikMedium?.toFixed(2) ?? '–'}, p95 ${s.p95FrameSputnikMedium?.toFixed(2) ?? '–'}`,
      );
  if (results.heap && !results.heap.skipped)
    console.log(
      `\nHeap (used): after load ${mb(results.heap.afterLoadBytes)}, after 1 switch ${mb(results.heap.afterFirstSwitchBytes)}, after ${results.heap.switches} ${mb(results.heap.afterSwitchesBytes)}; ${results.heap.lastSceneId} against its first showing: used ×${results.heap.usedRatio.toFixed(3)}, objects without compiled code ×${results.heap.objectRatio.toFixed(3)}`,
    );
  const rec = results.recording;
  console.log(
    rec?.framesPerSec
      ? `Recording 720p: ${rec.framesPerSec.toFixed(2)} frames/s (${rec.frames} frames)`
      : `Recording 720p: not measured (${rec?.reason})`,
  );
}
