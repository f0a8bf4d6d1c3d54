/** Keyboard shortcuts: which key does what (the help overlay lists this same table). */
import type { StringKey } from './strings.ts';

export type ShortcutAction =
  | 'togglePlay'
  | 'back'
  | 'forward'
  | 'slower'
  | 'faster'
  | 'start'
  | 'end'
  | 'fullscreen'
  | 'captions'
  | 'mute'
  | 'language'
  | 'help'
  | 'settings'
  | 'info'
  | 'previousChapter'
  | 'nextChapter'
  | 'markIn'
  | 'markOut'
  | 'close';

export interface Shortcut {
  /** The keys as the help and the tooltips show them. */
  readonly keys: readonly string[];
  /** The same keys as `aria-keyshortcuts` names them. */
  readonly aria: string;
  readonly action: ShortcutAction;
  readonly label: StringKey;
  /** Only where clips can be recorded (never in the kiosk). */
  readonly clips?: true;
}

/** One table for the key handler, the help overlay and the controls' tooltips. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Space', 'K'], aria: 'Space K', action: 'togglePlay', label: 'keyPlayPause' },
  { keys: ['←'], aria: 'ArrowLeft', action: 'back', label: 'keyBack' },
  { keys: ['→'], aria: 'ArrowRight', action: 'forward', label: 'keyForward' },
  { keys: ['PgUp'], aria: 'PageUp', action: 'previousChapter', label: 'keyPreviousChapter' },
  { keys: ['PgDn'], aria: 'PageDown', action: 'nextChapter', label: 'keyNextChapter' },
  { keys: ['J'], aria: 'J', action: 'slower', label: 'keySlower' },
  { keys: ['L'], aria: 'L', action: 'faster', label: 'keyFaster' },
  { keys: ['Home'], aria: 'Home', action: 'start', label: 'keyStart' },
  { keys: ['End'], aria: 'End', action: 'end', label: 'keyEnd' },
  { keys: ['F'], aria: 'F', action: 'fullscreen', label: 'keyFullscreen' },
  { keys: ['C'], aria: 'C', action: 'captions', label: 'keyCaptions' },
  { keys: ['M'], aria: 'M', action: 'mute', label: 'keyMute' },
  { keys: ['T'], aria: 'T', action: 'language', label: 'keyLanguage' },
  { keys: ['S'], aria: 'S', action: 'settings', label: 'keySettings' },
  { keys: ['D'], aria: 'D', action: 'info', label: 'keyInfo' },
  { keys: ['I'], aria: 'I', action: 'markIn', label: 'keyMarkIn', clips: true },
  { keys: ['O'], aria: 'O', action: 'markOut', label: 'keyMarkOut', clips: true },
  { keys: ['?'], aria: 'Shift+?', action: 'help', label: 'keyHelp' },
  { keys: ['Esc'], aria: 'Escape', action: 'close', label: 'keyClose' },
];

/** The shortcut of an action (its keys for a tooltip, its `aria-keyshortcuts`). */
export function shortcutOf(action: ShortcutAction): Shortcut {
  const shortcut = SHORTCUTS.find((s) => s.action === action);
  if (!shortcut) throw new Error(`no shortcut for ${action}`);
  return shortcut;
}

const BY_KEY: Record<string, ShortcutAction> = {
  ' ': 'togglePlay',
  k: 'togglePlay',
  ArrowLeft: 'back',
  ArrowRight: 'forward',
  j: 'slower',
  l: 'faster',
  Home: 'start',
  End: 'end',
  f: 'fullscreen',
  c: 'captions',
  m: 'mute',
  t: 'language',
  s: 'settings',
  d: 'info',
  i: 'markIn',
  o: 'markOut',
  PageUp: 'previousChapter',
  PageDown: 'nextChapter',
  '?': 'help',
  Escape: 'close',
};

/** The action of a key press (`KeyboardEvent.key`), or null; modified presses are the browser's. */
export function actionForKey(
  key: string,
  modifiers: { ctrl: boolean; alt: boolean; meta: boolean },
): ShortcutAction | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  return BY_KEY[key.length === 1 ? key.toLowerCase() : key] ?? null;
}

/** The speeds offered in the player (real time comes on top). */
export const RATES: readonly number[] = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];

/** Seconds the arrow keys step. */
export const STEP_SEC = 5;

/** The next speed up or down the player's list (J / L). */
export function nextRate(rates: readonly number[], current: number, direction: 1 | -1): number {
  const index = rates.findIndex((r) => r >= current - 1e-9);
  const at = index === -1 ? rates.length - 1 : index;
  const exact = Math.abs((rates[at] ?? current) - current) < 1e-9;
  const next = direction > 0 ? (exact ? at + 1 : at) : at - 1;
  return rates[Math.max(0, Math.min(rates.length - 1, next))] ?? current;
}
