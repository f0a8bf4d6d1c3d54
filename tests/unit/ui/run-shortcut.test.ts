/** What the new keys do to a player's store: chapters, settings, facts, clip marks, Escape. */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/player/store.ts';
import { chaptersOf } from '../../../src/ui/chapters.ts';
import { actionForKey, SHORTCUTS } from '../../../src/ui/shortcuts.ts';
import { runShortcut } from '../../../src/ui/useShortcuts.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { manualWallClock } from '../../helpers/manual-wall-clock.ts';

const catalog = repoCatalog();
const plain = { ctrl: false, alt: false, meta: false };

function player() {
  const wall = manualWallClock();
  const store = createAppStore({ catalog, lang: 'en', wall });
  const scene = store.loadScene('apollo-soyuz');
  return { store, wall, chapters: chaptersOf(scene) };
}

describe('the player keys', () => {
  it('map I and O to the clip marks, S to settings, D to the facts, PgUp/PgDn to chapters', () => {
    expect(actionForKey('i', plain)).toBe('markIn');
    expect(actionForKey('O', plain)).toBe('markOut');
    expect(actionForKey('s', plain)).toBe('settings');
    expect(actionForKey('d', plain)).toBe('info');
    expect(actionForKey('PageUp', plain)).toBe('previousChapter');
    expect(actionForKey('PageDown', plain)).toBe('nextChapter');
    // One table: every action has one row, and every row says which keys it takes.
    const actions = SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const s of SHORTCUTS) expect(s.aria).toBeTruthy();
  });

  it('step from chapter to chapter; "previous" first goes back to the start of this one', () => {
    const { store, chapters } = player();
    const docking = chapters.findIndex((c) => c.id === 'docking');
    store.seek({ kind: 'playback', sec: chapters[docking]!.startSec + 10 });
    runShortcut(store, 'previousChapter');
    expect(store.playbackSec()).toBeCloseTo(chapters[docking]!.startSec, 6);
    runShortcut(store, 'previousChapter');
    expect(store.playbackSec()).toBeCloseTo(chapters[docking - 1]!.startSec, 6);
    runShortcut(store, 'nextChapter');
    runShortcut(store, 'nextChapter');
    expect(store.playbackSec()).toBeCloseTo(chapters[docking + 1]!.startSec, 6);
  });

  it('set clip marks only where clips can be recorded, opening the clip tools', () => {
    const { store } = player();
    store.seek({ kind: 'playback', sec: 42 });
    runShortcut(store, 'markIn', { clips: false });
    expect(store.getState().clipMarks.inSec).toBeNull();
    expect(store.getState().clipOpen).toBe(false);
    runShortcut(store, 'markIn', { clips: true });
    store.seek({ kind: 'playback', sec: 50 });
    runShortcut(store, 'markOut', { clips: true });
    expect(store.getState().clipMarks).toEqual({ inSec: 42, outSec: 50 });
    expect(store.getState().clipOpen).toBe(true);
    // A new in mark past the out mark starts a new range.
    store.seek({ kind: 'playback', sec: 60 });
    runShortcut(store, 'markIn', { clips: true });
    expect(store.getState().clipMarks).toEqual({ inSec: 60, outSec: null });
  });

  it('open settings and facts, and Escape closes every menu and panel', () => {
    const { store } = player();
    runShortcut(store, 'settings');
    runShortcut(store, 'info');
    runShortcut(store, 'help');
    store.setClipOpen(true);
    expect(store.getState()).toMatchObject({
      settingsOpen: true,
      infoOpen: true,
      helpOpen: true,
      clipOpen: true,
    });
    runShortcut(store, 'close');
    expect(store.getState()).toMatchObject({
      settingsOpen: false,
      infoOpen: false,
      helpOpen: false,
      clipOpen: false,
    });
  });

  it('are reset with the other visitor settings when a visitor walks away (the kiosk)', () => {
    const { store } = player();
    store.setMapShown(false);
    store.setSettingsOpen(true);
    store.setClipOpen(true);
    store.resetVisitorSettings();
    expect(store.getState()).toMatchObject({
      mapShown: true,
      settingsOpen: false,
      clipOpen: false,
    });
  });
});
