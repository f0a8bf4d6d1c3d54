import { describe, expect, it } from 'vitest';
import {
  attractPlaylist,
  compileLoopScenes,
  isKioskSearch,
  isQuietAt,
  KIOSK_DEFAULTS,
  parseKioskConfig,
} from '../../../../src/core/kiosk/kiosk-config.ts';
import { readCatalog, type CatalogEntry } from '../../../../src/core/script/scene-catalog.ts';
import { MODEL_CATALOG, readSceneText, sourceText } from '../../../helpers/scenes.ts';

describe('kiosk settings from the address', () => {
  it('recognises kiosk mode', () => {
    expect(isKioskSearch('?kiosk')).toBe(true);
    expect(isKioskSearch('?scene=x&kiosk&idle=3')).toBe(true);
    expect(isKioskSearch('?scene=kiosk')).toBe(false);
  });

  it('uses the defaults without parameters', () => {
    expect(parseKioskConfig('?kiosk')).toEqual({ config: KIOSK_DEFAULTS, problems: [] });
  });

  it('reads idle, countdown, scenes, languages, rate, watchdog and debug', () => {
    const { config, problems } = parseKioskConfig(
      '?kiosk&idle=3&countdown=5&scenes=vostok-1,%20sputnik-1&lang=hu,en&rate=500&watchdog=4&debug',
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      idleSec: 3,
      countdownSec: 5,
      sceneIds: ['vostok-1', 'sputnik-1'],
      langs: ['hu', 'en'],
      attractRate: 500,
      watchdogSec: 4,
      debug: true,
      volume: 0.8,
      effects: false,
      quiet: null,
    });
  });

  it('reads the sound: volume, effects and quiet hours (which may run past midnight)', () => {
    const { config, problems } = parseKioskConfig('?kiosk&volume=35&effects&quiet=22:30-07:00');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      volume: 0.35,
      effects: true,
      quiet: { fromMin: 22 * 60 + 30, untilMin: 7 * 60 },
    });
    expect(isQuietAt(config.quiet, 23 * 60)).toBe(true);
    expect(isQuietAt(config.quiet, 3 * 60)).toBe(true);
    expect(isQuietAt(config.quiet, 7 * 60)).toBe(false);
    expect(isQuietAt(config.quiet, 12 * 60)).toBe(false);
    expect(isQuietAt({ fromMin: 12 * 60, untilMin: 13 * 60 }, 12 * 60 + 30)).toBe(true);
    expect(isQuietAt(null, 0)).toBe(false);
    const bad = parseKioskConfig('?kiosk&volume=150&quiet=25:00-07:00');
    expect(bad.config).toMatchObject({ volume: 0.8, quiet: null });
    expect(bad.problems.map((p) => p.param).sort()).toEqual(['quiet', 'volume']);
  });

  it('falls back per value and reports what it ignored', () => {
    const { config, problems } = parseKioskConfig(
      '?kiosk&idle=-1&countdown=abc&lang=de,en&rate=1e9&scenes=,',
    );
    expect(config).toMatchObject({
      idleSec: 60,
      countdownSec: 10,
      langs: ['en'],
      attractRate: 4,
      sceneIds: null,
    });
    expect(problems.map((p) => p.param).sort()).toEqual([
      'countdown',
      'idle',
      'lang',
      'rate',
      'scenes',
    ]);
  });

  it('builds the playlist from available scenes, in the order asked for', () => {
    const catalog = [
      { id: 'a', available: true },
      { id: 'b', available: false },
      { id: 'c', available: true },
    ];
    expect(attractPlaylist(catalog, null)).toEqual({ playlist: ['a', 'c'], problems: [] });
    expect(attractPlaylist(catalog, ['c', 'b', 'x', 'a'])).toEqual({
      playlist: ['c', 'a'],
      problems: [
        { param: 'scenes', value: 'b' },
        { param: 'scenes', value: 'x' },
      ],
    });
    // Nothing playable asked for: every available scene rather than a dark screen.
    expect(attractPlaylist(catalog, ['b']).playlist).toEqual(['a', 'c']);
  });
});

describe('the scenes compiled before the loop starts', () => {
  const sputnik = readSceneText('sputnik-1');
  // Read without complaint, refused when compiled: its craft's model does not exist.
  const parsed = JSON.parse(sputnik);
  const broken = JSON.stringify({
    ...parsed,
    id: 'broken-copy',
    bodies: [{ ...parsed.bodies[0], model: 'no-such-model' }, ...parsed.bodies.slice(1)],
  });
  const read = () =>
    readCatalog(
      {
        'scenes/sputnik-1.json': sputnik,
        'scenes/vostok-1.json': readSceneText('vostok-1'),
        'scenes/broken-copy.json': broken,
      },
      sourceText,
      MODEL_CATALOG,
    );
  const compiled = (catalog: CatalogEntry[]) =>
    catalog.filter((entry) => entry.scene).map((entry) => entry.id);

  it('are the configured ones; the rest wait until a visitor opens them', () => {
    const catalog = compileLoopScenes(read(), ['sputnik-1']);
    expect(compiled(catalog)).toEqual(['sputnik-1']);
    // Not yet compiled is not unavailable: the scene list still offers them.
    expect(catalog.filter((entry) => !entry.available)).toEqual([]);
  });

  it('are every scene without a configured list, a broken file then left out of the loop', () => {
    const catalog = compileLoopScenes(read(), null);
    expect(compiled(catalog)).toEqual(['sputnik-1', 'vostok-1']);
    expect(catalog.find((entry) => entry.id === 'broken-copy')).toMatchObject({
      available: false,
      error: expect.stringContaining('no-such-model'),
    });
    expect(attractPlaylist(catalog, null).playlist).toEqual(['sputnik-1', 'vostok-1']);
  });

  it('are every scene when none of the configured ones compiles, so the loop still plays', () => {
    const catalog = compileLoopScenes(read(), ['broken-copy']);
    expect(compiled(catalog)).toEqual(['sputnik-1', 'vostok-1']);
    expect(attractPlaylist(catalog, ['broken-copy'])).toEqual({
      playlist: ['sputnik-1', 'vostok-1'],
      problems: [{ param: 'scenes', value: 'broken-copy' }],
    });
  });
});
