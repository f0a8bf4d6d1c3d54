/**
 * How the kiosk heals itself, around the pure decisions of src/core/kiosk/health.ts: the watchdog
 * (frames stopped, a lost WebGL context that stays lost), a crashed player remounted in place, and
 * the last resort, a page reload — backing off when reloads keep failing, and writing down where
 * the attract loop was so the reloaded page continues it.
 */
import {
  contextLost,
  contextRestored,
  healthTick,
  INITIAL_HEALTH,
  recoveryFor,
  reloadDelaySec,
} from '../../core/kiosk/health.ts';
import type { KioskConfig } from '../../core/kiosk/kiosk-config.ts';
import type { PlayerRuntime } from '../../player/player-runtime.ts';
import type { RecoveryCounts } from './kiosk-health.ts';
import type { KioskPage } from './kiosk-page.ts';
import { writeSession, type KioskSession } from './kiosk-session.ts';

export interface RecoveryOptions {
  readonly runtime: PlayerRuntime;
  readonly config: Pick<KioskConfig, 'watchdogSec'>;
  readonly page: Pick<KioskPage, 'reload'>;
  readonly session: KioskSession;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** Wall seconds when this page's kiosk started (reloads soon after start back off). */
  readonly startedSec: number;
  /** Where the attract loop stands, for the reloaded page to continue it. */
  readonly resumePoint: () => KioskSession['resume'];
  /** Shows a fresh player (the crashed one's assets are already forgotten). */
  readonly remount: () => void;
}

export type Recovery = ReturnType<typeof createRecovery>;

export function createRecovery(options: RecoveryOptions) {
  const { runtime, config, page, storage, startedSec } = options;
  const { store, wall } = runtime;
  let session = options.session;
  let health = INITIAL_HEALTH;
  let reloading = false;
  let recentRemountsSec: number[] = [];
  const counts: Omit<RecoveryCounts, 'cycles'> = {
    remounts: 0,
    contextLosses: 0,
    contextRestores: 0,
    errors: 0,
    lastRecovery: session.lastReason,
  };

  function reload(reason: string): void {
    if (reloading) return;
    reloading = true;
    const reloadsBefore = session.reloads;
    const resume = options.resumePoint();
    session = { ...session, reloads: session.reloads + 1, lastReason: reason, resume };
    writeSession(storage, session);
    console.warn(`kiosk: reloading the page (${reason})`);
    const delaySec = reloadDelaySec(reloadsBefore, wall.nowSec() - startedSec);
    wall.after(delaySec * 1000, () => page.reload());
  }

  return {
    reload,
    reloading: (): boolean => reloading,
    /** The attract loop's resume point from before the reload, taken once. */
    takeResume(): KioskSession['resume'] {
      const { resume } = session;
      session = { ...session, resume: null };
      writeSession(storage, session);
      return resume;
    },
    /** The player crashed (error boundary): remount it in place, or reload if it keeps crashing. */
    playerFailed(error: unknown): void {
      counts.errors++;
      console.warn('kiosk: the player crashed; restarting it', error);
      const recovery = recoveryFor(recentRemountsSec, wall.nowSec());
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
        options.remount();
      });
    },
    /** An error on the page that no boundary saw (counted for the operator). */
    errorSeen(): void {
      counts.errors++;
    },
    contextLost(): void {
      health = contextLost(health, wall.nowSec());
      counts.contextLosses++;
      counts.lastRecovery = 'context-lost';
    },
    contextRestored(): void {
      health = contextRestored(health);
      counts.contextRestores++;
      counts.lastRecovery = 'context-restored';
    },
    /** The watchdog, each heartbeat; true when it decided to reload. */
    watch(nowSec: number, frames: number): boolean {
      // A hidden page or a clip being recorded draws nothing, and that is fine.
      const expectFrames = runtime.page.visible() && store.getState().recording === null;
      const limitSec = config.watchdogSec;
      const checked = healthTick(
        health,
        { nowSec, frames, expectFrames },
        { stallSec: limitSec, restoreSec: limitSec },
      );
      health = checked.state;
      if (checked.verdict === 'ok') return false;
      reload(checked.verdict);
      return true;
    },
    isContextLost: (): boolean => health.contextLostSec !== null,
    session: (): KioskSession => session,
    counts: (): Readonly<Omit<RecoveryCounts, 'cycles'>> => counts,
  };
}
