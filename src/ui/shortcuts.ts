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
  | 'language'
  | 'help'
  | 'close';

export const SHORTCUTS: readonly {
  keys: readonly string[];
  action: ShortcutAction;
  label: StringKey;
}[] = [
  { keys: ['Space', 'K'], action: 'togglePlay', label: 'keyPlayPause' },
  { keys: ['←'], action: 'back', label: 'keyBack' },
  { keys: ['→'], action: 'forward', label: 'keyForward' },
  { keys: ['J'], action: 'slower', label: 'keySlower' },
  { keys: ['L'], action: 'faster', label: 'keyFaster' },
  { keys: ['Home'], action: 'start', label: 'keyStart' },
  { keys: ['End'], action: 'end', label: 'keyEnd' },
  { keys: ['F'], action: 'fullscreen', label: 'keyFullscreen' },
  { keys: ['C'], action: 'captions', label: 'keyCaptions' },
  { keys: ['T'], action: 'language', label: 'keyLanguage' },
  { keys: ['?'], action: 'help', label: 'keyHelp' },
  { keys: ['Esc'], action: 'close', label: 'keyClose' },
];

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
  t: 'language',
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
