/** The operator's health readout: what `?kiosk&debug` shows and `urverseny.kiosk.health()` returns. */
import type { KioskMode } from '../../core/kiosk/kiosk-machine.ts';
import type { RendererStats } from '../../player/render-progress.ts';
import type { KioskSession } from './kiosk-session.ts';
import type { ServiceWorkerStatus } from './service-worker.ts';

export interface KioskHealth {
  readonly mode: KioskMode;
  readonly build: string;
  readonly sceneId: string | null;
  /** Seconds since this page loaded. */
  readonly uptimeSec: number;
  /** Seconds since the kiosk first started in this browser session (across its reloads). */
  readonly sessionUptimeSec: number;
  readonly fps: number;
  readonly frames: number;
  /** JS heap in use (Chromium only), MB. */
  readonly heapMB: number | null;
  readonly geometries: number;
  readonly textures: number;
  /** Attract scenes started since this page loaded. */
  readonly cycles: number;
  readonly reloads: number;
  readonly remounts: number;
  readonly contextLosses: number;
  readonly contextRestores: number;
  readonly contextLost: boolean;
  readonly errors: number;
  readonly lastRecovery: string | null;
  readonly serviceWorker: ServiceWorkerStatus;
  readonly problems: readonly string[];
}

/** What the driver counts since this page loaded. */
export interface RecoveryCounts {
  /** Attract scenes started. */
  cycles: number;
  remounts: number;
  contextLosses: number;
  contextRestores: number;
  errors: number;
  lastRecovery: string | null;
}

export interface HealthInputs {
  readonly frames: number;
  readonly stats: RendererStats;
  readonly nowEpochMs: number;
  readonly mode: KioskMode;
  readonly build: string;
  readonly sceneId: string | null;
  readonly uptimeSec: number;
  readonly session: KioskSession;
  readonly fps: number;
  readonly counts: Readonly<RecoveryCounts>;
  readonly contextLost: boolean;
  readonly serviceWorker: ServiceWorkerStatus;
  readonly problems: readonly string[];
}

function heapMB(): number | null {
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round((memory.usedJSHeapSize / 2 ** 20) * 10) / 10 : null;
}

export function readHealth(inputs: HealthInputs): KioskHealth {
  const { counts, session } = inputs;
  const { stats } = inputs;
  return {
    mode: inputs.mode,
    build: inputs.build,
    sceneId: inputs.sceneId,
    uptimeSec: Math.round(inputs.uptimeSec),
    sessionUptimeSec: Math.round((inputs.nowEpochMs - session.firstStartMs) / 1000),
    fps: inputs.fps,
    frames: inputs.frames,
    heapMB: heapMB(),
    geometries: stats.geometries,
    textures: stats.textures,
    ...counts,
    reloads: session.reloads,
    contextLost: inputs.contextLost,
    serviceWorker: inputs.serviceWorker,
    problems: inputs.problems,
  };
}
