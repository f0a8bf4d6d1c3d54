/**
 * The kiosk's driver: the thin layer between the page and the pure machines of src/core/kiosk.
 * A heartbeat (4 per second, on the player's wall clock) feeds the attract loop and the watchdog
 * wall time and frame counts; visitor input, WebGL context loss and crashes come in between. The
 * parts live in their own files (attract-loop, recovery, kiosk-input, context-guard); this one
 * composes them and keeps what the kiosk's React parts and `window.urverseny.kiosk` read.
 */
import { isQuietAt, type KioskConfig } from '../../core/kiosk/kiosk-config.ts';
import type { KioskMode, KioskPlan } from '../../core/kiosk/kiosk-machine.ts';
import type { PlayerRuntime } from '../../player/player-runtime.ts';
import { createAttractLoop, type AttractStart } from './attract-loop.ts';
import { createContextGuard } from './context-guard.ts';
import { createHealthReadout } from './health-readout.ts';
import type { KioskHealth } from './kiosk-health.ts';
import { listenForInput } from './kiosk-input.ts';
import type { KioskPage } from './kiosk-page.ts';
import type { KioskSession } from './kiosk-session.ts';
import { createRecovery } from './recovery.ts';
import type { ServiceWorkerControl } from './service-worker.ts';

export type { AttractStart };

export const HEARTBEAT_MS = 250;

/** What the kiosk's own React parts render from (changes rarely). */
export interface KioskView {
  readonly mode: KioskMode;
  /** Increments when the player is remounted after a crash. */
  readonly generation: number;
  /** True while a test fault is armed (debug only): the player throws on its next render. */
  readonly fault: boolean;
}

export interface KioskDriverOptions {
  readonly runtime: PlayerRuntime;
  readonly config: KioskConfig;
  /** The attract loop's scenes, in order (the rest of the plan comes from `config`). */
  readonly playlist: readonly string[];
  readonly build: string;
  readonly problems: readonly string[];
  readonly serviceWorker: ServiceWorkerControl;
  readonly session: KioskSession;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** The page's reload, window events and canvas (browserKioskPage in the app). */
  readonly page: KioskPage;
}

export type KioskDriver = ReturnType<typeof createKioskDriver>;

export function createKioskDriver(options: KioskDriverOptions) {
  const { runtime, config, playlist, build, problems, serviceWorker, page } = options;
  const plan: KioskPlan = {
    playlist,
    langs: config.langs,
    idleSec: config.idleSec,
    countdownSec: config.countdownSec,
  };
  const { store, wall, progress } = runtime;
  const startedSec = wall.nowSec();
  let view: KioskView = { mode: 'attract', generation: 0, fault: false };
  const listeners = new Set<() => void>();
  let stopHeartbeat = () => {};
  let stopInput = () => {};

  const emit = () => {
    for (const listener of listeners) listener();
  };
  const setView = (change: Partial<KioskView>) => {
    view = { ...view, ...change };
    emit();
  };

  const attract = createAttractLoop({
    runtime,
    config,
    plan,
    serviceWorker,
    onMode: (mode) => {
      if (view.mode !== mode) setView({ mode });
    },
  });
  const recovery = createRecovery({
    runtime,
    config,
    page,
    session: options.session,
    storage: options.storage,
    startedSec,
    resumePoint: attract.resumePoint,
    remount: () => setView({ generation: view.generation + 1, fault: false }),
  });
  const contextGuard = createContextGuard(runtime, page, {
    lost: recovery.contextLost,
    restored: recovery.contextRestored,
  });
  const readout = createHealthReadout({
    runtime,
    build,
    problems,
    serviceWorker,
    startedSec,
    attract,
    recovery,
  });

  function heartbeat(): void {
    if (!attract.started() || recovery.reloading()) return;
    const now = wall.nowSec();
    const frames = progress.drawnFrames();
    contextGuard.check(frames);
    if (attract.tick(now, frames)) emit();
    if (recovery.watch(now, frames)) return;
    if (readout.tick(now, frames)) emit();
    // Quiet hours: silent whatever a visitor chose (local time of the kiosk's machine).
    const local = new Date(wall.epochMs());
    const quiet = isQuietAt(config.quiet, local.getHours() * 60 + local.getMinutes());
    const { sound, kiosk } = store.getState();
    if (quiet && !sound.muted) store.setSound({ muted: true });
    // Past the quiet hours the loop speaks again; a visitor's own choice stays theirs.
    else if (!quiet && config.quiet && kiosk === 'attract' && sound.muted)
      store.setSound({ muted: false });
  }

  /** A tap on the attract or "Still there?" screen, or any input on the page. */
  function input(): void {
    if (!recovery.reloading()) attract.input(wall.nowSec());
  }

  return {
    config,
    start(): void {
      const resume = recovery.takeResume();
      attract.start(wall.nowSec(), resume?.step ?? 0);
      if (resume) store.seek({ kind: 'playback', sec: resume.playbackSec });
      stopInput = listenForInput(page, {
        input,
        interactive: () => attract.mode() === 'interactive',
        error: recovery.errorSeen,
      });
      stopHeartbeat = wall.every(HEARTBEAT_MS, heartbeat);
    },
    stop(): void {
      stopHeartbeat();
      contextGuard.stop();
      stopInput();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: (): KioskView => view,
    getCountdown: (): number => attract.countdown(),
    getHealth: readout.snapshot,
    input,
    playerFailed: recovery.playerFailed,
    /** An error no boundary caught (React unmounted everything): start over. */
    uncaughtError(error: unknown): void {
      console.error('kiosk: uncaught error', error);
      recovery.reload('uncaught-error');
    },
    /** For tests and operators: `window.urverseny.kiosk`. */
    api: {
      health: (): KioskHealth => readout.measure(wall.nowSec()),
      config: (): KioskConfig => config,
      /** The attract loop's latest scene starts, oldest first. */
      recent: (): AttractStart[] => attract.recent(),
      /** Debug only (`&debug`): makes the player throw on its next render, to see it recover. */
      fault(kind: unknown): void {
        if (!config.debug) throw new Error('fault(): only with ?kiosk&debug');
        if (kind !== 'render') throw new TypeError(`fault(kind): kind must be 'render'`);
        setView({ fault: true });
      },
    },
  };
}
