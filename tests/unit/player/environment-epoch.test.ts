/**
 * The craft's environment map is drawn at the first frame of each cell (ViewServices), so the
 * player counts its jumps of time: a still frame then reflects its own moment, whatever was shown
 * before (the browser test in earth-sky.test.ts checks the pixels). A recording sets the count
 * itself, per frame, and is left alone.
 */
import { describe, expect, it } from 'vitest';
import { createPlayerRuntime } from '../../../src/player/player-runtime.ts';
import { createAppStore } from '../../../src/player/store.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { manualWallClock } from '../../helpers/manual-wall-clock.ts';

function player() {
  const catalog = repoCatalog();
  const store = createAppStore({ catalog, lang: 'en', wall: manualWallClock() });
  store.loadScene(catalog.find((entry) => entry.available)!.id);
  const runtime = createPlayerRuntime(store);
  return { store, epoch: () => runtime.environmentEpoch.current };
}

describe('when the player redraws the environment map', () => {
  it('after every seek, pause, scene load and inspection', () => {
    const { store, epoch } = player();
    const counts = [epoch()];
    store.seek({ kind: 'playback', sec: 60 });
    counts.push(epoch());
    store.pause();
    counts.push(epoch());
    store.loadScene(store.getState().catalog.find((entry) => entry.available)!.id);
    counts.push(epoch());
    store.setInspection({ camera: store.getState().scene!.camera[0]! });
    counts.push(epoch());
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
  });

  it('not for what does not move time (captions, language)', () => {
    const { store, epoch } = player();
    const before = epoch();
    store.setCaptions({ size: 'large' });
    store.setLang('hu');
    expect(epoch()).toBe(before);
  });

  it('leaves a recording to set it per frame', () => {
    const { store, epoch } = player();
    store.setRecording({ width: 64, height: 36 });
    const before = epoch();
    store.seek({ kind: 'playback', sec: 30 });
    store.seek({ kind: 'playback', sec: 31 });
    expect(epoch()).toBe(before);
  });
});
