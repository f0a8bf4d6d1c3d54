/**
 * The kiosk's driver: the thin layer between the page and the pure machines of src/core/kiosk.
 * A heartbeat (4 per second) feeds them wall time, frame counts and the clock; their commands
 * become store actions. It also listens for visitor input, WebGL context loss and crashes, and
 * reloads the page when the picture cannot be brought back otherwise.
 */
import type { PlayerRuntime } from '../../player/player-runtime.ts';
import type { KioskConfig, KioskLang } from '../../core/kiosk/kiosk-config.ts';
import {
  countdownLeftSec,
  kioskStep,
  startKiosk,
  type KioskCommand,
  type KioskMode,
  type KioskPlan,
  type KioskState,
  type KioskStepResult,
} from '../../core/kiosk/kiosk-machine.ts';
import {
  contextLost,
  contextRestored,
  healthTick,
  INITIAL_HEALTH,
  recoveryFor,
  reloadDelaySec,
} from '../../core/kiosk/health.ts';
import { hasEnded } from '../../core/time/clock.ts';
import { createContextGuard } from './context-guard.ts';
import { readHealth, type KioskHealth, type RecoveryCounts } from './kiosk-health.ts';
import { writeSession, type KioskSession } from './kiosk-session.ts';
import type { ServiceWorkerControl } from './service-worker.ts';

const HEARTBEAT_MS = 250;
/** How many attract scene starts `recent()` remembers. */
const ATTRACT_LOG_LENGTH = 24;

/** One scene started by the attract loop. */
export interface AttractStart {
  readonly cycle: number;
  readonly sceneId: string;
  readonly lang: KioskLang;
}
/** An attract scene that ended but still waits for an asset moves on after this long anyway. */
const MAX_WAIT_AT_END_SEC = 10;

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
  readonly plan: KioskPlan;
  readonly build: string;
  readonly problems: readonly string[];
  readonly serviceWorker: ServiceWorkerControl;
  readonly session: KioskSession;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

export type KioskDriver = ReturnType<typeof createKioskDriver>;

