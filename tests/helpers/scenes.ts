import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODEL_CATALOG } from '../../models/registry.ts';
import { loadScene } from '../../src/core/script/load-scene.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const sourceText = readFileSync(`${root}scenes/text/hu.txt`, 'utf8');

export function readSceneText(id: string): string {
  return readFileSync(`${root}scenes/${id}.json`, 'utf8');
}

export function loadRepoScene(id: string) {
  return loadScene(`scenes/${id}.json`, readSceneText(id), sourceText, MODEL_CATALOG);
}

export { MODEL_CATALOG, root };
