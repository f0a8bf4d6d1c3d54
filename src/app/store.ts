/**
 * The app's state and the only way to change it. The clock lives here; drivers (the player's
 * frame loop, the automation API, later the kiosk and the recorder) call these actions.
 */
import { createStore } from 'zustand/vanilla';
import type { CatalogEntry } from '../core/script/scene-catalog.ts';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import type { CameraPreset } from '../core/script/camera-presets.ts';
import type { Inspection } from '../core/script/evaluate.ts';
import type { KioskMode } from '../core/kiosk/kiosk-machine.ts';
import {
  createClock,
  pauseClock,
  playClock,
  isValidRate,
  playbackOf,
  realTimeClock,
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

/** The script's camera, the visitor's own (orbit controls) or one of the presets. */
export type CameraMode = 'script' | 'free' | CameraPreset;

export type CaptionSize = 'small' | 'medium' | 'large';

/** The clip range marked in the player (playback seconds); null: the scene's start or end. */
export interface ClipMarks {
  readonly inSec: number | null;
  readonly outSec: number | null;
}

/** While a clip records: the frame size the canvas renders at (record mode, no frame loop). */
export interface RecordingView {
  readonly width: number;
  readonly height: number;
}

export interface AppState {
  readonly catalog: readonly CatalogEntry[];
  readonly scene: CompiledScene | null;
  /** Increments on every load, so a reloaded scene rebuilds (and frees) what it drew. */
  readonly sceneLoad: number;
  readonly clock: ClockState;
  readonly lang: Lang;
  readonly notices: readonly Notice[];
  readonly cameraMode: CameraMode;
  /** The body the presets follow (null: the scene's first). */
  readonly followId: string | null;
  readonly captions: { readonly on: boolean; readonly size: CaptionSize };
  /** One UTC second per wall second, whatever the scene's time warp. */
  readonly realTime: boolean;
  readonly infoOpen: boolean;
  readonly helpOpen: boolean;
  readonly sceneListOpen: boolean;
  /** The docking HUD, in scenes with a rendezvous. */
  readonly dockingHud: boolean;
  readonly quality: Quality;
  /** A fixed UTC and viewpoint replacing the script's (automation only). */
  readonly inspection: Inspection | null;
  /** True when the quality came from the URL: automatic tuning leaves it alone. */
  readonly qualityPinned: boolean;
  readonly clipMarks: ClipMarks;
  readonly recording: RecordingView | null;
  /** Where the museum kiosk stands (`?kiosk`); null outside kiosk mode. */
  readonly kiosk: KioskMode | null;
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
    followId: null,
    captions: { on: true, size: 'medium' },
    realTime: false,
    infoOpen: false,
    helpOpen: false,
    sceneListOpen: false,
    dockingHud: true,
    quality: 'medium',
    qualityPinned: false,
    inspection: null,
    clipMarks: { inSec: null, outSec: null },
    recording: null,
    kiosk: null,
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
        followId: null,
        sceneListOpen: false,
        inspection: null,
        clipMarks: { inSec: null, outSec: null },
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
    setRate(rate: number): void {
      updateClock((clock, wall) => setClockRate(clock, rate, wall));
      set({ realTime: false });
    },
    setLang: (next: Lang) => set({ lang: next }),
    setCameraMode: (mode: CameraMode) => set({ cameraMode: mode }),
    setFollow: (id: string | null) => set({ followId: id }),
    setCaptions: (captions: Partial<AppState['captions']>) =>
      set({ captions: { ...get().captions, ...captions } }),
    setInfoOpen: (open: boolean) => set({ infoOpen: open }),
    setHelpOpen: (open: boolean) => set({ helpOpen: open }),
    /** Real time on or off; off returns to the chosen speed (1× if none was chosen). */
    setRealTime(on: boolean): void {
      if (on) {
        const scene = get().scene;
        set({ realTime: true });
        if (scene) updateClock((clock, wall) => realTimeClock(clock, scene.timeline, wall));
      } else {
        set({ realTime: false });
        updateClock((clock, wall) =>
          setClockRate(clock, isValidRate(clock.rate) ? clock.rate : 1, wall),
        );
      }
    },
    /** Keeps a real-time clock on one UTC second per second as playback crosses segments. */
    keepRealTime(): void {
      const { scene, realTime, clock } = get();
      if (!scene || !realTime || !clock.playing) return;
      const next = realTimeClock(clock, scene.timeline, wallNowSec());
      if (next !== clock) set({ clock: next });
    },
    setSceneListOpen: (open: boolean) => set({ sceneListOpen: open }),
    setDockingHud: (shown: boolean) => set({ dockingHud: shown }),
    setQuality: (quality: Quality, pinned: boolean) => set({ quality, qualityPinned: pinned }),
    setInspection: (inspection: Inspection | null) => set({ inspection }),
    /** Marks the clip's in or out point at playback seconds (null clears it). */
    setClipMark: (mark: 'in' | 'out', sec: number | null) =>
      set({ clipMarks: { ...get().clipMarks, [mark === 'in' ? 'inSec' : 'outSec']: sec } }),
    setRecording: (recording: RecordingView | null) => set({ recording }),
    setKioskMode: (kiosk: KioskMode | null) => set({ kiosk }),
    /** The kiosk's attract loop: any positive rate (soak runs go far beyond MAX_RATE). */
    setAttractRate(rate: number): void {
      if (!(rate > 0) || !Number.isFinite(rate))
        throw new RangeError(`attract rate must be positive, got ${rate}`);
      updateClock((clock, wall) => ({
        ...clock,
        rate,
        anchorPlaybackSec: playbackOf(clock, wall),
        anchorWallSec: wall,
      }));
      set({ realTime: false });
    },
    notify(text: Notice['text']): void {
      set({ notices: [...get().notices, { id: nextNoticeId++, text }] });
    },
    dismissNotice: (id: number) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  });
}
