/**
 * Subtitle reading rules (common broadcast practice): at most two lines of about 42 characters,
 * and no more than 17 characters per second of playback.
 */
export const MAX_LINE_CHARS = 42;
export const MAX_LINES = 2;
export const MAX_CHARS_PER_SEC = 17;

/** Greedy word wrap into lines of at most `width` characters (a longer word gets its own line). */
export function wrapLines(text: string, width = MAX_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function charsPerSecond(text: string, playbackSec: number): number {
  return playbackSec > 0 ? text.length / playbackSec : Infinity;
}

/** Problems with one caption text, as short phrases; empty when it is readable. */
export function readingProblems(text: string, playbackSec: number): string[] {
  const problems: string[] = [];
  const lines = wrapLines(text);
  if (lines.length > MAX_LINES) {
    problems.push(
      `needs ${lines.length} lines of ${MAX_LINE_CHARS} characters, at most ${MAX_LINES} fit`,
    );
  }
  const cps = charsPerSecond(text, playbackSec);
  if (cps > MAX_CHARS_PER_SEC) {
    problems.push(
      `${cps.toFixed(1)} characters/s over ${playbackSec.toFixed(2)} s of playback, at most ${MAX_CHARS_PER_SEC} allowed`,
    );
  }
  return problems;
}
