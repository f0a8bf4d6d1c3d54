/**
 * The real kiosk driver in Node: a real store and player runtime on a hand-moved wall clock, a
 * fake page (window listeners, canvas, reload), a fake renderer that draws a frame every
 * FRAME_MS of test time while `drawing` is on, and sessionStorage as a Map. Every timing in the
 * kiosk tests is in milliseconds of test time.
 */
import { vi } from 'vitest';
import {
  attractPlaylist,
  KIOSK_DEFAULTS,
  type KioskConfig,
} from '../../../../src/core/kiosk/kiosk-config.ts';
import { createKioskDriver, type KioskDriver } from '../../../../src/modes/kiosk/kiosk-driver.ts';
import type { KioskCanvas, KioskPage } from '../../../../src/modes/kiosk/kiosk-page.ts';
import { readSession, type KioskSession } from '../../../../src/modes/kiosk/kiosk-session.ts';
import { createPlayerRuntime, type PlayerRuntime } from '../../../../src/player/player-runtime.ts';
import { createAppStore, type AppStore } from '../../../../src/player/store.ts';
import { repoCatalog } from '../../../helpers/catalog.ts';
import { manualWallClock, type ManualWallClock } from '../../../helpers/manual-wall-clock.ts';
import { screenlessPage } from '../../../helpers/screenless-page.ts';

export const FRAME_MS = 100;
const catalog = repoCatalog();
/** The scenes that can play now (scene files change while these tests are written). */
export const availableIds = attractPlaylist(catalog, null).playlist;
/** An attract rate at which every available scene plays through in at most 8 s of wall time. */
export const QUICK_RATE =
  Math.max(...catalog.filter((e) => e.available).map((e) => e.scene!.timeline.durationSec)) / 8;

/** Session storage shared by a kiosk and the page it reloads into. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}
export type MemoryStorage = ReturnType<typeof memoryStorage>;

export interface Harness {
  readonly wall: ManualWallClock;
  readonly store: AppStore;
  readonly runtime: PlayerRuntime;
  readonly driver: KioskDriver;
  readonly config: KioskConfig;
  readonly storage: MemoryStorage;
  /** Test-time ms at each page.reload(). */
  readonly reloads: number[];
  /** Each session record the driver wrote, with the test-time ms it wrote it at. */
  readonly sessionWrites: { ms: number; session: KioskSession }[];
  /** How often the driver looked for the canvas (once per heartbeat). */
  canvasLookups: number;
  drawing: boolean;
  visible: boolean;
  canvas: KioskCanvas | null;
  updateWaiting: boolean;
  updatesApplied: number;
  /** Calls the page's listeners for `type` with a fake event. */
  fire(type: string, event?: Record<string, unknown>): void;
  /** Window listeners now attached, by event type. */
  listening(type: string): number;
  /** Wall ms from now until the current scene's clock reaches its end. */
  msToSceneEnd(): number;
  /** Moves test time on, drawing frames if `drawing`. */
  advance(ms: number): void;
}

/** A canvas that is shown (its context events count). */
export function fakeCanvas(): KioskCanvas {
  return Object.assign(new EventTarget(), { isConnected: true });
}

export interface HarnessOptions {
  readonly config?: Partial<KioskConfig>;
  readonly storage?: MemoryStorage;
  readonly session?: KioskSession;
  readonly playlist?: readonly string[];
}

export function kioskHarness(options: HarnessOptions = {}): Harness {
  const wall = manualWallClock();
  const store = createAppStore({ catalog, lang: 'hu', wall });
  const config: KioskConfig = { ...KIOSK_DEFAULTS, ...options.config };
  const storage = options.storage ?? memoryStorage();
  const listeners = new Map<string, Set<(event: Event) => void>>();
  // What the fakes read and record, created first (the driver reads some while it is built).
  const h = {
    reloads: [],
    sessionWrites: [],
    canvasLookups: 0,
    drawing: true,
    visible: true,
    canvas: null,
    updateWaiting: false,
    updatesApplied: 0,
  } as Pick<
    Harness,
    | 'reloads'
    | 'sessionWrites'
    | 'canvasLookups'
    | 'drawing'
    | 'visible'
    | 'canvas'
    | 'updateWaiting'
    | 'updatesApplied'
  >;
  const page: KioskPage = {
    reload: () => void h.reloads.push(wall.nowSec() * 1000),
    listen(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set.add(listener));
      return () => set.delete(listener);
    },
    canvas: () => {
      h.canvasLookups++;
      return h.canvas;
    },
  };
  const runtime = createPlayerRuntime(store, {
    page: screenlessPage({ visible: () => h.visible }),
  });
  vi.spyOn(runtime.assets, 'forget').mockImplementation(() => {});
  const playlist = options.playlist ?? availableIds;
  const driver = createKioskDriver({
    runtime,
    config,
    playlist,
    build: 'test',
    problems: [],
    serviceWorker: {
      status: () => (h.updateWaiting ? 'update-waiting' : 'ready'),
      updateWaiting: () => h.updateWaiting,
      applyUpdate: () => {
        h.updatesApplied++;
        h.updateWaiting = false;
        return true;
      },
    },
    session: options.session ?? readSession(storage, wall.epochMs()),
    storage: {
      getItem: storage.getItem,
      setItem(key, value) {
        h.sessionWrites.push({ ms: wall.nowSec() * 1000, session: JSON.parse(value) });
        storage.setItem(key, value);
      },
    },
    page,
  });
  wall.every(FRAME_MS, () => {
    if (h.drawing) runtime.progress.frameDrawn();
  });
  return Object.assign(h, {
    wall,
    store,
    runtime,
    driver,
    config,
    storage,
    fire(type: string, event: Record<string, unknown> = {}) {
      for (const listener of listeners.get(type) ?? [])
        listener({ type, target: null, ...event } as unknown as Event);
    },
    listening: (type: string) => listeners.get(type)?.size ?? 0,
    msToSceneEnd() {
      const { clock } = store.getState();
      return ((clock.durationSec - store.playbackSec()) / clock.rate) * 1000;
    },
    advance: (ms: number) => wall.advance(ms),
  });
}
