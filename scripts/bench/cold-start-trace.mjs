#!/usr/bin/env node
// Where a cold start's time goes: loads one page of the app in a fresh browser context (empty
// cache) with a Chrome trace running, and breaks the time to the ready frame down into fetches,
// image decoding, texture uploads and mipmap generation, shader compilation, JavaScript by the
// app's own functions (atmosphere tables, scene compilation, React's render and commit), fonts
// and garbage collection. Names need an unminified build: with `--build` it makes one
// (`vite build --minify false`) in tmp/cold-start-dist first.
//
//   node scripts/bench/cold-start-trace.mjs --build [--url '?scene=sputnik-1&t=0&quality=medium']
//        [--size 1280x720] [--runs 3] [--trace tmp/cold-start.json] [--json tmp/cold-start-breakdown.json]
//
// Times are milliseconds from navigation start. Main-thread costs are summed where they
// happened; waits that overlap (a fetch in flight while JavaScript runs) are reported as spans.
// WebGL calls only queue commands for the GPU process, so a call's time on the main thread is
// what it blocked there (a texture copied into shared memory, a shader's link status awaited);
// the work itself (mipmap generation, compilation, SwiftShader's drawing) shows as the GPU
// process's busy time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../headless-chromium.mjs';
import { serveStatic } from '../static-server.mjs';
import { firstReadyFrame, timeFirstReadyFrame } from './first-ready-frame.mjs';
import { settleGpu } from './gpu-settle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const USAGE = `Usage: node scripts/bench/cold-start-trace.mjs [options]
  --build            build an unminified copy of the app into tmp/cold-start-dist first
  --dist <dir>       the build to load (default: tmp/cold-start-dist)
  --url <query>      page query (default: ?scene=sputnik-1&t=0&quality=medium)
  --size <WxH>       viewport (default: 1280x720)
  --runs <n>         cold loads; the table shows each run's numbers and their median (default 3)
  --trace <file>     also write the last run's raw trace (Chrome's JSON trace format)
  --json <file>      write the breakdown as JSON`;

let options;
try {
  options = parseArgs({
    options: {
      build: { type: 'boolean', default: false },
      dist: { type: 'string', default: 'tmp/cold-start-dist' },
      url: { type: 'string', default: '?scene=sputnik-1&t=0&quality=medium' },
      size: { type: 'string', default: '1280x720' },
      runs: { type: 'string', default: '3' },
      trace: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  console.error(`cold-start-trace: ${error.message}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizeMatch = /^(\d+)x(\d+)$/.exec(options.size);
const runs = Number(options.runs);
if (!sizeMatch || !Number.isInteger(runs) || runs < 1) {
  console.error('cold-start-trace: --size must be WxH and --runs a whole number ≥ 1');
  process.exit(2);
}
const viewport = { width: Number(sizeMatch[1]), height: Number(sizeMatch[2]) };
const distDir = resolve(root, options.dist);
if (options.build) {
  console.log(`building an unminified copy into ${options.dist} ...`);
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--minify',
      'false',
      '--outDir',
      distDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}

/**
 * Functions of the app and its libraries whose inclusive time (CPU profile samples under them)
 * is reported, by the name in an unminified build.
 */
const FUNCTIONS = {
  'atmosphere tables': ['computeAtmosphereTables'],
  'atmosphere textures (half floats)': ['createAtmosphereTextures'],
  'scene compilation': ['compileSceneFile', 'compileScene'],
  'scene catalogue': ['readCatalog', 'buildCatalog'],
  'React render + commit': [
    'performWorkOnRoot',
    'performSyncWorkOnRoot',
    'performWorkOnRootViaSchedulerTask',
  ],
  'three: shader programs (build + link checks)': ['WebGLProgram', 'getProgram', 'acquireProgram'],
  'three: texture upload': ['uploadTexture', 'setTexture2D'],
};

// Runs in the page before anything else: times the WebGL calls that block the main thread.
function instrumentWebGl() {
  const totals = {};
  const add = (kind, ms) => {
    const entry = (totals[kind] ??= { calls: 0, ms: 0, first: null, last: null });
    entry.calls++;
    entry.ms += ms;
    const now = performance.now();
    entry.first ??= now - ms;
    entry.last = now;
  };
  const KINDS = {
    texImage2D: 'texture upload',
    texSubImage2D: 'texture upload',
    texImage3D: 'texture upload',
    texStorage2D: 'texture upload',
    compressedTexImage2D: 'texture upload (compressed)',
    compressedTexSubImage2D: 'texture upload (compressed)',
    generateMipmap: 'mipmap generation',
    compileShader: 'shader compile + link',
    linkProgram: 'shader compile + link',
    getProgramParameter: 'shader compile + link',
    getShaderParameter: 'shader compile + link',
    getProgramInfoLog: 'shader compile + link',
    getShaderInfoLog: 'shader compile + link',
    getShaderPrecisionFormat: 'shader compile + link',
  };
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype])
    for (const [name, kind] of Object.entries(KINDS)) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        const start = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          add(kind, performance.now() - start);
        }
      };
    }
  window.__coldStart = { webgl: totals, marks: {} };
  const mark = (name) => (window.__coldStart.marks[name] ??= performance.now());
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__coldStart.marks[entry.name] ??= entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  document.fonts.ready.then(() => mark('fonts ready'));
}

