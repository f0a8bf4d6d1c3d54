/**
 * The kiosk's settings from its address: `?kiosk&idle=<s>&countdown=<s>&scenes=a,b&lang=hu,en
 * &rate=<x>&watchdog=<s>&volume=<0–100>&quiet=<HH:MM-HH:MM>&effects&debug`. A bad value falls back to the default and is reported to the
 * operator (debug overlay, console), never to the visitor.
 */
import { compileEntry, type CatalogEntry } from '../script/scene-catalog.ts';

export type KioskLang = 'hu' | 'en';

export interface KioskConfig {
  /** Seconds without input before "Still there?" appears. */
  readonly idleSec: number;
  /** Seconds the "Still there?" countdown lasts before the attract loop resumes. */
  readonly countdownSec: number;
  /** The attract loop's scenes in order (null: every available scene). */
  readonly sceneIds: readonly string[] | null;
  /** Caption and interface languages; more than one rotates from scene to scene. */
  readonly langs: readonly KioskLang[];
  /** Playback seconds per wall second in the attract loop (soak runs go far beyond 64). */
  readonly attractRate: number;
  /** Seconds without a drawn frame, or without a restored WebGL context, before a reload. */
  readonly watchdogSec: number;
  /** The operator's health overlay (fps, memory, uptime, restarts). */
  readonly debug: boolean;
  /** Sound level each visitor starts with, 0…1 (0: silent). */
  readonly volume: number;
  /** Engine rumble in the attract loop and for visitors. */
  readonly effects: boolean;
  /** Local times of day (minutes after midnight) between which the kiosk is silent. */
  readonly quiet: QuietHours | null;
}

export interface QuietHours {
  readonly fromMin: number;
  readonly untilMin: number;
}

export const KIOSK_DEFAULTS: KioskConfig = {
  idleSec: 60,
  countdownSec: 10,
  sceneIds: null,
  langs: ['hu'],
  attractRate: 4,
  watchdogSec: 10,
  debug: false,
  volume: 0.8,
  effects: false,
  quiet: null,
};

export const MAX_ATTRACT_RATE = 10_000;

export interface KioskParamProblem {
  readonly param: string;
  readonly value: string;
}

function numberIn(text: string, min: number, max: number): number | null {
  if (!/^\d+(\.\d+)?$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

export function isKioskSearch(search: string): boolean {
  return new URLSearchParams(search).has('kiosk');
}

export function parseKioskConfig(search: string): {
  config: KioskConfig;
  problems: KioskParamProblem[];
} {
  const params = new URLSearchParams(search);
  const problems: KioskParamProblem[] = [];
  const numeric = (param: string, min: number, max: number, fallback: number): number => {
    const text = params.get(param);
    if (text === null) return fallback;
    const value = numberIn(text, min, max);
    if (value === null) problems.push({ param, value: text });
    return value ?? fallback;
  };
  const list = (param: string): string[] | null => {
    const text = params.get(param);
    if (text === null) return null;
    const items = text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (items.length === 0) problems.push({ param, value: text });
    return items.length > 0 ? items : null;
  };

  const sceneIds = list('scenes');
  const langItems = list('lang');
  let langs: KioskLang[] = [...KIOSK_DEFAULTS.langs];
  if (langItems) {
    const known = langItems.filter((l): l is KioskLang => l === 'hu' || l === 'en');
    if (known.length !== langItems.length)
      problems.push({ param: 'lang', value: params.get('lang')! });
    if (known.length > 0) langs = known;
  }
  const config: KioskConfig = {
    idleSec: numeric('idle', 1, 3600, KIOSK_DEFAULTS.idleSec),
    countdownSec: numeric('countdown', 1, 300, KIOSK_DEFAULTS.countdownSec),
    sceneIds,
    langs,
    attractRate: numeric('rate', 0.25, MAX_ATTRACT_RATE, KIOSK_DEFAULTS.attractRate),
    watchdogSec: numeric('watchdog', 2, 600, KIOSK_DEFAULTS.watchdogSec),
    debug: params.has('debug'),
    volume: numeric('volume', 0, 100, KIOSK_DEFAULTS.volume * 100) / 100,
    effects: params.has('effects'),
    quiet: null,
  };
  const quietText = params.get('quiet');
  if (quietText !== null) {
    const quiet = parseQuietHours(quietText);
    if (quiet) return { config: { ...config, quiet }, problems };
    problems.push({ param: 'quiet', value: quietText });
  }
  return { config, problems };
}

/** "22:00-08:30" → minutes after midnight; null unless both times are real and differ. */
export function parseQuietHours(text: string): QuietHours | null {
  const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [h1, m1, h2, m2] = match.slice(1).map(Number) as [number, number, number, number];
  if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59) return null;
  const fromMin = h1 * 60 + m1;
  const untilMin = h2 * 60 + m2;
  return fromMin === untilMin ? null : { fromMin, untilMin };
}

/** Whether `minuteOfDay` (local) falls in the quiet hours; a span may run past midnight. */
export function isQuietAt(quiet: QuietHours | null, minuteOfDay: number): boolean {
  if (!quiet) return false;
  const { fromMin, untilMin } = quiet;
  return fromMin < untilMin
    ? minuteOfDay >= fromMin && minuteOfDay < untilMin
    : minuteOfDay >= fromMin || minuteOfDay < untilMin;
}

/**
 * The attract loop's playlist: the configured scenes that exist and are available, in order
 * (all available scenes when none is configured or none of them can play).
 */
export function attractPlaylist(
  catalog: readonly { readonly id: string; readonly available: boolean }[],
  sceneIds: readonly string[] | null,
): { playlist: string[]; problems: KioskParamProblem[] } {
  const available = catalog.filter((entry) => entry.available).map((entry) => entry.id);
  if (sceneIds === null) return { playlist: available, problems: [] };
  const problems = sceneIds
    .filter((id) => !available.includes(id))
    .map((id) => ({ param: 'scenes', value: id }));
  const wanted = sceneIds.filter((id) => available.includes(id));
  return { playlist: wanted.length > 0 ? wanted : available, problems };
}

/**
 * The catalogue with the scenes the loop will play compiled: the configured ones, or every scene
 * when none is configured or none of them compiles (the loop then plays them all). The others
 * are compiled when a visitor first opens one, like the player's.
 */
export function compileLoopScenes(
  catalog: readonly CatalogEntry[],
  sceneIds: readonly string[] | null,
): CatalogEntry[] {
  const inLoop = (entry: CatalogEntry) => sceneIds === null || sceneIds.includes(entry.id);
  const compiled = catalog.map((entry) => (inLoop(entry) ? compileEntry(entry) : entry));
  return compiled.some((entry) => inLoop(entry) && entry.available)
    ? compiled
    : compiled.map(compileEntry);
}
