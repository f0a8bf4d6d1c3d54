/**
 * Visitors and scripts make mistakes too: any URL starts the player on a scene, reporting what it
 * ignored; any argument to the automation API is either taken or refused with one TypeError
 * saying what the call takes and what it got.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  frameIndicesArg,
  inspectArg,
  langArg,
  parseArg,
  projectArgs,
  qualityArg,
  rateArg,
  sceneIdArg,
  timeArg,
} from '../../../src/app/automation-args.ts';
import { startApp } from '../../../src/app/start.ts';
import { parseUrlParams } from '../../../src/player/url-params.ts';
import { repoCatalog } from '../../helpers/catalog.ts';

const catalog = repoCatalog();
const PARAMS = [
  'scene',
  't',
  'lang',
  'rate',
  'paused',
  'quality',
  'camera',
  'follow',
  'kiosk',
  'x',
];
const paramValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...catalog.map((e) => e.id), 'nope', '1e9', '-5', 'NaN', 'Infinity', '0'),
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

describe('URL parameters', () => {
  it('always start a scene and report each value they ignore', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PARAMS), paramValue), (params) => {
        const search = `?${new URLSearchParams(params).toString()}`;
        const { problems } = parseUrlParams(search);
        const store = startApp(catalog, search, 'hu-HU', {}, undefined);
        const state = store.getState();
        expect(state.scene).not.toBeNull();
        expect(Number.isFinite(store.playbackSec())).toBe(true);
        // A visible fallback: one notice at least for anything refused.
        if (problems.length > 0) expect(state.notices.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('automation API arguments', () => {
  const calls = [
    [sceneIdArg, 'load(id)'],
    [timeArg, 'seek(t)'],
    [rateArg, 'setRate(x)'],
    [langArg, 'setLang(lang)'],
    [qualityArg, 'setQuality(q)'],
    [inspectArg, 'inspect(view)'],
    [projectArgs, 'project(lat, lon)'],
    [frameIndicesArg, 'frameHashes(request, indices)'],
  ] as const;

  it('are taken or refused with one TypeError naming the call and what it got', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: calls.length - 1 }),
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }),
        (which, value) => {
          const [schema, usage] = calls[which]!;
          try {
            parseArg(schema, value, usage);
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError);
            expect((error as TypeError).message.startsWith(`${usage}, got `)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('load(id) with any text loads a scene or says which ones exist', () => {
    const store = startApp(catalog, '', 'en-GB', {}, undefined);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...catalog.map((e) => e.id))), (id) => {
        try {
          expect(store.loadScene(id).id).toBe(id);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(
            /^(unknown scene ".*"; known: |scene ".*" is unavailable: )/s,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
