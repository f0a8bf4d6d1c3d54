/**
 * Self-healing decisions, pure: is the picture still moving, did a lost WebGL context come back,
 * and how to recover from a crash. The kiosk feeds it wall seconds and frame counts.
 */

export interface HealthState {
  /** Frames drawn when last seen. */
  readonly frames: number;
  readonly lastTickSec: number | null;
  /** Seconds of regular heartbeats without a new frame. */
  readonly stalledSec: number;
  /** Wall seconds when the WebGL context was lost (null: not lost). */
  readonly contextLostSec: number | null;
}

export type HealthVerdict = 'ok' | 'frames-stopped' | 'context-not-restored';

export const INITIAL_HEALTH: HealthState = {
  frames: 0,
  lastTickSec: null,
  stalledSec: 0,
  contextLostSec: null,
};

/**
 * A main thread blocked for a while (a shader compile, a slow software-rendered frame) delays the
 * heartbeat too; one heartbeat counts for at most this many seconds, so only a steady run of
 * heartbeats without frames reads as "frames stopped".
 */
export const MAX_HEARTBEAT_GAP_SEC = 1;

export interface HealthInput {
  readonly nowSec: number;
  /** Frames drawn so far (a counter that only grows). */
  readonly frames: number;
  /** False while the page is hidden or the renderer is meant to be still (no frames expected). */
  readonly expectFrames: boolean;
}

export function healthTick(
  state: HealthState,
  input: HealthInput,
  limits: { readonly stallSec: number; readonly restoreSec: number },
): { state: HealthState; verdict: HealthVerdict } {
  const gap =
    state.lastTickSec === null
      ? 0
      : Math.min(MAX_HEARTBEAT_GAP_SEC, Math.max(0, input.nowSec - state.lastTickSec));
  const moving = input.frames !== state.frames;
  const watching = input.expectFrames && state.contextLostSec === null;
  const stalledSec = moving || !watching ? 0 : state.stalledSec + gap;
  const next: HealthState = {
    ...state,
    frames: input.frames,
    lastTickSec: input.nowSec,
    stalledSec,
  };
  let verdict: HealthVerdict = 'ok';
  if (state.contextLostSec !== null && input.nowSec - state.contextLostSec >= limits.restoreSec)
    verdict = 'context-not-restored';
  else if (stalledSec >= limits.stallSec) verdict = 'frames-stopped';
  return { state: next, verdict };
}

export function contextLost(state: HealthState, nowSec: number): HealthState {
  return state.contextLostSec === null
    ? { ...state, contextLostSec: nowSec, stalledSec: 0 }
    : state;
}

export function contextRestored(state: HealthState): HealthState {
  return { ...state, contextLostSec: null, stalledSec: 0 };
}

/** Recent crash recoveries within this window count towards a full reload. */
export const RESTART_WINDOW_SEC = 60;
export const MAX_REMOUNTS_IN_WINDOW = 3;

/**
 * After the player crashed: remount it in place, unless it already crashed too often lately, in
 * which case reload the page. `recentSec`: wall seconds of earlier remounts.
 */
export function recoveryFor(
  recentSec: readonly number[],
  nowSec: number,
): { action: 'remount' | 'reload'; recentSec: number[] } {
  const recent = recentSec.filter((sec) => nowSec - sec < RESTART_WINDOW_SEC);
  if (recent.length >= MAX_REMOUNTS_IN_WINDOW) return { action: 'reload', recentSec: recent };
  return { action: 'remount', recentSec: [...recent, nowSec] };
}

/**
 * Seconds to wait before a self-inflicted reload: immediate for the first ones, backing off when
 * the page keeps failing right after starting (so a broken install does not spin the CPU).
 * `reloadsSoFar`: reloads in this browser session.
 */
export function reloadDelaySec(reloadsSoFar: number, uptimeSec: number): number {
  if (uptimeSec > 600 || reloadsSoFar < 3) return 0;
  return Math.min(60, 2 ** (reloadsSoFar - 2));
}
