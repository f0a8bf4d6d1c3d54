import { describe, expect, it } from 'vitest';
import { buildCatalog, readCatalog } from '../../../src/core/script/scene-catalog.ts';
import { startApp } from '../../../src/app/start.ts';
import { parseUrlParams } from '../../../src/player/url-params.ts';
import { readSceneText, sourceText, MODEL_CATALOG } from '../../helpers/scenes.ts';

const sputnikText = readSceneText('sputnik-1');
const broken = JSON.stringify({
  ...JSON.parse(sputnikText),
  id: 'broken-copy',
  date: '1961-04-12',
  bodies: [],
});
const catalog = buildCatalog(
  {
    'scenes/sputnik-1.json': sputnikText,
    'scenes/broken-copy.json': broken,
    'scenes/garbage.json': '{ nope',
  },
  sourceText,
  MODEL_CATALOG,
);

describe('scene catalog', () => {
  it('lists broken files as unavailable with the reason, and keeps the good ones', () => {
    expect(catalog.map((e) => [e.id, e.available])).toEqual([
      ['garbage', false],
      ['sputnik-1', true],
      ['broken-copy', false],
    ]);
    expect(catalog[2]!.error).toBe(
      'scenes/broken-copy.json: bodies: expected at least 1 item(s), found fewer',
    );
    expect(catalog[0]!.error).toMatch(/^scenes\/garbage\.json: not valid JSON/);
  });
});

describe('URL parameters', () => {
  it('reads valid values', () => {
    expect(parseUrlParams('?scene=sputnik-1&t=12.5&lang=en&rate=4&paused=1').settings).toEqual({
      sceneId: 'sputnik-1',
      time: { kind: 'playback', sec: 12.5 },
      lang: 'en',
      rate: 4,
      paused: true,
    });
    expect(parseUrlParams('?t=1957-10-04T19:28:34Z').settings.time).toEqual({
      kind: 'utc',
      ms: Date.parse('1957-10-04T19:28:34Z'),
    });
  });

  it('reports every invalid value and keeps none of them', () => {
    const { settings, problems } = parseUrlParams(
      '?scene=<b>x</b>&t=soon&lang=de&rate=0&paused=maybe',
    );
    expect(settings).toEqual({});
    expect(problems.map((p) => p.param)).toEqual(['scene', 't', 'lang', 'rate', 'paused']);
  });
});

const titles = (store: ReturnType<typeof startApp>) =>
  store.getState().notices.map((n) => n.text.en);

describe('startup', () => {
  it('plays the first available scene by default, in the browser language', () => {
    const store = startApp(catalog, '', 'hu-HU');
    expect(store.getState().scene?.id).toBe('sputnik-1');
    expect(store.getState().clock.playing).toBe(true);
    expect(store.getState().lang).toBe('hu');
    expect(titles(store)).toEqual([]);
  });

  it('falls back from an unknown or broken scene with a notice and the scene list open', () => {
    const unknown = startApp(catalog, '?scene=apollo-13', 'en-GB');
    expect(unknown.getState().scene?.id).toBe('sputnik-1');
    expect(unknown.getState().sceneListOpen).toBe(true);
    expect(titles(unknown)).toEqual([
      'There is no scene called "apollo-13"; showing Sputnik-1 instead.',
    ]);
    const unavailable = startApp(catalog, '?scene=broken-copy', 'en');
    expect(titles(unavailable)[0]).toContain('is unavailable right now');
  });

  it('seeks to ?t= (playback or UTC), pauses on ?paused=1 and notes a time outside the scene', () => {
    const store = startApp(catalog, '?scene=sputnik-1&t=1957-10-04T19:28:34Z&paused=1', 'en');
    expect(store.getState().clock.playing).toBe(false);
    expect(store.playbackSec()).toBe(66);
    const late = startApp(catalog, '?scene=sputnik-1&t=99999&paused=1', 'en');
    expect(late.playbackSec()).toBe(late.getState().scene!.timeline.durationSec);
    expect(titles(late)[0]).toContain('outside the scene');
  });

  it('takes the sound from ?volume= and ?sound=off, and falls back visibly on bad values', () => {
    const quiet = startApp(catalog, '?scene=sputnik-1&volume=25&sound=off', 'en');
    expect(quiet.getState().sound).toMatchObject({ muted: true, volume: 0.25 });
    expect(quiet.getState().notices).toEqual([]);
    const bad = startApp(catalog, '?scene=sputnik-1&volume=loud&sound=maybe', 'en');
    expect(bad.getState().sound).toMatchObject({ muted: false, volume: 0.8 });
    expect(titles(bad).join(' ')).toContain('volume');
    expect(titles(bad).join(' ')).toContain('sound');
  });

  it('pins the map format with ?maps=, and falls back visibly from a bad one', () => {
    expect(startApp(catalog, '?scene=sputnik-1', 'en').getState().mapFormat).toBe('auto');
    for (const format of ['ktx2', 'images'] as const)
      expect(startApp(catalog, `?scene=sputnik-1&maps=${format}`, 'en').getState().mapFormat).toBe(
        format,
      );
    const bad = startApp(catalog, '?scene=sputnik-1&maps=png', 'en');
    expect(bad.getState().mapFormat).toBe('auto');
    expect(titles(bad)[0]).toBe('Ignored the invalid "maps" parameter ("png"); using the default.');
  });

  it('previews a dome or 360° projection with ?projection=, and falls back visibly from a bad one', () => {
    const dome = startApp(catalog, '?scene=sputnik-1&projection=fisheye', 'en');
    expect(dome.getState().projection).toEqual({ kind: 'fisheye', fovDeg: 180, tiltDeg: 0 });
    expect(startApp(catalog, '?scene=sputnik-1&projection=flat', 'en').getState().projection).toBe(
      null,
    );
    const bad = startApp(catalog, '?scene=sputnik-1&projection=cube', 'en');
    expect(bad.getState().projection).toBe(null);
    expect(titles(bad)[0]).toBe(
      'Ignored the invalid "projection" parameter ("cube"); using the default.',
    );
  });
});

