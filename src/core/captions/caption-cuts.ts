/**
 * Where a caption may be cut. A quote is verbatim, but a cut can still change what it says: a
 * caption that stops on an article or a conjunction leaves the reader hanging, and one that opens
 * with a pointing word ("erről", "ennek"…) means something only after the sentence it points back
 * to. Such a caption must follow one that ends exactly where that sentence ends.
 */
import { normalizeWhitespace } from './verbatim.ts';

/** Hungarian articles and conjunctions that cannot end a caption. */
export const DANGLING_HU = [
  'a',
  'az',
  'egy',
  'és',
  's',
  'de',
  'míg',
  'pedig',
  'hogy',
  'vagy',
  'ha',
  'mint',
  'majd',
  'ám',
  'mert',
  'illetve',
  'valamint',
  'sőt',
  'hanem',
  'azonban',
  'tehát',
  'aki',
  'ami',
  'amely',
  'amikor',
] as const;

/** English articles and conjunctions that cannot end a caption's translation. */
export const DANGLING_EN = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'while',
  'whereas',
  'that',
  'of',
  'to',
] as const;

/** Demonstratives that point back to what was said before (an opening article is skipped). */
export const POINTING_HU = [
  'ez',
  'ezt',
  'ezek',
  'ezeket',
  'ennek',
  'ezzel',
  'erről',
  'erre',
  'ebben',
  'ebből',
  'ehhez',
  'ettől',
  'ezért',
  'emiatt',
  'ekkor',
  'eddig',
  'ezen',
  'annak',
  'azzal',
  'arról',
  'arra',
  'abban',
  'abból',
  'ahhoz',
  'attól',
  'azért',
  'amiatt',
  'akkor',
  'addig',
  'azon',
  'ugyanakkor',
] as const;

const ARTICLES = new Set(['a', 'az', 'egy']);
const SENTENCE_END = /[.!?…][»”"')\]]*$/u;

const words = (text: string): string[] =>
  normalizeWhitespace(text)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter(Boolean);

/** The article or conjunction `text` ends on, or null. */
export function danglingEnd(text: string, dangling: readonly string[]): string | null {
  const last = words(text).at(-1);
  return last !== undefined && dangling.includes(last) ? last : null;
}

/** The pointing word `quote` opens with (after an article), or null. */
export function pointingStart(quote: string): string | null {
  const [first, second] = words(quote);
  const word = first !== undefined && ARTICLES.has(first) ? second : first;
  return word !== undefined && (POINTING_HU as readonly string[]).includes(word) ? word : null;
}

/**
 * True if `quote` begins a sentence of `source` and `previous` (the caption before it) ends
 * exactly where the sentence before it ends.
 */
export function followsItsSentence(
  quote: string,
  previous: string | null,
  source: string,
): boolean {
  if (previous === null) return false;
  const text = normalizeWhitespace(source);
  const before = normalizeWhitespace(previous);
  const needle = normalizeWhitespace(quote);
  if (!SENTENCE_END.test(before)) return false;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const preceding = text.slice(0, at).trimEnd();
    if (preceding.endsWith(before)) return true;
  }
  return false;
}

/** Problems with where one caption is cut, as short phrases; empty when it is cut well. */
export function cutProblems(
  quote: string,
  en: string,
  previousQuote: string | null,
  source: string,
): { key: 'quote' | 'en'; message: string }[] {
  const problems: { key: 'quote' | 'en'; message: string }[] = [];
  const huEnd = danglingEnd(quote, DANGLING_HU);
  if (huEnd)
    problems.push({
      key: 'quote',
      message: `ends on "${huEnd}", an article or a conjunction: cut after the words it leads to`,
    });
  const enEnd = danglingEnd(en, DANGLING_EN);
  if (enEnd)
    problems.push({
      key: 'en',
      message: `ends on "${enEnd}", an article or a conjunction: cut after the words it leads to`,
    });
  const pointing = pointingStart(quote);
  if (pointing && !followsItsSentence(quote, previousQuote, source))
    problems.push({
      key: 'quote',
      message: `opens with "${pointing}", which points back: the caption before it must end where the sentence before it ends`,
    });
  return problems;
}
