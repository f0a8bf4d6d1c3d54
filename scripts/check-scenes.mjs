#!/usr/bin/env node
// `npm run check-scenes [-- scenes/<id>.json …]`: loads every scene file (or the ones named) the
// way the app does and prints each problem as `file path: expected …, found …`. Exit code 1 if
// any file has a problem, 2 for a bad argument.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const bad = args.find((a) => !a.endsWith('.json'));
if (bad) {
  console.error(`check-scenes: expected scene files like scenes/sputnik-1.json, found "${bad}"`);
  process.exit(2);
}
const files =
  args.length > 0
    ? args
    : readdirSync(resolve(root, 'scenes'))
        .filter((name) => name.endsWith('.json') && name !== 'schema.json')
        .map((name) => `scenes/${name}`);
const load = (module) => runnerImport(module, { root, logLevel: 'error' }).then((m) => m.module);
const [{ loadScene }, { MODEL_CATALOG }] = await Promise.all([
  load('/src/core/script/load-scene.ts'),
  load('/models/registry.ts'),
]);
const sourceText = readFileSync(resolve(root, 'scenes/text/hu.txt'), 'utf8');

let failed = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch (error) {
    console.error(`check-scenes: cannot read ${file}: ${error.code ?? error.message}`);
    process.exit(2);
  }
  try {
    const scene = loadScene(file, text, sourceText, MODEL_CATALOG);
    console.log(`ok  ${file} (${scene.id}, ${Math.round(scene.timeline.durationSec)} s)`);
  } catch (error) {
    failed++;
    console.error(error.message);
  }
}
process.exit(failed > 0 ? 1 : 0);
