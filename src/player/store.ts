/**
 * The app's state and the only way to change it. The clock lives here; drivers (the player's
 * frame loop, the automation API, later the kiosk and the recorder) call these actions.
 */
import { createStore } from 'zustand/vanilla';
import { compileEntry, type CatalogEntry } from '../core/script/scene-catalog.ts';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import type { Inspection } from '../core/script/evaluate.ts';
import type { KioskMode } from '../core/kiosk/kiosk-machine.ts';
import type { DomeSettings, ProjectionKind } from '../core/projection/dome-projection.ts';
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
import type { MapFormatChoice } from '../view/map-format.ts';
import type { Quality } from '../view/quality.ts';
import type { Lang } from './lang.ts';
import type { TimeParam } from './url-params.ts';
import {
  pickVisitorSettings,
  VISITOR_DEFAULTS,
  type CameraMode,
  type CaptionSize,
  type VisitorSettings,
} from './visitor-settings.ts';
import type { WallClock } from './wall-clock.ts';

export type { CameraMode, CaptionSize, VisitorSettings };

export interface Notice {
  readonly id: number;
  readonly text: { readonly hu: string; readonly en: string };
}

/** The clip range marked in the player (playback seconds); null: the scene's start or end. */
export interface ClipMarks {
  readonly inSec: number | null;
  readonly outSec: number | null;
}

/** A wide projection (dome or 360°) the canvas draws in instead of the flat view. */
export interface ProjectionView extends DomeSettings {
  readonly kind: Exclude<ProjectionKind, 'flat'>;
}

/** While a clip records: the frame size the canvas renders at (record mode, no frame loop). */
export interface RecordingView {
  readonly width: number;
  readonly height: number;
  /** A wide projection to draw in; absent: flat. */
  readonly projection?: ProjectionView;
  /** No stars and no space colour: alpha around the Earth and the craft (compositing). */
  readonly transparent?: boolean;
}

export interface AppState extends VisitorSettings {
  readonly catalog: readonly CatalogEntry[];
  readonly scene: CompiledScene | null;
  /** Increments on every load, so a reloaded scene rebuilds (and frees) what it drew. */
  readonly sceneLoad: number;
  readonly clock: ClockState;
  readonly lang: Lang;
  readonly notices: readonly Notice[];
  readonly quality: Quality;
  /** True when the quality came from the URL: automatic tuning leaves it alone. */
  readonly qualityPinned: boolean;
  /** KTX2 or image maps (`?maps=`); `auto` lets the view decide by its renderer. */
  readonly mapFormat: MapFormatChoice;
  readonly clipMarks: ClipMarks;
  readonly recording: RecordingView | null;
  /** The player's own preview of a wide projection (`?projection=fisheye`); null: flat. */
  readonly projection: ProjectionView | null;
  /** Where the museum kiosk stands (`?kiosk`); null outside kiosk mode. */
  readonly kiosk: KioskMode | null;
  /**
   * How far down the picture's centre lies while panels cover the view's middle, as a fraction
   * of its height (src/ui/picture-shift.ts); 0 when nothing covers it.
   */
  readonly pictureShift: number;
}

export type AppStore = ReturnType<typeof createAppStore>;

export interface AppStoreOptions {
  readonly catalog: readonly CatalogEntry[];
  readonly lang: Lang;
  /** Real time for the clock's anchor (tests pass a clock they move by hand). */
  readonly wall: WallClock;
  /** The visitor settings and their defaults (tests may declare more). */
  readonly visitorDefaults?: VisitorSettings;
}