describe('compiling a scene only when it is shown', () => {
  const vostokText = readSceneText('vostok-1');
  // Valid to the schema, wrong to the rules: a caption that is not the text's words.
  const misquoted = JSON.parse(vostokText) as { captions: { quote: string }[] };
  misquoted.captions[0]!.quote = 'Gagarin nem repült.';
  const files = {
    'scenes/sputnik-1.json': sputnikText,
    'scenes/vostok-1.json': JSON.stringify(misquoted),
    'scenes/apollo-soyuz.json': readSceneText('apollo-soyuz'),
  };
  const compiledIds = (store: ReturnType<typeof startApp>) =>
    store
      .getState()
      .catalog.filter((e) => e.scene)
      .map((e) => e.id);

  it('lists every readable file without flying its orbits, and compiles the one shown', () => {
    const lazy = readCatalog(files, sourceText, MODEL_CATALOG);
    expect(lazy.map((e) => [e.id, e.available, e.scene])).toEqual([
      ['sputnik-1', true, undefined],
      ['vostok-1', true, undefined],
      ['apollo-soyuz', true, undefined],
    ]);
    // What the picker and a clip plan need is there before compiling, and agrees with it.
    const compiled = buildCatalog(files, sourceText, MODEL_CATALOG);
    const apollo = lazy[2]!;
    expect(apollo.durationSec).toBe(compiled[2]!.scene!.timeline.durationSec);
    expect(apollo.stillSec).toBe(compiled[2]!.scene!.stillSec);
    expect(apollo.timeline).toEqual(compiled[2]!.scene!.timeline);

    const store = startApp(lazy, '?scene=apollo-soyuz', 'en');
    expect(store.getState().scene?.id).toBe('apollo-soyuz');
    expect(compiledIds(store)).toEqual(['apollo-soyuz']);
    store.loadScene('apollo-soyuz');
    expect(store.getState().scene).toBe(store.getState().catalog[2]!.scene);
  });

  it('turns a file that fails when compiled into an unavailable entry with the reason, and falls back', () => {
    const store = startApp(readCatalog(files, sourceText, MODEL_CATALOG), '?scene=vostok-1', 'en');
    expect(store.getState().scene?.id).toBe('sputnik-1');
    expect(titles(store)).toEqual([
      'The scene "vostok-1" is unavailable right now; showing Sputnik-1 instead.',
    ]);
    const vostok = store.getState().catalog.find((e) => e.id === 'vostok-1')!;
    expect(vostok.available).toBe(false);
    expect(vostok.error).toMatch(/^scenes\/vostok-1\.json: captions\[0\]\.quote: /);
    expect(() => store.loadScene('vostok-1')).toThrow(/scene "vostok-1" is unavailable: /);
    expect(store.getState().scene?.id).toBe('sputnik-1');
  });
});
