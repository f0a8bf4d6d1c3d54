#!/usr/bin/env node
// `npm run solve -- scenes/<id>.json`: solves the numbers the scene file asks to be solved
// (burns at apsides, laterPass, rendezvous.solve: src/core/script/solve-scene.ts), writes them
// back into the file and prints what it found. Run after changing a documented number.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const [path, ...extra] = process.argv.slice(2);
if (!path || extra.length > 0 || !path.endsWith('.json')) {
  console.error('usage: npm run solve -- scenes/<id>.json');
  process.exit(2);
}
let text;
try {
  text = readFileSync(resolve(path), 'utf8');
} catch (error) {
  console.error(`solve: cannot read ${path}: ${error.code ?? error.message}`);
  process.exit(2);
}
const load = (module) => runnerImport(module, { root, logLevel: 'error' }).then((m) => m.module);
const [{ solveScene }, { sceneSchema }, { SceneError }, { problemsFromZod }, { MODEL_CATALOG }] =
  await Promise.all([
    load('/src/core/script/solve-scene.ts'),
    load('/src/core/script/schema.ts'),
    load('/src/core/script/scene-error.ts'),
    load('/src/core/script/zod-problems.ts'),
    load('/models/registry.ts'),
  ]);

let raw;
try {
  raw = JSON.parse(text);
} catch (error) {
  console.error(`${path}: not valid JSON: ${error.message}`);
  process.exit(1);
}
const parsed = sceneSchema.safeParse(raw);
if (!parsed.success) {
  console.error(new SceneError(path, problemsFromZod(parsed.error.issues)).message);
  process.exit(1);
}
let solved;
try {
  solved = solveScene(parsed.data, MODEL_CATALOG);
} catch (error) {
  console.error(`${path}: ${error.message}`);
  process.exit(1);
}

// Only the solved numbers change; defaults the schema filled in are not written back.
for (const [i, body] of raw.bodies.entries()) {
  const t = body.trajectory;
  const s = solved.scene.bodies[i].trajectory;
  if (t.kind !== 'sgp4-documented') continue;
  for (const key of ['lagSec', 'crossTrackKm'])
    if (s.passOver[key] !== undefined) t.passOver[key] = s.passOver[key];
  t.argPerigeeDeg = s.argPerigeeDeg;
  for (const [k, burn] of (t.burns ?? []).entries()) {
    burn.utc = s.burns[k].utc;
    for (const key of ['apogeeKm', 'perigeeKm'])
      if (burn[key] !== undefined) burn[key] = s.burns[k][key];
  }
}
writeFileSync(resolve(path), `${JSON.stringify(raw, null, 2)}\n`);
for (const line of solved.report) console.log(line);
