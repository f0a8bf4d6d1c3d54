import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/scenes.ts';

/**
 * The project carries its own citations: every source tag used in scenes/, models/ and tests/
 * resolves to an entry of docs/SOURCES.md, and nothing cites a file outside the repository.
 */

/** Tag-shaped names that are not source tags: craft, parts and NASA publication numbers. */
const NOT_TAGS = new Set([
  'APAS-75',
  'CSM-111',
  'J-2',
  'KTDU-35', // the Soyuz 7K's engines (cited as KTDU-W)
  'LC-39A',
  'LC-39B',
  'DOS-5', // Salyut-6's design designation
  'PS-1',
  'S-IVB',
  'S-IVB-200',
  'SP-4012', // NASA publication numbers, named beside their tags (A-4012, A-4012f, A-4209)
  'SP-4209',
  'SP-XX', // scene-errors.test.ts: the deliberately unlisted tag
]);

/** Tags written in prose: upper-case words joined by hyphens (SP-W, V-Wold, A-4012f). */
const TAG_IN_TEXT = /\b[A-Z][A-Z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+\b(?![-\w])/g;

/** Build output, dependencies and tool state: not the project's own text. */
const NOT_OURS = new Set(['node_modules', '.git', 'dist', 'test-results', 'coverage', 'tmp']);

function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return NOT_OURS.has(name) ? [] : files(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Entries of docs/SOURCES.md: tag → [author, title, publisher/address, date]. */
function sourceEntries(): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  const text = readFileSync(join(root, 'docs/SOURCES.md'), 'utf8');
  for (const line of text.split('\n')) {
    const match = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (!match) continue;
    const tag = match[1]!;
    if (entries.has(tag)) throw new Error(`docs/SOURCES.md lists ${tag} twice`);
    entries.set(
      tag,
      match[2]!.split('|').map((cell) => cell.trim()),
    );
  }
  return entries;
}

type Use = { tag: string; where: string };

const thisFile = fileURLToPath(import.meta.url);

/** Tags a scene-like JSON file uses: its sources' keys, every "source" field, tags in its prose. */
function tagsInJson(path: string): Use[] {
  const where = relative(root, path);
  const uses: Use[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (key === 'source') uses.push({ tag: value, where });
      else for (const [tag] of value.matchAll(TAG_IN_TEXT)) uses.push({ tag, where });
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        // Citations are addresses and titles, not tags; their keys are the tags.
        if (k === 'sources' && v && typeof v === 'object') {
          for (const tag of Object.keys(v)) uses.push({ tag, where });
        } else walk(v, k);
      }
    }
  };
  walk(JSON.parse(readFileSync(path, 'utf8')), '');
  return uses;
}

function tagsInCode(path: string): Use[] {
  const where = relative(root, path);
  return [...readFileSync(path, 'utf8').matchAll(TAG_IN_TEXT)]
    .map(([tag]) => ({ tag, where }))
    .filter((use) => !NOT_TAGS.has(use.tag));
}

describe('docs/SOURCES.md', () => {
  const entries = sourceEntries();

  it('gives every entry an author, a title, a publisher or address and a date', () => {
    expect(entries.size).toBeGreaterThan(20);
    for (const [tag, cells] of entries) {
      expect(cells, tag).toHaveLength(4);
      for (const cell of cells)
        expect(cell.length, `${tag}: ${cells.join(' | ')}`).toBeGreaterThan(0);
    }
  });

  it('has an entry for every tag used in scenes/, models/ and tests/', () => {
    const uses = [
      ...files(
        join(root, 'scenes'),
        (p) => p.endsWith('.json') && !p.endsWith('schema.json'),
      ).flatMap(tagsInJson),
      ...files(join(root, 'models'), (p) => p.endsWith('.ts')).flatMap(tagsInCode),
      // This file spells the tag pattern itself.
      ...files(join(root, 'tests'), (p) => /\.tsx?$/.test(p) && p !== thisFile).flatMap(tagsInCode),
    ];
    expect(uses.length).toBeGreaterThan(100);
    const unresolved = uses
      .filter((use) => !NOT_TAGS.has(use.tag) && !entries.has(use.tag))
      .map((use) => `${use.tag} (${use.where})`);
    expect([...new Set(unresolved)]).toEqual([]);
  });
});

describe('citations inside the repository', () => {
  it('never point at a file outside it (a reader of the project does not have ../shared)', () => {
    const outside = new RegExp(['\\.\\.', 'shared', ''].join('/'));
    const text = /\.(ts|tsx|mts|mjs|js|json|md|html|css|txt)$/;
    const offenders = files(root, (p) => text.test(p))
      .filter((p) => outside.test(readFileSync(p, 'utf8')))
      .map((p) => relative(root, p));
    expect(offenders).toEqual([]);
  });
});