export function createAppStore({
  catalog,
  lang,
  wall,
  visitorDefaults = VISITOR_DEFAULTS,
}: AppStoreOptions) {
  let nextNoticeId = 1;
  const store = createStore<AppState>()(() => ({
    ...visitorDefaults,
    catalog,
    scene: null,
    sceneLoad: 0,
    clock: createClock(0),
    lang,
    notices: [],
    quality: 'medium',
    qualityPinned: false,
    mapFormat: 'auto',
    clipMarks: { inSec: null, outSec: null },
    recording: null,
    projection: null,
    kiosk: null,
    pictureShift: 0,
  }));
  const set = store.setState;
  const get = store.getState;
  const updateClock = (change: (clock: ClockState, wallSec: number) => ClockState): void => {
    set({ clock: change(get().clock, wall.nowSec()) });
  };

  return Object.assign(store, {
    wall,
    /** Playback seconds now: the one time every frame is evaluated at. */
    playbackSec: (): number => playbackOf(get().clock, wall.nowSec()),
    loadScene(id: string): CompiledScene {
      const entry = get().catalog.find((e) => e.id === id);
      if (!entry)
        throw new Error(
          `unknown scene "${id}"; known: ${get()
            .catalog.map((e) => e.id)
            .join(', ')}`,
        );
      // Compiled the first time it is shown; the catalog keeps the result (or the reason).
      const compiled = compileEntry(entry);
      if (compiled !== entry)
        set({ catalog: get().catalog.map((e) => (e === entry ? compiled : e)) });
      const scene = compiled.scene;
      if (!scene)
        throw new Error(`scene "${id}" is unavailable: ${compiled.error ?? 'unknown reason'}`);
      const { rate } = get().clock;
      set({
        scene,
        sceneLoad: get().sceneLoad + 1,
        clock: { ...createClock(scene.timeline.durationSec), rate },
        cameraMode: 'script',
        followId: null,
        sceneListOpen: false,
        inspection: null,
        clipMarks: { inSec: null, outSec: null },
      });
      return scene;
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
      updateClock((clock, wallSec) => seekClock(clock, sec, wallSec));
      return playbackOf(get().clock, wall.nowSec());
    },
    setRate(rate: number): void {
      updateClock((clock, wallSec) => setClockRate(clock, rate, wallSec));
      set({ realTime: false });
    },
    setLang: (next: Lang) => set({ lang: next }),
    setCameraMode: (mode: CameraMode) => set({ cameraMode: mode }),
    setFollow: (id: string | null) => set({ followId: id }),
    setSound: (sound: Partial<AppState['sound']>) => set({ sound: { ...get().sound, ...sound } }),
    setCaptions: (captions: Partial<AppState['captions']>) =>
      set({ captions: { ...get().captions, ...captions } }),
    setInfoOpen: (open: boolean) => set({ infoOpen: open }),
    setHelpOpen: (open: boolean) => set({ helpOpen: open }),
    /** Real time on or off; off returns to the chosen speed (1× if none was chosen). */
    setRealTime(on: boolean): void {
      if (on) {
        const scene = get().scene;
        set({ realTime: true });
        if (scene) updateClock((clock, wallSec) => realTimeClock(clock, scene.timeline, wallSec));
      } else {
        set({ realTime: false });
        updateClock((clock, wallSec) =>
          setClockRate(clock, isValidRate(clock.rate) ? clock.rate : 1, wallSec),
        );
      }
    },
    /** Keeps a real-time clock on one UTC second per second as playback crosses segments. */
    keepRealTime(): void {
      const { scene, realTime, clock } = get();
      if (!scene || !realTime || !clock.playing) return;
      const next = realTimeClock(clock, scene.timeline, wall.nowSec());
      if (next !== clock) set({ clock: next });
    },
    setSceneListOpen: (open: boolean) => set({ sceneListOpen: open }),
    setDockingHud: (shown: boolean) => set({ dockingHud: shown }),
    setMapShown: (shown: boolean) => set({ mapShown: shown }),
    setSettingsOpen: (open: boolean) => set({ settingsOpen: open }),
    setClipOpen: (open: boolean) => set({ clipOpen: open }),
    setQuality: (quality: Quality, pinned: boolean) => set({ quality, qualityPinned: pinned }),
    setMapFormat: (mapFormat: MapFormatChoice) => set({ mapFormat }),
    setInspection: (inspection: Inspection | null) => set({ inspection }),
    /** Marks the clip's in or out point at playback seconds (null clears it). */
    setClipMark: (mark: 'in' | 'out', sec: number | null) =>
      set({ clipMarks: { ...get().clipMarks, [mark === 'in' ? 'inSec' : 'outSec']: sec } }),
    setRecording: (recording: RecordingView | null) => set({ recording }),
    setProjection: (projection: ProjectionView | null) => set({ projection }),
    setKioskMode: (kiosk: KioskMode | null) => set({ kiosk }),
    setPictureShift(fraction: number): void {
      // Under a fifth of a pixel even on a 4K screen: no new state, no redraw of a paused view.
      if (Math.abs(fraction - get().pictureShift) > 1e-4) set({ pictureShift: fraction });
    },
    /** The kiosk's attract loop: any positive rate (soak runs go far beyond MAX_RATE). */
    setAttractRate(rate: number): void {
      if (!(rate > 0) || !Number.isFinite(rate))
        throw new RangeError(`attract rate must be positive, got ${rate}`);
      updateClock((clock, wallSec) => ({
        ...clock,
        rate,
        anchorPlaybackSec: playbackOf(clock, wallSec),
        anchorWallSec: wallSec,
      }));
      set({ realTime: false });
    },
    /** The visitor's settings as they are now (record mode puts them back after a clip). */
    visitorSettings: (): VisitorSettings => pickVisitorSettings(get(), visitorDefaults),
    restoreVisitorSettings: (saved: VisitorSettings) => set({ ...saved }),
    /** Back to the defaults, with the caller's own choices on top (the kiosk's large captions). */
    resetVisitorSettings: (overrides: Partial<VisitorSettings> = {}) =>
      set({ ...visitorDefaults, ...overrides }),
    notify(text: Notice['text']): void {
      set({ notices: [...get().notices, { id: nextNoticeId++, text }] });
    },
    dismissNotice: (id: number) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  });
}
