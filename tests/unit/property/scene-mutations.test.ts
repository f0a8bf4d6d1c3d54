/**
 * Curators make mistakes; the loader never breaks. Valid scene files are mutated (wrong types,
 * missing and extra fields, reordered times, broken references, absurd numbers, malformed
 * element sets) and every result either loads and evaluates, or is a SceneError naming the file
 * and, for each problem, where it is and what was expected or found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { loadScene } from '../../../src/core/script/load-scene.ts';
import { SceneError } from '../../../src/core/script/scene-error.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { MODEL_CATALOG, readSceneText, sourceText } from '../../helpers/scenes.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/**
 * Runs per scene: about a thousand in all, fewer where a scene is slow to compile; a scene not
 * listed (a new one) gets the default. FC_RUNS multiplies them for a deeper search.
 */
const scale = Number(process.env.FC_RUNS ?? 1);
const DEFAULT_RUNS = 100;
const RUNS: Record<string, number> = {
  'sputnik-1': 200,
  'voskhod-2': 250,
  'vostok-1': 200,
  'soyuz-36': 100,
  'apollo-soyuz': 100,
  'ax-4': 100,
};

const TLE = [
  '1 25544U 98067A   25176.73245655  .00008102  00000-0  14854-3 0  9994',
  '2 25544  51.6390 264.7180 0001990 278.3788 217.2311 15.50240116516482',
];

function paths(value: Json, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => paths(v, [...at, i]))
    : Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]));
  return [at, ...children];
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | null {
  if (path.length === 0) return null;
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, Json>)[key] ?? null;
  }
  if (node === null || typeof node !== 'object') return null;
  return { parent: node, key: path[path.length - 1]! };
}

const absurd = fc.constantFrom<Json>(
  0,
  -1,
  1e308,
  -1e308,
  1e-300,
  123456789,
  '',
  ' ',
  '1965-13-45T99:99:99Z',
  '2999-01-01T00:00:00Z',
  '1900-01-01T00:00:00Z',
  [],
  {},
  null,
  true,
);
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  absurd,
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
);

/** A TLE line with characters changed, cut or lengthened. */
const brokenTle = fc
  .tuple(
    fc.integer({ min: 0, max: 1 }),
    fc.integer({ min: 0, max: 70 }),
    fc.string({ maxLength: 3 }),
  )
  .map(([line, at, text]) => {
    const tle = [...TLE];
    tle[line] = tle[line]!.slice(0, at) + text + tle[line]!.slice(at + (text.length > 1 ? 1 : 0));
    return tle;
  });

type Mutation = (scene: Json, pick: (n: number) => number) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  anyValue.map((value): Mutation => (scene, pick) => {
    const all = paths(scene).filter((p) => p.length > 0);
    const target = parentOf(scene, all[pick(all.length)]!);
    if (target) (target.parent as Record<string | number, Json>)[target.key] = value;
  }),
  fc.constant<Mutation>((scene, pick) => {
    const all = paths(scene).filter((p) => p.length > 0);
    const target = parentOf(scene, all[pick(all.length)]!);
    if (!target) return;
    if (Array.isArray(target.parent)) target.parent.splice(Number(target.key), 1);
    else delete (target.parent as Record<string, Json>)[target.key];
  }),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), anyValue)
    .map(([key, value]): Mutation => (scene, pick) => {
      const objects = paths(scene).filter((p) => {
        const node = p.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k]!, scene);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const path = objects[pick(objects.length)]!;
      const node = path.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k]!, scene);
      (node as Record<string, Json>)[key] = value;
    }),
  // Two times swapped, or a time moved.
  fc.constant<Mutation>((scene, pick) => {
    const times = paths(scene).filter((p) => {
      const node = p.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k]!, scene);
      return typeof node === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(node);
    });
    if (times.length < 2) return;
    const a = parentOf(scene, times[pick(times.length)]!)!;
    const b = parentOf(scene, times[pick(times.length)]!)!;
    const pa = a.parent as Record<string | number, Json>;
    const pb = b.parent as Record<string | number, Json>;
    [pa[a.key], pb[b.key]] = [pb[b.key]!, pa[a.key]!];
  }),
  // A reference pointed elsewhere: another body's id, a made-up one, a port that is not there.
  fc
    .constantFrom('earth', 'nobody', 'soyuz-19', 'aft', 'front', 'probe', 'apas', 'nose')
    .map((id): Mutation => (scene, pick) => {
      const refs = paths(scene).filter((p) =>
        [
          'to',
          'target',
          'from',
          'port',
          'chaserPort',
          'chaserPortOn',
          'ownPort',
          'model',
          'phasingBy',
        ].includes(String(p[p.length - 1])),
      );
      if (refs.length === 0) return;
      const t = parentOf(scene, refs[pick(refs.length)]!)!;
      (t.parent as Record<string | number, Json>)[t.key] = id;
    }),
  // A body made to fly a (possibly broken) published element set.
  fc.tuple(fc.boolean(), brokenTle).map(([broken, tle]): Mutation => (scene, pick) => {
    const bodies = (scene as { bodies: { trajectory: Json }[] }).bodies;
    if (!Array.isArray(bodies) || bodies.length === 0) return;
    const body = bodies[pick(bodies.length)];
    if (body && typeof body === 'object')
      body.trajectory = { kind: 'element-set', tle: broken ? tle : [...TLE], source: 'CALC' };
  }),
);

function check(id: string, text: string): void {
  const file = `scenes/${id}.json`;
  let scene;
  try {
    scene = loadScene(file, text, sourceText, MODEL_CATALOG);
  } catch (error) {
    expect(error).toBeInstanceOf(SceneError);
    const e = error as SceneError;
    expect(e.file).toBe(file);
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message).toMatch(
        /expected|unknown key|not found|not valid JSON|too hard to read|cut where|needs "|depends on itself/i,
      );
      expect(e.message).toContain(`${file}: `);
    }
    return;
  }
  // Loaded: it must play from start to end without a blank player.
  for (const f of [0, 0.25, 0.5, 0.75, 1]) evaluate(scene, scene.timeline.durationSec * f);
}

describe('mutated scene files load or say what is wrong', () => {
  for (const id of repoCatalog().map((entry) => entry.id)) {
    const runs = RUNS[id] ?? DEFAULT_RUNS;
    it(`${id}: ${runs * scale} mutations`, () => {
      const original = JSON.parse(readSceneText(id)) as Json;
      fc.assert(
        fc.property(
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
          (mutations, seeds) => {
            const scene = structuredClone(original);
            let i = 0;
            const pick = (n: number) => seeds[i++ % seeds.length]! % n;
            for (const m of mutations) m(scene, pick);
            check(id, JSON.stringify(scene));
          },
        ),
        { numRuns: Math.round(runs * scale) },
      );
    }, 120_000);
  }

  it('malformed text is a SceneError too', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => check('sputnik-1', text)),
      { numRuns: 200 },
    );
    const valid = readSceneText('sputnik-1');
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), (cut) => check('sputnik-1', valid.slice(0, cut))),
      { numRuns: 100 },
    );
  });
});
