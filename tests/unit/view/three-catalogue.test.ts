import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { THREE_CATALOGUE } from '../../../src/view/three-catalogue.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

const pascal = (tag: string) => tag[0]!.toUpperCase() + tag.slice(1);

/** Lower-case JSX tags whose PascalCase name is a three.js class, by file. */
function threeElements(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  // src/ui is DOM only (ESLint keeps three out of it), so its <line> is SVG, not THREE.Line.
  const files = [...tsxFiles(join(root, 'src')), ...tsxFiles(join(root, 'models'))].filter(
    (path) => !path.includes(`${join('src', 'ui')}`),
  );
  for (const path of files) {
    for (const [, tag] of readFileSync(path, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
      if (!(pascal(tag!) in THREE)) continue;
      found.set(tag!, [...(found.get(tag!) ?? []), path.slice(root.length)]);
    }
  }
  return found;
}

describe('three catalogue (what the build registers as JSX elements)', () => {
  it('has every three.js element the scene graph uses', () => {
    const missing = [...threeElements()]
      .filter(([tag]) => !(pascal(tag) in THREE_CATALOGUE))
      .map(([tag, paths]) => `<${tag}> (${[...new Set(paths)].join(', ')})`);
    expect(
      missing,
      `add these classes to src/view/three-catalogue.ts, or the production build cannot draw them`,
    ).toEqual([]);
  });

  it('holds three.js classes only', () => {
    for (const [name, value] of Object.entries(THREE_CATALOGUE))
      expect(value).toBe(THREE[name as keyof typeof THREE]);
  });
});
