#!/usr/bin/env node
// Writes src/sputnik-1.json: the SGP4 element set the app itself fits to scenes/sputnik-1.json
// (src/core/orbit/fit-element-set.ts), so the peer propagates exactly the same orbit with
// satellite.js. Run from the repository root: `node bench/peer-cesium/write-elements.mjs`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { module } = await runnerImport('/src/core/script/scene-catalog.ts', {
  root,
  logLevel: 'error',
});
const files = Object.fromEntries(
  readdirSync(`${root}scenes`)
    .filter((name) => name === 'sputnik-1.json')
    .map((name) => [`scenes/${name}`, readFileSync(`${root}scenes/${name}`, 'utf8')]),
);
const { module: registry } = await runnerImport('/models/registry.ts', { root, logLevel: 'error' });
const [entry] = module.buildCatalog(
  files,
  readFileSync(`${root}scenes/text/hu.txt`, 'utf8'),
  registry.MODEL_CATALOG,
);
if (!entry?.scene) throw new Error(`scenes/sputnik-1.json did not load: ${entry?.error}`);
const body = entry.scene.bodies.find((b) => b.id === 'sputnik-1');
if (!body?.elements) throw new Error('sputnik-1 has no fitted element set');
const iso = (ms) => new Date(ms).toISOString();
const out = {
  $comment:
    'Fitted by the app (src/core/orbit/fit-element-set.ts) to scenes/sputnik-1.json; regenerate with `node bench/peer-cesium/write-elements.mjs`.',
  name: 'SPUTNIK 1',
  catalogNumber: 1,
  sceneStartUtc: iso(entry.scene.timeline.startUtcMs),
  sceneEndUtc: iso(entry.scene.timeline.endUtcMs),
  epochUtc: iso(body.elements.epochUtcMs),
  meanMotionRevPerDay: body.elements.meanMotionRevPerDay,
  eccentricity: body.elements.eccentricity,
  inclinationDeg: body.elements.inclinationDeg,
  raanDeg: body.elements.raanDeg,
  argPerigeeDeg: body.elements.argPerigeeDeg,
  meanAnomalyDeg: body.elements.meanAnomalyDeg,
  bstar: body.elements.bstar,
};
const path = fileURLToPath(new URL('src/sputnik-1.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${path.slice(root.length)}`);
