/**
 * The kiosk's attract / idle state machine, pure: wall seconds come in with every event, commands
 * for the app come out. Nothing here reads a clock or touches the page.
 *
 *   attract ──input──► interactive ──idle──► countdown ──time up──► attract (settings reset)
 *      ▲  └─scene ended: next scene                └──input──► interactive
 */
import type { KioskLang } from './kiosk-config.ts';

export type KioskMode = 'attract' | 'countdown' | 'interactive';

export interface KioskState {
  readonly mode: KioskMode;
  /** Wall seconds of the visitor's last input. */
  readonly lastInputSec: number;
  /** Wall seconds at which the countdown ends (meaningful in 'countdown'). */
  readonly countdownEndSec: number;
  /** How many attract scenes have started; picks the scene and the language. */
  readonly attractStep: number;
}

export interface KioskPlan {
  readonly playlist: readonly string[];
  readonly langs: readonly KioskLang[];
  readonly idleSec: number;
  readonly countdownSec: number;
}

export type KioskCommand =
  /** Play `sceneId` from its start in the attract loop; `reset`: forget the last visitor's choices. */
  | {
      readonly kind: 'attract';
      readonly sceneId: string;
      readonly lang: KioskLang;
      readonly reset: boolean;
    }
  /** A visitor took over: the player at normal speed, where the loop was. */
  | { readonly kind: 'interactive' };

export type KioskEvent =
  | { readonly kind: 'input'; readonly nowSec: number }
  /** `sceneEnded`: the attract scene has played to its end (and was drawn). */
  | { readonly kind: 'tick'; readonly nowSec: number; readonly sceneEnded: boolean };

export interface KioskStepResult {
  readonly state: KioskState;
  readonly commands: readonly KioskCommand[];
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The language of attract step `step`. It rotates scene by scene; when the playlist's length
 * shares a factor with the number of languages, each loop shifts by one so that every scene is
 * shown in every language.
 */
export function attractLang(plan: KioskPlan, step: number): KioskLang {
  const n = Math.max(1, plan.playlist.length);
  const m = plan.langs.length;
  const shift = gcd(n, m) > 1 ? Math.floor(step / n) : 0;
  return plan.langs[(step + shift) % m] ?? 'hu';
}

function attractCommand(plan: KioskPlan, step: number, reset: boolean): KioskCommand {
  const sceneId = plan.playlist[step % plan.playlist.length];
  if (sceneId === undefined) throw new Error('the attract loop needs at least one scene');
  return { kind: 'attract', sceneId, lang: attractLang(plan, step), reset };
}

/** The first state, and the commands that start the loop (at `step`, 0 unless resuming). */
export function startKiosk(plan: KioskPlan, nowSec: number, step = 0): KioskStepResult {
  return {
    state: { mode: 'attract', lastInputSec: nowSec, countdownEndSec: nowSec, attractStep: step },
    commands: [attractCommand(plan, step, true)],
  };
}

export function kioskStep(plan: KioskPlan, state: KioskState, event: KioskEvent): KioskStepResult {
  const now = event.nowSec;
  if (event.kind === 'input') {
    if (state.mode === 'interactive')
      return { state: { ...state, lastInputSec: now }, commands: [] };
    const commands: KioskCommand[] = state.mode === 'attract' ? [{ kind: 'interactive' }] : [];
    return { state: { ...state, mode: 'interactive', lastInputSec: now }, commands };
  }
  switch (state.mode) {
    case 'attract': {
      if (!event.sceneEnded) return { state, commands: [] };
      const step = state.attractStep + 1;
      return {
        state: { ...state, attractStep: step },
        commands: [attractCommand(plan, step, false)],
      };
    }
    case 'interactive':
      if (now - state.lastInputSec < plan.idleSec) return { state, commands: [] };
      return {
        state: { ...state, mode: 'countdown', countdownEndSec: now + plan.countdownSec },
        commands: [],
      };
    case 'countdown': {
      if (now < state.countdownEndSec) return { state, commands: [] };
      const step = state.attractStep + 1;
      return {
        state: { ...state, mode: 'attract', attractStep: step },
        commands: [attractCommand(plan, step, true)],
      };
    }
  }
}

/** Whole seconds left on the "Still there?" countdown (0 outside it). */
export function countdownLeftSec(state: KioskState, nowSec: number): number {
  if (state.mode !== 'countdown') return 0;
  return Math.max(0, Math.ceil(state.countdownEndSec - nowSec));
}
