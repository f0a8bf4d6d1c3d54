/**
 * A text split into runs, marking the words joined by a hyphen or an en dash ("Sputnik-1",
 * "Apollo–Soyuz", "Szaljut–6-hoz"). Browsers may break a line after either, which left "Sputnik-"
 * at the end of one caption line and "1" at the start of the next; such words are kept whole.
 * Dashes between spaces (a parenthesis – like this) stay ordinary break opportunities.
 */
export interface TextRun {
  readonly text: string;
  readonly joined: boolean;
}

const JOINED_WORD = /[^\s–-]+(?:[–-][^\s–-]+)+/gu;

export function joinedWordRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(JOINED_WORD)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), joined: false });
    runs.push({ text: match[0], joined: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), joined: false });
  return runs;
}