async function readTrace(cdp) {
  const done = new Promise((resolveDone) => cdp.once('Tracing.tracingComplete', resolveDone));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream });
    text += base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data;
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'loading',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
].join(',');

async function coldRun(browser, url) {
  await settleGpu(browser);
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(instrumentWebGl);
  await timeFirstReadyFrame(context, '__coldStartFrame');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES.split(','), recordMode: 'recordUntilFull' },
  });
  const resources = [];
  page.on('requestfinished', async (request) => {
    const timing = request.timing();
    const size = await request
      .sizes()
      .then((s) => s.responseBodySize)
      .catch(() => 0);
    resources.push({ url: request.url(), timing, size });
  });
  await page.goto(url);
  const { apiMs, readyMs, completeMs } = await firstReadyFrame(page, '__coldStartFrame', {
    timeout: 60_000,
  });
  const inPage = await page.evaluate(() => ({
    ...window.__coldStart,
    timeOrigin: performance.timeOrigin,
    resources: performance.getEntriesByType('resource').map((e) => ({
      name: e.name,
      start: e.startTime,
      end: e.responseEnd,
      bytes: e.encodedBodySize,
    })),
  }));
  inPage.marks['automation API defined'] = apiMs;
  inPage.marks['first complete frame'] = completeMs;
  inPage.marks['full-quality ready frame'] = readyMs;
  const events = await readTrace(cdp);
  await context.close();
  return { inPage, events, resources };
}

/** Thread names by "pid:tid", from the trace's metadata. */
function threadNames(events) {
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  return names;
}

/** The busiest thread of a name (the page's renderer main thread, the GPU process's main thread). */
function busiestThread(events, names, wanted) {
  const busy = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || typeof e.dur !== 'number') continue;
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) === wanted) busy.set(key, (busy.get(key) ?? 0) + e.dur / 1000);
  }
  const best = [...busy].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid, tid, busyMs: best[1] };
}

/** Inclusive ms under each named function, from the CPU profile's samples. */
function profileTimes(events, thread) {
  const nodes = new Map();
  const samples = [];
  const deltas = [];
  for (const e of events) {
    if (e.pid !== thread.pid) continue;
    if (e.name !== 'ProfileChunk' && e.name !== 'Profile') continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    samples.push(...(data?.cpuProfile?.samples ?? []));
    deltas.push(...(data?.timeDeltas ?? []));
  }
  const stackNames = new Map();
  const namesOf = (id) => {
    if (stackNames.has(id)) return stackNames.get(id);
    const node = nodes.get(id);
    const names = new Set(node?.parent ? namesOf(node.parent) : []);
    if (node?.callFrame?.functionName) names.add(node.callFrame.functionName);
    stackNames.set(id, names);
    return names;
  };
  const totals = {};
  let idle = 0;
  let sampled = 0;
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const names = namesOf(samples[i]);
    sampled += ms;
    if (names.has('(idle)') || names.has('(program)')) idle += ms;
    for (const [label, wanted] of Object.entries(FUNCTIONS))
      if (wanted.some((name) => names.has(name))) totals[label] = (totals[label] ?? 0) + ms;
  }
  return { totals, idleMs: idle, sampledMs: sampled };
}

const DECODE = new Set(['Decode Image', 'ImageDecodeTask', 'Decode LazyPixelRef', 'Image Decode']);
const GC = /GC|Collect/;

