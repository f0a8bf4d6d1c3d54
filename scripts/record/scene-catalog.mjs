// The scene catalog as the app builds it, read from the checkout: the recorder and record:join
// plan clips against the same scenes, models and text the built app shows.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

/** `core` is src/core/record/record-cli.ts loaded through Vite's runner. */
export async function loadSceneCatalog(root, core) {
  const files = Object.fromEntries(
    readdirSync(resolve(root, 'scenes'))
      .filter((name) => name.endsWith('.json') && name !== 'schema.json')
      .map((name) => [`scenes/${name}`, readFileSync(resolve(root, 'scenes', name), 'utf8')]),
  );
  const { MODEL_CATALOG } = (await runnerImport('/models/registry.ts', { root, logLevel: 'error' }))
    .module;
  return core.buildCatalog(
    files,
    readFileSync(resolve(root, 'scenes/text/hu.txt'), 'utf8'),
    MODEL_CATALOG,
  );
}
