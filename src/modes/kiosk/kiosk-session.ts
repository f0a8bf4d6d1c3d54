/**
 * What the kiosk remembers across its own reloads (sessionStorage, this tab only): how often it
 * had to reload and why, when it first started, and where the attract loop was, so a reload
 * continues the loop instead of starting it over. Visitor choices are never kept.
 */

const KEY = 'urverseny.kiosk';

export interface KioskSession {
  /** Wall epoch milliseconds of the first start in this browser session. */
  readonly firstStartMs: number;
  /** Self-initiated reloads so far. */
  readonly reloads: number;
  readonly lastReason: string | null;
  /** Where the attract loop continues after a reload (consumed once). */
  readonly resume: { readonly step: number; readonly playbackSec: number } | null;
}

type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function readSession(storage: SessionStorageLike | undefined, nowMs: number): KioskSession {
  const fresh: KioskSession = { firstStartMs: nowMs, reloads: 0, lastReason: null, resume: null };
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return fresh;
    const value = raw as Record<string, unknown>;
    const resume = value.resume as Record<string, unknown> | null | undefined;
    const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
    return {
      firstStartMs: finite(value.firstStartMs) ? value.firstStartMs : nowMs,
      reloads: finite(value.reloads) ? value.reloads : 0,
      lastReason: typeof value.lastReason === 'string' ? value.lastReason : null,
      resume:
        resume && finite(resume.step) && finite(resume.playbackSec)
          ? { step: resume.step, playbackSec: resume.playbackSec }
          : null,
    };
  } catch {
    return fresh;
  }
}

export function writeSession(storage: SessionStorageLike | undefined, session: KioskSession): void {
  try {
    storage?.setItem(KEY, JSON.stringify(session));
  } catch {
    // Storage full or disabled: the kiosk still runs, it only forgets its history.
  }
}
