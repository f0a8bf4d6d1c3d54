import { describe, expect, it } from 'vitest';
import { keepPreferences, readPreferences } from '../../../src/app/preferences.ts';
import { startApp } from '../../../src/app/start.ts';
import { buildCatalog } from '../../../src/core/script/scene-catalog.ts';
import { readSceneText, sourceText, MODEL_CATALOG } from '../../helpers/scenes.ts';

const storage = (text: string | null) => ({ getItem: () => text });

describe('remembered preferences', () => {
  it('reads language and caption settings, ignoring anything malformed', () => {
    expect(
      readPreferences(storage('{"lang":"en","captions":{"on":false,"size":"large"}}')),
    ).toEqual({
      lang: 'en',
      captions: { on: false, size: 'large' },
    });
    expect(readPreferences(storage('{"lang":"de","captions":{"on":1,"size":"huge"}}'))).toEqual({});
    expect(readPreferences(storage('not json'))).toEqual({});
    expect(readPreferences(undefined)).toEqual({});
  });

  it('are applied at start (the URL still wins) and written back when changed', () => {
    const catalog = buildCatalog(
      { 'scenes/sputnik-1.json': readSceneText('sputnik-1') },
      sourceText,
      MODEL_CATALOG,
    );
    const saved = { lang: 'en' as const, captions: { on: false, size: 'large' as const } };
    const store = startApp(catalog, '?paused=1', 'hu-HU', saved);
    expect(store.getState().lang).toBe('en');
    expect(store.getState().captions).toEqual({ on: false, size: 'large' });
    expect(startApp(catalog, '?lang=hu&paused=1', 'en-US', saved).getState().lang).toBe('hu');

    const written: string[] = [];
    keepPreferences(store, { setItem: (_key, value) => written.push(value) });
    store.setLang('hu');
    expect(JSON.parse(written.at(-1)!)).toEqual({
      lang: 'hu',
      captions: { on: false, size: 'large' },
    });
  });
});
