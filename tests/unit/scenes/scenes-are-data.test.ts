import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../helpers/scenes.ts';

/**
 * Scenes are data: the code under src/ names no scene, so a scene is added, renamed or removed
 * by its file alone.
 */
const sceneIds = readdirSync(join(root, 'scenes'))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map(
    (name) => (JSON.parse(readFileSync(join(root, 'scenes', name), 'utf8')) as { id: string }).id,
  );

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('scene ids under src/', () => {
  it('there are scenes to look for', () => {
    expect(sceneIds.length).toBeGreaterThanOrEqual(6);
  });

  it('no file under src/ names a scene', () => {
    const found = files(join(root, 'src')).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return sceneIds
        .filter((id) => new RegExp(`(^|[^a-z0-9-])${id}(?![a-z0-9-])`).test(text))
        .map((id) => `${id} in ${relative(root, path)}`);
    });
    expect(found).toEqual([]);
  });
});
