#!/usr/bin/env node
// `npm run bench:soak`: the kiosk's attract loop, accelerated, for many scene cycles in headless
// Chromium, sampling the JS heap (after a forced garbage collection, over the DevTools protocol)
// and three's renderer.info.memory (geometries, textures) as it goes. Prints the numbers and a
// verdict, writes bench/soak.json. The browser test (tests/e2e/kiosk.test.ts) runs a short one.
//
//   node scripts/soak.mjs [--cycles 200] [--every 1] [--rate 10000] [--size 320x180]
//                         [--scenes a,b] [--out bench/soak.json]
//
// Needs a build (npm run build; URVERSENY_DIST=<dir> for another folder) and Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

/** Moments of a scene drawn before each sample. */
const SWEEP_POINTS = 24;

/** Least-squares slope of y over x. */
export function slope(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * Judges a soak run. Heap: the fitted growth over the run (after the first `warmupCycles`) must
 * stay under `heapNoiseMB`. Renderer: scene by scene, the GPU objects alive (geometries,
 * textures) at its last sample must not exceed those at its first sample after warm-up. Each
 * sample is taken after the same sweep through the scene (see `soak`), so a scene that frees
 * what it used shows the same counts every time, and a leak raises them cycle after cycle.
 * `loopScenes`: the scenes the loop played; each must have at least two samples after warm-up
 * (else its leak could not show), and `unsampled` lists those that have not.
 */
export function judgeSoak(samples, { warmupCycles = 6, heapNoiseMB = 3, loopScenes = [] } = {}) {
  const steady = samples.filter((s) => s.cycle > warmupCycles);
  const heapGrowthMB =
    steady.length >= 2
      ? slope(
          steady.map((s) => s.cycle),
          steady.map((s) => s.heapMB),
        ) *
        (steady.at(-1).cycle - steady[0].cycle)
      : 0;
  const third = Math.max(1, Math.floor(steady.length / 3));
  const floor = (list, key) => Math.min(...list.map((s) => s[key]));
  const scenes = {};
  for (const s of steady) {
    // A tier draws other maps and passes: counts compare within a scene at one tier (the kiosk
    // picks its tier from measured frame times, and may change it once the soak is under way).
    const seen = (scenes[s.quality ? `${s.sceneId} (${s.quality})` : s.sceneId] ??= {
      samples: 0,
      geometries: [s.geometries, s.geometries],
      textures: [s.textures, s.textures],
    });
    seen.samples++;
    seen.geometries[1] = s.geometries;
    seen.textures[1] = s.textures;
  }
  const sceneList = Object.values(scenes);
  const unsampled = [...new Set(loopScenes)].filter(
    (id) => steady.filter((s) => s.sceneId === id).length < 2,
  );
  return {
    heapGrowthMB: Math.round(heapGrowthMB * 100) / 100,
    // The heap's floor (fewest MB after a GC) in the first and the last third, for the report.
    heapFloorMB: steady.length
      ? [floor(steady.slice(0, third), 'heapMB'), floor(steady.slice(-third), 'heapMB')]
      : [],
    heapOk: heapGrowthMB < heapNoiseMB,
    /** Per scene (and tier, where the samples name it): [first, last] geometries and textures alive after the sweep. */
    renderer: scenes,
    /** Scenes of the loop with fewer than two samples after warm-up: their GPU objects went unchecked. */
    unsampled,
    rendererOk:
      sceneList.length > 0 &&
      unsampled.length === 0 &&
      sceneList.every((r) => r.geometries[1] <= r.geometries[0] && r.textures[1] <= r.textures[0]),
  };
}

/** "sputnik-1 4 → 4 geometries, 6 → 6 textures; …" */
export function formatRenderer(renderer) {
  return Object.entries(renderer)
    .map(
      ([id, r]) =>
        `${id} ${r.geometries.join(' → ')} geometries, ${r.textures.join(' → ')} textures`,
    )
    .join('; ');
}

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 2 ** 20) * 100) / 100;
}

/**
 * Runs the attract loop in `page` (already at `?kiosk…`) until `cycles` scenes have started,
 * sampling after each new one. Returns the samples and the console errors seen.
 */
