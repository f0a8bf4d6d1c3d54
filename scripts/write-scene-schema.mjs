#!/usr/bin/env node
// Writes scenes/schema.json from the zod schema in src/core/script/schema.ts, so scene files
// get editor autocompletion through their "$schema" key, and models/catalog.json from the models'
// own declarations (what the app's scene loader reads). A unit test fails if either is stale.
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/src/core/script/schema.ts');
const { module: registry } = await runnerImport('/models/registry.ts');
const schema = {
  title: 'Űrverseny scene',
  ...module.sceneJsonSchema([...registry.MODEL_CATALOG.keys()]),
};
writeFileSync(
  new URL('../scenes/schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
console.log('wrote scenes/schema.json');
writeFileSync(
  new URL('../models/catalog.json', import.meta.url),
  `${JSON.stringify(registry.modelCatalogFile(), null, 2)}\n`,
);
console.log('wrote models/catalog.json');
