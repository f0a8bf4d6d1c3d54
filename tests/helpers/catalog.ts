import { readdirSync, readFileSync } from 'node:fs';
import { buildCatalog } from '../../src/core/script/scene-catalog.ts';
import { MODEL_CATALOG, root, sourceText } from './scenes.ts';

/** Every scene file in scenes/, as the app's catalog (so new scenes are covered when they land). */
export function repoCatalog() {
  const files = Object.fromEntries(
    readdirSync(`${root}scenes`)
      .filter((name) => name.endsWith('.json') && name !== 'schema.json')
      .map((name) => [`scenes/${name}`, readFileSync(`${root}scenes/${name}`, 'utf8')]),
  );
  return buildCatalog(files, sourceText, MODEL_CATALOG);
}
