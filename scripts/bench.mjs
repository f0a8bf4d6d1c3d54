#!/usr/bin/env node
// `npm run bench`: what a frame, a byte and a megabyte cost, in headless Chromium (SwiftShader
// here: compare ratios within one run, not absolute times between runs). Needs a build
// (`npm run build`) and Chromium. Writes bench/results.json and prints tables:
//
//   - per scene, quality tier and size: cold time to first frame, median and p95 frame time over
//     a fixed seek sequence, draw calls, triangles, geometries and textures alive, JS heap; at
//     the budgeted tier the draw calls and triangles are the scene's busiest frame (every camera
//     key, event, and each craft seen whole at each event: scripts/bench/busiest-frame.ts);
//   - the production build's bytes: initial JS and CSS (what index.html loads), all files;
//   - the peer (bench/peer-cesium: a minimal CesiumJS page with the same Sputnik-1 orbit, built
//     with the same Vite) measured by the same harness: first frame, bytes, frame time;
//   - paired cold first-frame rounds, ours and the peer's alternating, for the budget ratio;
//   - JS heap after load, after the first scene switch and after 20;
//   - recording speed at 720p (`npm run record`);
//   - the kiosk: ms from a restored WebGL context to its first drawn frame, and its cold start
//     with the service worker warm (a nightly restart) to the attract loop's first ready frame;
//   - the floor (bench/floor: a bare three.js lit, textured sphere drawn where each scene has the
//     Earth at each seek point, so both fill the same pixels) by the same harness, and each scene
//     and tier's median frame time over it (needs the frames phase).
//
// `--check` then checks bench/budgets.json and exits 1 listing each budget missed;
// `--check-only` checks the existing results file without measuring. Smaller runs for
// development: `--scenes sputnik-1 --sizes 1280x720 --qualities high --skip heap,record
// --out tmp/bench.json`; one phase alone: `--only kiosk-restore --out tmp/kiosk.json` (`--only first-frame` pairs
// cold starts with the peer's without its frame-time phase). `--help` lists every option.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { mb, ms, sizeLabel } from './bench/format.mjs';
import { prepareFloor } from './bench/floor.mjs';
import { preparePeer } from './bench/peer.mjs';
import {
  measureFloor,
  measureHeap,
  measurePeer,
  measureScene,
  pairedFirstFrames,
} from './bench/phases.mjs';
import { measureKioskColdStart } from './bench/kiosk-cold-start.mjs';
import { measureKioskRestore } from './bench/kiosk-restore.mjs';
import { measureRecordingScale } from './bench/recording-scale.mjs';
import { measureRecording } from './bench/recording-speed.mjs';
import { compare, printSummary } from './bench/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PEER_DIR = join(root, 'bench/peer-cesium');
const FLOOR_DIR = join(root, 'bench/floor');
const PHASES = [
  'frames',
  'floor',
  'peer',
  'first-frame',
  'heap',
  'record',
  'kiosk-restore',
  'kiosk-cold-start',
  'record-scale',
];

