/**
 * Notes on the museum text itself (scenes/text/notes.json): where a sentence of the text is
 * wrong or loose, what the sources say. A scene quotes the text verbatim, as it must; any scene
 * whose captions quote part of a note's span shows that note with its source, so the claim is
 * never narrated without the correction. Notes are data keyed by the quoted span, never by scene.
 */
import { z } from '../zod.ts';
import notesFile from '../../../scenes/text/notes.json';
import { isVerbatimSpan, normalizeWhitespace } from '../captions/verbatim.ts';
import type { SceneProblem } from './scene-error.ts';

export const TEXT_NOTES_FILE = 'scenes/text/notes.json';

const localized = z.strictObject({ hu: z.string().min(1), en: z.string().min(1) });

export const textNotesSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.record(z.string().min(1), z.string().min(1)),
  notes: z.array(
    z.strictObject({
      quote: z.string().min(1).describe('verbatim span of scenes/text/hu.txt the note is about'),
      text: localized,
      source: z.string().min(1),
    }),
  ),
});

export type TextNotes = z.infer<typeof textNotesSchema>;

/** The repository's notes; a malformed file reads as no notes and is reported by textNoteProblems. */
export const TEXT_NOTES: unknown = notesFile;

/** What is wrong with a notes file read against the source text; empty when it is sound. */
export function textNoteProblems(raw: unknown, sourceText: string): SceneProblem[] {
  const parsed = textNotesSchema.safeParse(raw);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      path: `${TEXT_NOTES_FILE} ${issue.path.join('.')}`,
      message: issue.message,
    }));
  const problems: SceneProblem[] = [];
  parsed.data.notes.forEach((note, i) => {
    if (!isVerbatimSpan(note.quote, sourceText))
      problems.push({
        path: `${TEXT_NOTES_FILE} notes[${i}].quote`,
        message: 'not found in the source text (scenes/text/hu.txt): quote it word for word',
      });
    if (!(note.source in parsed.data.sources))
      problems.push({
        path: `${TEXT_NOTES_FILE} notes[${i}].source`,
        message: `expected a source tag listed in "sources", found "${note.source}"`,
      });
  });
  return problems;
}

/** Character ranges [start, end) where `quote` stands in `text` (both normalised). */
function spans(quote: string, text: string): [number, number][] {
  const needle = normalizeWhitespace(quote);
  const found: [number, number][] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
    found.push([at, at + needle.length]);
  return found;
}

/**
 * The notes a scene must show: those whose span shares text with one of its captions' quotes,
 * each with the citation of its source.
 */
export function notesForQuotes(
  notes: TextNotes,
  quotes: readonly string[],
  sourceText: string,
): { text: { hu: string; en: string }; source: string; citation: string }[] {
  const text = normalizeWhitespace(sourceText);
  const quoted = quotes.flatMap((q) => spans(q, text));
  return notes.notes
    .filter((note) =>
      spans(note.quote, text).some(([from, to]) => quoted.some(([a, b]) => a < to && from < b)),
    )
    .map((note) => ({
      text: note.text,
      source: note.source,
      citation: notes.sources[note.source] ?? note.source,
    }));
}
