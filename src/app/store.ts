/**
 * The app's state and the only way to change it. The clock lives here; drivers (the player's
 * frame loop, the automation API, later the kiosk and the recorder) call these actions.
 */
import { createStore } from 'zustand/vanilla';
import type { CatalogEntry } from '../core/script/scene-catalog.ts';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import type { Inspection } from '../core/script/evaluate.ts';
import {
  createClock,
  pauseClock,
  playClock,
  playbackOf,
  seekClock,
  setClockRate,
  type ClockState,
} from '../core/time/clock.ts';
import { playbackAt } from '../core/time/timeline.ts';
import type { Quality } from '../view/quality.ts';
import type { Lang } from './lang.ts';
import type { TimeParam } from './url-params.ts';
import { wallNowSec } from './wall-clock.ts';

export interface Notice {
  readonly id: number;
  readonly text: { readonly hu: string; readonly en: string };
}

export type CameraMode = 'script' | 'free';

export interface AppState {
  readonly catalog: readonly CatalogEntry[];
  readonly scene: CompiledScene | null;
  /** Increments on every load, so a reloaded scene rebuilds (and frees) what it drew. */
  readonly sceneLoad: number;
  readonly clock: ClockState;
  readonly lang: Lang;
  readonly notices: readonly Notice[];
  readonly cameraMode: CameraMode;
  readonly sceneListOpen: boolean;
  readonly quality: Quality;
  /** A fixed UTC and viewpoint replacing the script's (automation only). */
  readonly inspection: Inspection | null;
  /** True when the quality came from the URL: automatic tuning leaves it alone. */
  readonly qualityPinned: boolean;
}

export type AppStore = ReturnType<typeof createAppStore>;

let nextNoticeId = 1;

export function createAppStore(catalog: readonly CatalogEntry[], lang: Lang) {
  const store = createStore<AppState>()(() => ({
    catalog,
    scene: null,
    sceneLoad: 0,
    clock: createClock(0),
    lang,
    notices: [],
    cameraMode: 'script',
    sceneListOpen: false,
    quality: 'medium',
    qualityPinned: false,
    inspection: null,
  }));
  const set = store.setState;
  const get = store.getState;
  const updateClock = (change: (clock: ClockState, wallSec: number) => ClockState): void => {
    set({ clock: change(get().clock, wallNowSec()) });
  };

  return Object.assign(store, {
    /** Playback seconds now: the one time every frame is evaluated at. */
    playbackSec: (): number => playbackOf(get().clock, wallNowSec()),
    loadScene(id: string): CompiledScene {
      const entry = get().catalog.find((e) => e.id === id);
      if (!entry)
        throw new Error(
          `unknown scene "${id}"; known: ${get()
            .catalog.map((e) => e.id)
            .join(', ')}`,
        );
      if (!entry.scene)
        throw new Error(`scene "${id}" is unavailable: ${entry.error ?? 'unknown reason'}`);
      const { rate } = get().clock;
      set({
        scene: entry.scene,
        sceneLoad: get().sceneLoad + 1,
        clock: { ...createClock(entry.scene.timeline.durationSec), rate },
        cameraMode: 'script',
        sceneListOpen: false,
        inspection: null,
      });
      return entry.scene;
    },
    play: () => updateClock(playClock),
    pause: () => updateClock(pauseClock),
    togglePlay(): void {
      if (get().clock.playing) updateClock(pauseClock);
      else updateClock(playClock);
    },
    /** Seeks to playback seconds or a UTC instant; returns the playback seconds reached. */
    seek(time: TimeParam): number {
      const scene = get().scene;
      if (!scene) throw new Error('no scene is loaded');
      const sec = time.kind === 'playback' ? time.sec : playbackAt(scene.timeline, time.ms);
      updateClock((clock, wall) => seekClock(clock, sec, wall));
      return playbackOf(get().clock, wallNowSec());
    },
    setRate: (rate: number) => updateClock((clock, wall) => setClockRate(clock, rate, wall)),
    setLang: (next: Lang) => set({ lang: next }),
    setCameraMode: (mode: CameraMode) => set({ cameraMode: mode }),
    setSceneListOpen: (open: boolean) => set({ sceneListOpen: open }),
    setQuality: (quality: Quality, pinned: boolean) => set({ quality, qualityPinned: pinned }),
    setInspection: (inspection: Inspection | null) => set({ inspection }),
    notify(text: Notice['text']): void {
      set({ notices: [...get().notices, { id: nextNoticeId++, text }] });
    },
    dismissNotice: (id: number) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  });
}