/** Sums complete events by kind: on the main thread and elsewhere. */
function eventTimes(events, thread) {
  const out = { decodeMainMs: 0, decodeOffMainMs: 0, gcMainMs: 0, scriptEvalMs: 0, parseHtmlMs: 0 };
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const onMain = e.pid === thread.pid && e.tid === thread.tid;
    const ms = e.dur / 1000;
    if (DECODE.has(e.name)) {
      if (onMain) out.decodeMainMs += ms;
      else out.decodeOffMainMs += ms;
    } else if (
      onMain &&
      (e.name === 'MajorGC' ||
        e.name === 'MinorGC' ||
        (GC.test(e.name) && e.cat.includes('devtools')))
    )
      out.gcMainMs += ms;
    else if (onMain && (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule'))
      out.scriptEvalMs += ms;
    else if (onMain && e.name === 'ParseHTML') out.parseHtmlMs += ms;
  }
  return out;
}

function kindOfUrl(url) {
  const path = new URL(url).pathname;
  if (/\.(jpg|png|webp)$/.test(path)) return 'textures (images)';
  if (/\.wasm$|basis_transcoder/.test(path)) return 'texture transcoder';
  if (/\.woff2?$/.test(path)) return 'fonts';
  if (/\.js$/.test(path)) return 'JavaScript';
  if (/\.glb$/.test(path)) return 'models';
  if (/\.bin$/.test(path)) return 'data (stars, coastlines)';
  if (/\.css$/.test(path)) return 'CSS';
  return 'other';
}

function fetchSpans(resources) {
  const spans = {};
  for (const r of resources) {
    const kind = kindOfUrl(r.name);
    const span = (spans[kind] ??= { files: 0, bytes: 0, start: Infinity, end: 0 });
    span.files++;
    span.bytes += r.bytes;
    span.start = Math.min(span.start, r.start);
    span.end = Math.max(span.end, r.end);
  }
  return spans;
}

function breakdown({ inPage, events }) {
  const names = threadNames(events);
  const thread = busiestThread(events, names, 'CrRendererMain');
  if (!thread) throw new Error('the trace names no renderer main thread');
  const gpu = busiestThread(events, names, 'CrGpuMain');
  return {
    marks: inPage.marks,
    webgl: inPage.webgl,
    functions: profileTimes(events, thread),
    events: eventTimes(events, thread),
    mainBusyMs: thread.busyMs,
    gpuBusyMs: gpu?.busyMs ?? null,
    fetches: fetchSpans(inPage.resources),
  };
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function rows(results) {
  const get = (fn) => results.map((r) => fn(r));
  const table = [];
  const row = (label, fn) => {
    const values = get(fn);
    if (values.every((v) => v === undefined || v === null)) return;
    table.push({ label, values, median: median(values) });
  };
  const markNames = [...new Set(results.flatMap((r) => Object.keys(r.marks)))].sort(
    (a, b) => (results[0].marks[a] ?? Infinity) - (results[0].marks[b] ?? Infinity),
  );
  for (const name of markNames) row(`at: ${name}`, (r) => r.marks[name]);
  const fetchKinds = new Set(results.flatMap((r) => Object.keys(r.fetches)));
  for (const kind of fetchKinds) {
    row(`fetch ${kind}: from`, (r) => r.fetches[kind]?.start);
    row(`fetch ${kind}: until`, (r) => r.fetches[kind]?.end);
    row(`fetch ${kind}: kB`, (r) => (r.fetches[kind] ? r.fetches[kind].bytes / 1000 : undefined));
  }
  row('image decode, main thread', (r) => r.events.decodeMainMs);
  row('image decode, other threads', (r) => r.events.decodeOffMainMs);
  const glKinds = new Set(results.flatMap((r) => Object.keys(r.webgl)));
  for (const kind of glKinds) row(`WebGL ${kind} (main thread)`, (r) => r.webgl[kind]?.ms ?? 0);
  for (const label of Object.keys(FUNCTIONS))
    row(`JS ${label} (main thread)`, (r) => r.functions.totals[label] ?? 0);
  row('JS evaluate scripts/modules', (r) => r.events.scriptEvalMs);
  row('garbage collection, main thread', (r) => r.events.gcMainMs);
  row('renderer main thread busy (tasks)', (r) => r.mainBusyMs);
  row(
    'GPU process main thread busy (tasks: SwiftShader draws, compiles, uploads)',
    (r) => r.gpuBusyMs,
  );
  return table;
}

const server = await serveStatic(distDir, { port: 4230 });
const browser = await launchChromium();
const results = [];
let lastEvents = null;
try {
  const url = `${server.url}${options.url}`;
  for (let i = 0; i < runs; i++) {
    const load = loadavg()[0];
    const run = await coldRun(browser, url);
    lastEvents = run.events;
    const b = breakdown(run);
    b.loadAverage1m = Number(load.toFixed(2));
    results.push(b);
    console.log(
      `run ${i + 1}: load ${b.loadAverage1m}, ready ${fmt(b.marks['full-quality ready frame'])}`,
    );
  }
} finally {
  await browser.close();
  server.server.close();
}

function fmt(value) {
  return typeof value === 'number' ? `${Math.round(value)} ms` : '—';
}

const table = rows(results);
console.log(
  `\n${options.url} at ${options.size}, ${runs} cold runs (ms unless noted; median last)`,
);
for (const r of table)
  console.log(
    `${r.label.padEnd(58)} ${r.values.map((v) => fmt(v).replace(' ms', '').padStart(7)).join(' ')}  | ${fmt(r.median).replace(' ms', '').padStart(7)}`,
  );
if (options.json) {
  const out = resolve(root, options.json);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ url: options.url, viewport, runs: results, table }, null, 2));
}
if (options.trace && lastEvents) {
  const out = resolve(root, options.trace);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ traceEvents: lastEvents }));
  console.log(`trace: ${join(options.trace)} (open in chrome://tracing or the Performance panel)`);
}
