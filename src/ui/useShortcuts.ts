import { useEffect } from 'react';
import { otherLang } from '../player/lang.ts';
import { chapterIndexAt, chaptersOf, chapterTime } from './chapters.ts';
import { useClipRecorder } from './clip-recorder-context.ts';
import { markClip } from './clip-marks.ts';
import { actionForKey, nextRate, RATES, STEP_SEC, type ShortcutAction } from './shortcuts.ts';
import type { AppStore } from '../player/store.ts';

/** Within this many seconds of a chapter's start, "previous chapter" goes to the one before. */
const CHAPTER_RESTART_SEC = 2;

export interface ShortcutOptions {
  /** Clips can be recorded here (the clip keys do nothing in the kiosk). */
  readonly clips: boolean;
}

/** Keys typed into a form control belong to it (Space presses a focused button, too). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  const element = target as HTMLElement | null;
  if (!element?.tagName) return false;
  if (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT')
    return true;
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).type !== 'range';
  return element.tagName === 'BUTTON' && (key === ' ' || key === 'Enter');
}

export function runShortcut(
  store: AppStore,
  action: ShortcutAction,
  { clips }: ShortcutOptions = { clips: false },
): void {
  const state = store.getState();
  const scene = state.scene;
  switch (action) {
    case 'togglePlay':
      if (scene) store.togglePlay();
      return;
    case 'back':
    case 'forward':
      if (scene)
        store.seek({
          kind: 'playback',
          sec: store.playbackSec() + (action === 'back' ? -STEP_SEC : STEP_SEC),
        });
      return;
    case 'slower':
    case 'faster':
      store.setRate(nextRate(RATES, state.clock.rate, action === 'faster' ? 1 : -1));
      return;
    case 'start':
      if (scene) store.seek({ kind: 'playback', sec: 0 });
      return;
    case 'end':
      if (scene) store.seek({ kind: 'playback', sec: scene.timeline.durationSec });
      return;
    case 'fullscreen':
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return;
    case 'captions':
      store.setCaptions({ on: !state.captions.on });
      return;
    case 'mute':
      store.setSound({ muted: !state.sound.muted });
      return;
    case 'language':
      store.setLang(otherLang(state.lang));
      return;
    case 'help':
      store.setHelpOpen(!state.helpOpen);
      return;
    case 'settings':
      store.setSettingsOpen(!state.settingsOpen);
      return;
    case 'info':
      store.setInfoOpen(!state.infoOpen);
      return;
    case 'previousChapter':
    case 'nextChapter': {
      if (!scene) return;
      const chapters = chaptersOf(scene);
      const now = store.playbackSec();
      const index = chapterIndexAt(chapters, now);
      const into = now - chapters[index]!.startSec;
      const target =
        action === 'nextChapter'
          ? chapters[index + 1]
          : chapters[into > CHAPTER_RESTART_SEC ? index : Math.max(0, index - 1)];
      if (target) store.seek(chapterTime(target));
      return;
    }
    case 'markIn':
    case 'markOut':
      if (!clips || !scene) return;
      markClip(store, action === 'markIn' ? 'in' : 'out');
      store.setClipOpen(true);
      return;
    case 'close':
      store.setHelpOpen(false);
      store.setInfoOpen(false);
      store.setSceneListOpen(false);
      store.setSettingsOpen(false);
      store.setClipOpen(false);
      return;
  }
}

/** The player's keyboard shortcuts (see shortcuts.ts), on the whole page. */
export function useShortcuts(store: AppStore, enabled: boolean): void {
  const clips = useClipRecorder() !== null;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsKey(event.target, event.key)) return;
      const action = actionForKey(event.key, {
        ctrl: event.ctrlKey,
        alt: event.altKey,
        meta: event.metaKey,
      });
      if (!action) return;
      event.preventDefault();
      runShortcut(store, action, { clips });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, enabled, clips]);
}
