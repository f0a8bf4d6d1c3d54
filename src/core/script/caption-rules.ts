/** Rules of a scene's captions: in order, quoted word for word, cut well and readable in time. */
import { cutProblems } from '../captions/caption-cuts.ts';
import { readingProblems } from '../captions/reading-speed.ts';
import { isVerbatimSpan, normalizeWhitespace } from '../captions/verbatim.ts';
import { playbackAt, type Timeline } from '../time/timeline.ts';
import { formatUtcShort, parseUtc } from '../time/utc.ts';
import type { SceneFile } from './schema.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

export function checkCaptions(
  scene: SceneFile,
  sourceText: string,
  timeline: Timeline,
  add: (path: string, message: string) => void,
  inScene: (path: string, text: string) => void,
): void {
  let previousUntil = -Infinity;
  scene.captions.forEach((caption, i) => {
    const from = utc(caption.from);
    const until = utc(caption.until);
    inScene(`captions[${i}].from`, caption.from);
    inScene(`captions[${i}].until`, caption.until);
    if (until <= from)
      add(
        `captions[${i}].until`,
        `expected a time after "from" (${caption.from}), found "${caption.until}"`,
      );
    if (from < previousUntil)
      add(
        `captions[${i}].from`,
        `expected captions in order without overlap (the previous one ends at ${formatUtcShort(previousUntil)}), found "${caption.from}"`,
      );
    previousUntil = Math.max(previousUntil, until);
    if (!isVerbatimSpan(caption.quote, sourceText)) {
      add(
        `captions[${i}].quote`,
        'not found in the source text (scenes/text/hu.txt): quote it word for word, cutting only between words',
      );
    }
    const previous = scene.captions[i - 1]?.quote ?? null;
    for (const problem of cutProblems(caption.quote, caption.en, previous, sourceText))
      add(`captions[${i}].${problem.key}`, `cut where the meaning changes: ${problem.message}`);
    const playbackSec = playbackAt(timeline, until) - playbackAt(timeline, from);
    for (const [key, text] of [
      ['quote', caption.quote],
      ['en', caption.en],
    ] as const) {
      for (const problem of readingProblems(normalizeWhitespace(text), playbackSec))
        add(`captions[${i}].${key}`, `too hard to read: ${problem}`);
    }
  });
}
