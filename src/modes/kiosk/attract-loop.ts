/**
 * Runs the pure attract / idle machine (src/core/kiosk/kiosk-machine.ts) against the player: feeds
 * it input and ticks, turns its commands into store actions, decides when an attract scene has
 * really ended (played to its end and seen on screen) and remembers the latest scene starts.
 */
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
import { hasEnded } from '../../core/time/clock.ts';
import type { PlayerRuntime } from '../../player/player-runtime.ts';
import type { ServiceWorkerControl } from './service-worker.ts';

/** How many attract scene starts `recent()` remembers. */
const ATTRACT_LOG_LENGTH = 24;
/** An attract scene that ended but still waits for an asset moves on after this long anyway. */
export const MAX_WAIT_AT_END_SEC = 10;

/** One scene started by the attract loop. */
export interface AttractStart {
  readonly cycle: number;
  readonly sceneId: string;
  readonly lang: KioskLang;
}

export interface AttractLoopOptions {
  readonly runtime: PlayerRuntime;
  readonly config: Pick<KioskConfig, 'attractRate' | 'volume' | 'effects'>;
  readonly plan: KioskPlan;
  readonly serviceWorker: Pick<ServiceWorkerControl, 'updateWaiting' | 'applyUpdate'>;
  /** After every step, with the machine's mode (changed or not). */
  readonly onMode: (mode: KioskMode) => void;
}

export type AttractLoop = ReturnType<typeof createAttractLoop>;

export function createAttractLoop({
  runtime,
  config,
  plan,
  serviceWorker,
  onMode,
}: AttractLoopOptions) {
  const { store, progress } = runtime;
  let machine: KioskState | null = null;
  let framesAtLoad = 0;
  let endedSinceSec: number | null = null;
  let cycles = 0;
  let countdown = 0;
  const log: AttractStart[] = [];

  function execute(command: KioskCommand): void {
    if (command.kind === 'interactive') {
      store.setRate(1);
      return;
    }
    // Between two attract scenes nobody is watching closely: the moment to switch builds.
    if (serviceWorker.updateWaiting()) serviceWorker.applyUpdate();
    if (command.reset) {
      // The next visitor finds the kiosk as the first did: its own large captions, no notices.
      store.resetVisitorSettings({
        captions: { on: true, size: 'large' },
        sound: { muted: false, volume: config.volume, effects: config.effects, readAloud: false },
      });
      for (const notice of store.getState().notices) store.dismissNotice(notice.id);
    }
    store.loadScene(command.sceneId);
    store.setLang(command.lang);
    store.setCaptions({ on: true });
    store.setAttractRate(config.attractRate);
    store.play();
    framesAtLoad = progress.drawnFrames();
    endedSinceSec = null;
    cycles++;
    log.push({ cycle: cycles, sceneId: command.sceneId, lang: command.lang });
    if (log.length > ATTRACT_LOG_LENGTH) log.shift();
  }

  function run(result: KioskStepResult): KioskState {
    machine = result.state;
    for (const command of result.commands) execute(command);
    if (store.getState().kiosk !== machine.mode) store.setKioskMode(machine.mode);
    onMode(machine.mode);
    return machine;
  }

  function sceneEnded(nowSec: number, frames: number): boolean {
    const state = store.getState();
    if (state.scene === null || !hasEnded(state.clock, nowSec)) {
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

  return {
    /** Starts the loop at attract step `step` (0, or where a reload left it). */
    start(nowSec: number, step: number): void {
      run(startKiosk(plan, nowSec, step));
    },
    started: (): boolean => machine !== null,
    /** The visitor touched the screen. */
    input(nowSec: number): void {
      if (machine) run(kioskStep(plan, machine, { kind: 'input', nowSec }));
    },
    /** One heartbeat; true when the countdown's whole seconds changed. */
    tick(nowSec: number, frames: number): boolean {
      if (!machine) return false;
      const ended = machine.mode === 'attract' && sceneEnded(nowSec, frames);
      const left = countdownLeftSec(
        run(kioskStep(plan, machine, { kind: 'tick', nowSec, sceneEnded: ended })),
        nowSec,
      );
      if (left === countdown) return false;
      countdown = left;
      return true;
    },
    mode: (): KioskMode => machine?.mode ?? 'attract',
    countdown: (): number => countdown,
    /** Attract scenes started since this page loaded. */
    cycles: (): number => cycles,
    recent: (): AttractStart[] => [...log],
    /** Where a reload should continue the loop (null: not in the attract loop). */
    resumePoint(): { step: number; playbackSec: number } | null {
      return machine?.mode === 'attract' && store.getState().scene
        ? { step: machine.attractStep, playbackSec: store.playbackSec() }
        : null;
    },
  };
}