export function createKioskDriver(options: KioskDriverOptions) {
  const { runtime, config, plan, build, problems, serviceWorker, storage } = options;
  const { store, wall, progress } = runtime;
  const wallNowSec = wall.nowSec;
  const drawnFrames = progress.drawnFrames;
  let session = options.session;
  let machine: KioskState | null = null;
  let health = INITIAL_HEALTH;
  let view: KioskView = { mode: 'attract', generation: 0, fault: false };
  let countdown = 0;
  const listeners = new Set<() => void>();
  const startedSec = wallNowSec();
  let framesAtLoad = 0;
  let endedSinceSec: number | null = null;
  const attractLog: AttractStart[] = [];
  const counts: RecoveryCounts = {
    cycles: 0,
    remounts: 0,
    contextLosses: 0,
    contextRestores: 0,
    errors: 0,
    lastRecovery: session.lastReason,
  };
  let recentRemountsSec: number[] = [];
  let reloading = false;
  let fps = 0;
  let fpsSample = { sec: startedSec, frames: 0 };
  let healthSnapshot: KioskHealth;
  let stopHeartbeat = () => {};
  const undo: (() => void)[] = [];

  const emit = () => {
    for (const listener of listeners) listener();
  };
  const setView = (change: Partial<KioskView>) => {
    view = { ...view, ...change };
    emit();
  };

  function resetVisitorSettings(): void {
    store.resetVisitorSettings({ captions: { on: true, size: 'large' } });
    for (const notice of store.getState().notices) store.dismissNotice(notice.id);
  }

  function execute(command: KioskCommand): void {
    if (command.kind === 'interactive') {
      store.setRate(1);
      return;
    }
    // Between two attract scenes nobody is watching closely: the moment to switch builds.
    if (serviceWorker.updateWaiting()) serviceWorker.applyUpdate();
    if (command.reset) resetVisitorSettings();
    store.loadScene(command.sceneId);
    store.setLang(command.lang);
    store.setCaptions({ on: true });
    store.setAttractRate(config.attractRate);
    store.play();
    framesAtLoad = drawnFrames();
    endedSinceSec = null;
    counts.cycles++;
    attractLog.push({ cycle: counts.cycles, sceneId: command.sceneId, lang: command.lang });
    if (attractLog.length > ATTRACT_LOG_LENGTH) attractLog.shift();
  }

  function run(result: KioskStepResult): void {
    machine = result.state;
    for (const command of result.commands) execute(command);
    if (store.getState().kiosk !== machine.mode) store.setKioskMode(machine.mode);
    if (view.mode !== machine.mode) setView({ mode: machine.mode });
  }

  function input(): void {
    if (!machine || reloading) return;
    run(kioskStep(plan, machine, { kind: 'input', nowSec: wallNowSec() }));
  }

  function reload(reason: string): void {
    if (reloading) return;
    reloading = true;
    const state = store.getState();
    const resume =
      machine?.mode === 'attract' && state.scene
        ? { step: machine.attractStep, playbackSec: store.playbackSec() }
        : null;
    const reloadsBefore = session.reloads;
    session = { ...session, reloads: session.reloads + 1, lastReason: reason, resume };
    writeSession(storage, session);
    console.warn(`kiosk: reloading the page (${reason})`);
    const delaySec = reloadDelaySec(reloadsBefore, wallNowSec() - startedSec);
    wall.after(delaySec * 1000, () => window.location.reload());
  }

  /** The player crashed (error boundary): remount it in place, or reload if it keeps crashing. */
  function playerFailed(error: unknown): void {
    counts.errors++;
    console.warn('kiosk: the player crashed; restarting it', error);
    const recovery = recoveryFor(recentRemountsSec, wallNowSec());
    recentRemountsSec = recovery.recentSec;
    if (recovery.action === 'reload') {
      reload('player-crashed-repeatedly');
      return;
    }
    counts.remounts++;
    counts.lastRecovery = 'player-crashed';
    // After React has finished with the failed tree: a fresh player (a new Canvas, exceptionally)
    // that loads its assets anew, in case a failed load was the crash.
    wall.after(0, () => {
      runtime.assets.forget();
      setView({ generation: view.generation + 1, fault: false });
    });
  }

  function attractSceneEnded(nowSec: number, frames: number): boolean {
    const state = store.getState();
    const ended = state.scene !== null && hasEnded(state.clock, nowSec);
    if (!ended) {
      endedSinceSec = null;
      return false;
    }
    endedSinceSec ??= nowSec;
    // At least a couple of frames of it were drawn, with its assets (or it waited long enough).
    return (
      frames - framesAtLoad >= 2 &&
      (runtime.readiness.isReady() || nowSec - endedSinceSec >= MAX_WAIT_AT_END_SEC)
    );
  }

  function measureHealth(nowSec: number): KioskHealth {
    return readHealth({
      frames: drawnFrames(),
      stats: progress.rendererStats(),
      nowEpochMs: wall.epochMs(),
      mode: machine?.mode ?? 'attract',
      build,
      sceneId: store.getState().scene?.id ?? null,
      uptimeSec: nowSec - startedSec,
      session,
      fps,
      counts,
      contextLost: health.contextLostSec !== null,
      serviceWorker: serviceWorker.status(),
      problems,
    });
  }

  function heartbeat(): void {
    if (!machine || reloading) return;
    const now = wallNowSec();
    const frames = drawnFrames();
    contextGuard.check(frames);
    const sceneEnded = machine.mode === 'attract' && attractSceneEnded(now, frames);
    run(kioskStep(plan, machine, { kind: 'tick', nowSec: now, sceneEnded }));

    const left = countdownLeftSec(machine, now);
    if (left !== countdown) {
      countdown = left;
      emit();
    }

    const checked = healthTick(
      health,
      {
        nowSec: now,
        frames,
        expectFrames: runtime.page.visible() && store.getState().recording === null,
      },
      { stallSec: config.watchdogSec, restoreSec: config.watchdogSec },
    );
    health = checked.state;
    if (checked.verdict !== 'ok') {
      reload(checked.verdict);
      return;
    }

    if (now - fpsSample.sec >= 1) {
      fps = Math.round(((frames - fpsSample.frames) / (now - fpsSample.sec)) * 10) / 10;
      fpsSample = { sec: now, frames };
      healthSnapshot = measureHealth(now);
      emit();
    }
  }

  const onInput = (event: Event) => {
    if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
    // The attract and "Still there?" screens take their tap on click, so it reaches nothing below.
    const target = event.target as Element | null;
    if (machine?.mode !== 'interactive' && target?.closest?.('[data-kiosk-overlay]')) return;
    input();
  };
  const onError = () => {
    counts.errors++;
  };

  const contextGuard = createContextGuard(runtime, {
    lost() {
      health = contextLost(health, wallNowSec());
      counts.contextLosses++;
      counts.lastRecovery = 'context-lost';
    },
    restored() {
      health = contextRestored(health);
      counts.contextRestores++;
      counts.lastRecovery = 'context-restored';
    },
  });

  healthSnapshot = measureHealth(startedSec);

  return {
    config,
    start(): void {
      const resume = session.resume;
      run(startKiosk(plan, wallNowSec(), resume?.step ?? 0));
      if (resume) store.seek({ kind: 'playback', sec: resume.playbackSec });
      session = { ...session, resume: null };
      writeSession(storage, session);
      for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const) {
        window.addEventListener(type, onInput, { capture: true, passive: true });
        undo.push(() => window.removeEventListener(type, onInput, { capture: true }));
      }
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      undo.push(() => {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      });
      stopHeartbeat = wall.every(HEARTBEAT_MS, heartbeat);
    },
    stop(): void {
      stopHeartbeat();
      contextGuard.stop();
      for (const step of undo.splice(0)) step();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: (): KioskView => view,
    getCountdown: (): number => countdown,
    getHealth: (): KioskHealth => healthSnapshot,
    /** A tap on the attract or "Still there?" screen. */
    input,
    playerFailed,
    /** An error no boundary caught (React unmounted everything): start over. */
    uncaughtError(error: unknown): void {
      console.error('kiosk: uncaught error', error);
      reload('uncaught-error');
    },
    /** For tests and operators: `window.urverseny.kiosk`. */
    api: {
      health: (): KioskHealth => measureHealth(wallNowSec()),
      config: (): KioskConfig => config,
      /** The attract loop's latest scene starts, oldest first. */
      recent: (): AttractStart[] => [...attractLog],
      /** Debug only (`&debug`): makes the player throw on its next render, to see it recover. */
      fault(kind: unknown): void {
        if (!config.debug) throw new Error('fault(): only with ?kiosk&debug');
        if (kind !== 'render') throw new TypeError(`fault(kind): kind must be 'render'`);
        setView({ fault: true });
      },
    },
  };
}