export async function soak(
  page,
  {
    cycles,
    sampleEvery = 1,
    log = () => {},
    timeoutMs = 60 * 60 * 1000,
    // Go on past `cycles` until this many samples come after cycle `warmupCycles`: a slow sweep
    // lets the loop run on several cycles, which would leave too few samples to fit the heap.
    warmupCycles = 0,
    minSteadySamples = 0,
  },
) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.waitForFunction(() => window.urverseny?.kiosk !== undefined, undefined, {
    timeout: 60_000,
  });
  const samples = [];
  const started = Date.now();
  let last = 0;
  const steady = () => samples.filter((s) => s.cycle > warmupCycles).length;
  while (last < cycles || steady() < minSteadySamples) {
    if (Date.now() - started > timeoutMs) throw new Error(`soak: only ${last} cycles in time`);
    // The next scene started and has drawn a frame with everything loaded.
    const reading = await page.waitForFunction(
      (after) => {
        const api = window.urverseny;
        const health = api.kiosk.health();
        return health.cycles > after && api.state().pending.length === 0
          ? { reloads: health.reloads, remounts: health.remounts }
          : false;
      },
      // The next cycle to sample: every `sampleEvery`-th one.
      last + sampleEvery - 1,
      { timeout: 120_000, polling: 50 },
    );
    const { reloads, remounts } = await reading.jsonValue();
    // Hold the loop and sweep through this scene, a ready frame at each of `SWEEP_POINTS`
    // moments: three uploads a texture or geometry only when its object is first drawn, so
    // after the same sweep every sample of a scene holds everything the scene can show.
    const swept = await page.evaluate(async (points) => {
      const api = window.urverseny;
      const cycle = api.kiosk.health().cycles;
      api.pause();
      // Short of the end: an ended scene makes the attract loop move on.
      const duration = api.state().durationSec;
      for (let i = 0; i < points; i++) await api.seek((duration * i) / points);
      await api.seek(0);
      return api.kiosk.health().cycles === cycle
        ? {
            cycle,
            sceneId: api.state().sceneId,
            quality: api.state().quality,
            memory: api.renderer(),
          }
        : null;
    }, SWEEP_POINTS);
    if (!swept) throw new Error('soak: the attract loop moved on during a sweep');
    const { cycle, sceneId, quality, memory } = swept;
    const sample = {
      cycle,
      sceneId,
      quality,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      heapMB: await heapMB(cdp),
      geometries: memory.geometries,
      textures: memory.textures,
      reloads,
      remounts,
    };
    await page.evaluate(() => window.urverseny.play());
    samples.push(sample);
    log(sample);
    last = cycle;
  }
  return { samples, errors };
}

async function main() {
  const { values } = parseArgs({
    options: {
      cycles: { type: 'string', default: '200' },
      // Every cycle: a stride of 2 over the six-scene loop comes back to the same three scenes.
      every: { type: 'string', default: '1' },
      rate: { type: 'string', default: '10000' },
      size: { type: 'string', default: '320x180' },
      scenes: { type: 'string' },
      out: { type: 'string', default: 'bench/soak.json' },
    },
  });
  const cycles = Number(values.cycles);
  const [width, height] = values.size.split('x').map(Number);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { server, url } = await serveStatic(process.env.URVERSENY_DIST ?? join(root, 'dist'), {
    port: 4380,
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    const scenes = values.scenes ? `&scenes=${encodeURIComponent(values.scenes)}` : '';
    await page.goto(`${url}?kiosk&quality=low&rate=${values.rate}${scenes}`);
    console.log(
      `Soak: ${cycles} attract cycles at ${values.rate}×, ${width}×${height}, quality low`,
    );
    const { samples, errors } = await soak(page, {
      cycles,
      sampleEvery: Number(values.every),
      log: (s) =>
        (s.cycle % 10 === 0 || process.env.SOAK_VERBOSE) &&
        console.log(
          `  cycle ${String(s.cycle).padStart(4)}  ${s.seconds.toFixed(0).padStart(5)} s  heap ${s.heapMB.toFixed(1)} MB  ` +
            `${s.geometries} geometries  ${s.textures} textures  (${s.sceneId})`,
        ),
    });
    // The scenes the loop played (its last starts: more than one loop of six).
    const loopScenes = await page.evaluate(() =>
      window.urverseny.kiosk.recent().map((start) => start.sceneId),
    );
    const verdict = judgeSoak(samples, { loopScenes });
    const first = samples.find((s) => s.cycle > 6) ?? samples[0];
    const lastSample = samples.at(-1);
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      cycles: lastSample.cycle,
      seconds: lastSample.seconds,
      rate: Number(values.rate),
      viewport: `${width}x${height}`,
      start: first,
      end: lastSample,
      ...verdict,
      consoleErrors: errors,
      samples,
    };
    mkdirSync(dirname(join(root, values.out)), { recursive: true });
    writeFileSync(join(root, values.out), `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `\nHeap after GC: ${first.heapMB} MB at cycle ${first.cycle} → ${lastSample.heapMB} MB at cycle ${lastSample.cycle} ` +
        `(fitted growth ${verdict.heapGrowthMB} MB; floor ${verdict.heapFloorMB.join(' → ')} MB) ${verdict.heapOk ? 'ok' : 'GROWING'}`,
    );
    console.log(
      `Renderer (alive after the sweep, first sample → last, per scene): ${formatRenderer(verdict.renderer)} ` +
        `${verdict.rendererOk ? 'ok' : verdict.unsampled.length ? `UNCHECKED: ${verdict.unsampled.join(', ')} sampled fewer than twice` : 'GROWING'}`,
    );
    console.log(
      `Reloads ${lastSample.reloads}, remounts ${lastSample.remounts}, console errors ${errors.length}; wrote ${values.out}`,
    );
    if (!verdict.heapOk || !verdict.rendererOk || errors.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
