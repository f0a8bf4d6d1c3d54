/**
 * A scene's events as named chapters, the way video players show them: each chapter runs from
 * its event to the next one. Events closer together than a share of the scene (two burns a
 * second apart) make one chapter named after the first; the time before the first event is the
 * opening chapter.
 */
import type { CompiledEvent, CompiledScene } from '../core/script/compiled-scene.ts';
import type { Lang } from '../player/lang.ts';
import type { TimeParam } from '../player/url-params.ts';
import { t } from './strings.ts';

export interface Chapter {
  /** The first event's id; `opening` for the time before the first event. */
  readonly id: string;
  /** Null for the opening chapter (the UI names it). */
  readonly label: CompiledEvent['label'] | null;
  readonly startSec: number;
  readonly utcMs: number;
  /** Every event the chapter begins with (one, or a few close together). */
  readonly events: readonly CompiledEvent[];
}

/** Events closer than this share of the scene's playback time start one chapter. */
export const CHAPTER_MERGE_SHARE = 0.02;

export function chaptersOf(
  scene: Pick<CompiledScene, 'events' | 'timeline'>,
  mergeShare = CHAPTER_MERGE_SHARE,
): Chapter[] {
  const durationSec = scene.timeline.durationSec;
  const gapSec = durationSec * mergeShare;
  const chapters: { first: CompiledEvent; events: CompiledEvent[] }[] = [];
  const sorted = [...scene.events].sort((a, b) => a.playbackSec - b.playbackSec);
  for (const event of sorted) {
    const last = chapters.at(-1);
    if (last && event.playbackSec - last.first.playbackSec < gapSec) last.events.push(event);
    else chapters.push({ first: event, events: [event] });
  }
  const named: Chapter[] = chapters.map(({ first, events }) => ({
    id: first.id,
    label: first.label,
    startSec: first.playbackSec,
    utcMs: first.utcMs,
    events,
  }));
  const firstStart = named[0]?.startSec ?? durationSec;
  if (firstStart > gapSec || named.length === 0)
    named.unshift({
      id: 'opening',
      label: null,
      startSec: 0,
      utcMs: scene.timeline.startUtcMs,
      events: [],
    });
  else named[0] = { ...named[0]!, startSec: 0 };
  return named;
}

/** The index of the chapter playing at `sec` (the last one that has begun). */
export function chapterIndexAt(chapters: readonly Chapter[], sec: number): number {
  let index = 0;
  for (let i = 1; i < chapters.length; i++) if (chapters[i]!.startSec <= sec + 1e-6) index = i;
  return index;
}

/**
 * Chapter starts grouped so that no two groups are closer than `minGapPx` on a bar `widthPx`
 * wide: each group is one tick a finger or a pointer can hit (WCAG 2.5.8 wants 24 px).
 */
export function tickGroups(
  chapters: readonly Chapter[],
  durationSec: number,
  widthPx: number,
  minGapPx = 24,
): Chapter[][] {
  if (!(durationSec > 0) || !(widthPx > 0)) return [];
  const gapSec = (minGapPx / widthPx) * durationSec;
  const groups: Chapter[][] = [];
  let lastSec = -Infinity;
  for (const chapter of chapters) {
    if (chapter.id === 'opening') continue;
    const last = groups.at(-1);
    if (last && chapter.startSec - lastSec < gapSec) last.push(chapter);
    else {
      groups.push([chapter]);
      lastSec = chapter.startSec;
    }
  }
  return groups;
}

/** Where a chapter begins: its first event's UTC exactly, or the scene's start. */
export function chapterTime(chapter: Chapter): TimeParam {
  return chapter.events.length > 0
    ? { kind: 'utc', ms: chapter.utcMs }
    : { kind: 'playback', sec: chapter.startSec };
}

/** A chapter's name in the visitor's language (the opening has none of its own). */
export function chapterName(chapter: Chapter | undefined, lang: Lang): string {
  if (!chapter) return '';
  return chapter.label ? chapter.label[lang] : t('chapterOpening', lang);
}