const USAGE = `Usage: npm run bench -- [options]

  --check                 check bench/budgets.json after measuring; exit 1 if any is missed
  --check-only            check the existing results file (--out) without measuring
  --scenes <a,b>          scene ids (default: every available scene)
  --sizes <WxH,…>         viewports (default: 1280x720,1920x1080)
  --qualities <a,b>       tiers (default: low,medium,high)
  --seeks <n>             seek points per scene for frame times (default 12)
  --frames <n>            frames timed after each seek (default 6)
  --rounds <n>            paired cold first-frame rounds, ours and the peer's, and kiosk cold
                          starts (default 3)
  --switches <n>          scene switches for the heap measurement (default 20)
  --restores <n>          WebGL context losses and restores timed in the kiosk (default 5)
  --skip <phase,…>        leave out any of ${PHASES.join(', ')}
  --only <phase,…>        run only these phases (the bundle's bytes are always measured);
                          record-scale (--jobs, dome cost; long) runs only when named here
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
      restores: { type: 'string', default: '5' },
      skip: { type: 'string', default: '' },
      only: { type: 'string' },
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
const RESTORES = count('restores');
const skip = new Set(options.skip.split(',').filter(Boolean));
for (const phase of skip) if (!PHASES.includes(phase)) fail(`--skip: unknown phase ${phase}`);
if (options.only !== undefined) {
  const only = options.only.split(',').filter(Boolean);
  for (const phase of only) if (!PHASES.includes(phase)) fail(`--only: unknown phase ${phase}`);
  for (const phase of PHASES) if (!only.includes(phase)) skip.add(phase);
} else skip.add('record-scale'); // tens of minutes in software: only when asked for by name
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
    restores: RESTORES,
    skipped: [...skip],
  },
  results: [],
  bundle: lib.measureBundle(distDir),
  firstFrame: null,
  heap: null,
  peer: null,
  comparison: null,
  recording: null,
  kioskRestore: null,
  kioskColdStart: null,
  floor: null,
};

// The paired first-frame rounds need the peer built even when its own phase is left out.
const peerReady =
  skip.has('peer') && skip.has('first-frame')
    ? { skipped: 'skipped (--skip peer)' }
    : await preparePeer({ root, peerDir: PEER_DIR, measureBundle: lib.measureBundle }).catch(
        (error) => fail(error.message),
      );
if (peerReady.skipped) console.log(`peer: ${peerReady.skipped}`);

// Playwright closes the browser on SIGTERM; say so, rather than leave only its "browser has
// been closed" from whatever page call was in flight (a `timeout` around a long run does this).
process.once('SIGTERM', () =>
  console.error('bench: stopped by SIGTERM; the browser closes and this run is incomplete'),
);
const ours = await serveStatic(distDir, { port: 4200 });
const peerServer = peerReady.skipped
  ? null
  : await serveStatic(join(PEER_DIR, 'dist'), { port: 4210, csp: false });
// The floor page: its frame times (the floor phase) and its cold first frame (the first-frame
// rounds, for reference).
if (!skip.has('floor') || !skip.has('first-frame'))
  await prepareFloor({ root, floorDir: FLOOR_DIR }).catch((error) => fail(error.message));
const floorServer =
  skip.has('floor') && skip.has('first-frame')
    ? null
    : await serveStatic(join(FLOOR_DIR, 'dist'), { port: 4220, csp: false });
const browser = await launchChromium();
run.machine.chromium = browser.version();
const budgetFile = lib.parseBudgets(
  JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')),
);
const ctx = {
  browser,
  // The busiest frame is searched for at the tier the frame budgets name (see phases.mjs).
  busiestQuality: budgetFile.budgets.find((b) => b.measure === 'drawCalls')?.quality ?? 'high',
  sceneFiles: new Map(),
  // Where each scene has the Earth at each seek point, per size: the floor draws its globe there.
  floorViews: skip.has('floor') ? null : new Map(),
  modelLengths: new Map(
    JSON.parse(readFileSync(join(root, 'models/catalog.json'), 'utf8')).map((m) => [
      m.id,
      m.lengthM,
    ]),
  ),
  oursUrl: ours.url,
  peerUrl: peerServer?.url ?? null,
  floorUrl: floorServer?.url ?? null,
  sizes: SIZES,
  seeks: SEEKS,
  framesPerSeek: FRAMES_PER_SEEK,
  rounds: ROUNDS,
  switches: SWITCHES,
  restores: RESTORES,
  lib,
};

try {
  const allScenes = await listScenes();
  const scenes = options.scenes ? options.scenes.split(',').map((s) => s.trim()) : allScenes;
  for (const id of scenes)
    if (!allScenes.includes(id)) fail(`--scenes: ${id} is not an available scene`);
  for (const id of scenes)
    ctx.sceneFiles.set(id, JSON.parse(readFileSync(join(root, 'scenes', `${id}.json`), 'utf8')));
  run.availableScenes = allScenes;

  if (!skip.has('frames')) {
    console.log('\nFrame cost: cold first frame, then frame times over a fixed seek sequence');
    for (const sceneId of scenes)
      for (const size of SIZES)
        for (const quality of QUALITIES) {
          const r = await measureScene(ctx, sceneId, size, quality);
          run.results.push(r);
          console.log(
            `${sceneId.padEnd(13)} ${sizeLabel(size).padEnd(10)} ${quality.padEnd(7)} first frame ${ms(r.firstFrameMs).padStart(8)}  median ${ms(r.medianFrameMs).padStart(7)}  p95 ${ms(r.p95FrameMs).padStart(7)}  calls ${String(r.drawCalls).padStart(3)}  triangles ${String(r.triangles).padStart(8)}  geometries ${r.geometries}  textures ${r.textures}  heap ${mb(r.heapAfterLoadBytes)}`,
          );
          if (r.busiest.probes)
            console.log(
              `${''.padEnd(32)}busiest of ${r.busiest.probes} frames: calls at ${r.busiest.drawCallsAt}; triangles at ${r.busiest.trianglesAt}`,
            );
        }
  }

  if (!skip.has('floor')) {
    run.floor = { frames: [], ratios: [] };
    console.log(
      '\nFloor (bare three.js lit, textured sphere where each scene has the Earth): frame times, and ours over it',
    );
    for (const size of SIZES) {
      const r = await measureFloor(ctx, floorServer.url, size);
      run.floor.frames.push(r);
      for (const floor of r.scenes) {
        console.log(
          `floor         ${sizeLabel(size).padEnd(10)} ${floor.sceneId.padEnd(13)} median ${ms(floor.medianFrameMs).padStart(7)}  p95 ${ms(floor.p95FrameMs).padStart(7)}`,
        );
        for (const ours of run.results.filter(
          (o) => o.sceneId === floor.sceneId && o.width === size.width && o.height === size.height,
        )) {
          const ratio = ours.medianFrameMs / floor.medianFrameMs;
          run.floor.ratios.push({
            sceneId: ours.sceneId,
            quality: ours.quality,
            width: size.width,
            height: size.height,
            oursMs: ours.medianFrameMs,
            floorMs: floor.medianFrameMs,
            ratio,
          });
          console.log(
            `  ${ours.sceneId.padEnd(13)} ${ours.quality.padEnd(7)} ×${ratio.toFixed(2)} the floor`,
          );
        }
      }
    }
  } else run.floor = { skipped: 'skipped (--skip floor)' };

  if (skip.has('peer')) run.peer = { skipped: 'skipped (--skip peer)' };
  else if (!peerReady.skipped) {
    run.peer = { ...peerReady, frames: [] };
    console.log(`\nPeer (CesiumJS): cold first frame, then frame times over ${SEEKS} seeks`);
    for (const size of SIZES) {
      const r = await measurePeer(ctx, size);
      run.peer.frames.push(r);
      console.log(
        `peer-cesium   ${sizeLabel(size).padEnd(10)}         first frame ${ms(r.firstFrameMs).padStart(8)}  median ${ms(r.medianFrameMs).padStart(7)}  p95 ${ms(r.p95FrameMs).padStart(7)}  heap ${mb(r.heapAfterLoadBytes)}`,
      );
    }
  } else run.peer = { skipped: peerReady.skipped };

  run.firstFrame = skip.has('first-frame')
    ? { skipped: 'skipped (--skip first-frame)' }
    : peerServer
      ? await pairedFirstFrames(ctx, scenes)
      : { skipped: run.peer.skipped };
  run.heap = skip.has('heap')
    ? { skipped: 'skipped (--skip heap)' }
    : await measureHeap(ctx, allScenes);
  run.kioskRestore = skip.has('kiosk-restore')
    ? { skipped: 'skipped (--skip kiosk-restore)' }
    : await measureKioskRestore(ctx, scenes);
  run.kioskColdStart = skip.has('kiosk-cold-start')
    ? { skipped: 'skipped (--skip kiosk-cold-start)' }
    : await measureKioskColdStart(ctx, scenes);
} finally {
  await browser.close();
  ours.server.close();
  peerServer?.server.close();
  floorServer?.server.close();
}

run.recording = skip.has('record')
  ? { framesPerSec: null, reason: 'skipped (--skip record)' }
  : await measureRecording(root);
if (!skip.has('record-scale')) run.recordingScale = await measureRecordingScale(root);
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
