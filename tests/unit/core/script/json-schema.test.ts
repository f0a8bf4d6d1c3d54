import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelCatalogFile } from '../../../../models/registry.ts';
import { sceneJsonSchema } from '../../../../src/core/script/schema.ts';
import { MODEL_CATALOG, readSceneText, root } from '../../../helpers/scenes.ts';

describe('scenes/schema.json', () => {
  it('is generated from the current zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(`${root}scenes/schema.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    const { title: _title, ...rest } = committed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(sceneJsonSchema([...MODEL_CATALOG.keys()]))));
  });

  it('models/catalog.json holds what the model files declare (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(`${root}models/catalog.json`, 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(modelCatalogFile())));
  });

  it('is referenced by every scene file', () => {
    expect(JSON.parse(readSceneText('sputnik-1')).$schema).toBe('./schema.json');
  });
});
