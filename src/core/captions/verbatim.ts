/**
 * Captions quote the museum text word for word. Whitespace (line breaks of the source) is
 * normalised; a quote may start and end anywhere on a word boundary, never inside a word.
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True if `quote` occurs in `source` and begins and ends on word boundaries. */
export function isVerbatimSpan(quote: string, source: string): boolean {
  const needle = normalizeWhitespace(quote);
  const haystack = normalizeWhitespace(source);
  if (needle.length === 0) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsClean = !(before && WORD_CHAR.test(before) && WORD_CHAR.test(needle[0]!));
    const endsClean = !(
      after &&
      WORD_CHAR.test(after) &&
      WORD_CHAR.test(needle[needle.length - 1]!)
    );
    if (startsClean && endsClean) return true;
  }
  return false;
}
