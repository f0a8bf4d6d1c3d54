/**
 * The operator's health readout over time: frames per second sampled once a second, and the
 * snapshot the debug overlay renders (refreshed with each sample, so React re-renders once a
 * second, not at every heartbeat). `measure()` reads it fresh for `urverseny.kiosk.health()`.
 */
import type { PlayerRuntime } from '../../player/player-runtime.ts';
import type { AttractLoop } from './attract-loop.ts';
import { readHealth, type KioskHealth } from './kiosk-health.ts';
import type { Recovery } from './recovery.ts';
import type { ServiceWorkerControl } from './service-worker.ts';

export interface HealthReadoutOptions {
  readonly runtime: PlayerRuntime;
  readonly build: string;
  readonly problems: readonly string[];
  readonly serviceWorker: Pick<ServiceWorkerControl, 'status'>;
  readonly startedSec: number;
  readonly attract: Pick<AttractLoop, 'mode' | 'cycles'>;
  readonly recovery: Pick<Recovery, 'session' | 'counts' | 'isContextLost'>;
}

export function createHealthReadout(options: HealthReadoutOptions) {
  const { runtime, startedSec, attract, recovery } = options;
  const { store, wall, progress } = runtime;
  let fps = 0;
  let sample = { sec: startedSec, frames: 0 };

  function measure(nowSec: number): KioskHealth {
    return readHealth({
      mode: attract.mode(),
      session: recovery.session(),
      counts: { ...recovery.counts(), cycles: attract.cycles() },
      contextLost: recovery.isContextLost(),
      frames: progress.drawnFrames(),
      stats: progress.rendererStats(),
      nowEpochMs: wall.epochMs(),
      build: options.build,
      sceneId: store.getState().scene?.id ?? null,
      uptimeSec: nowSec - startedSec,
      fps,
      serviceWorker: options.serviceWorker.status(),
      problems: options.problems,
    });
  }
  let snapshot = measure(startedSec);

  return {
    measure,
    snapshot: (): KioskHealth => snapshot,
    /** Each heartbeat; true when a second has passed and the snapshot is new. */
    tick(nowSec: number, frames: number): boolean {
      if (nowSec - sample.sec < 1) return false;
      fps = Math.round(((frames - sample.frames) / (nowSec - sample.sec)) * 10) / 10;
      sample = { sec: nowSec, frames };
      snapshot = measure(nowSec);
      return true;
    },
  };
}
