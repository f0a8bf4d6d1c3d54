/**
 * Greedy word wrap for text drawn on a canvas (burned-in captions), with the width measure passed
 * in so it stays pure. A word wider than the line gets a line of its own rather than being cut.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * As many lines as the greedy wrap at `maxWidth` needs, but as even as they can be: the
 * narrowest width that still needs no more lines (as CSS `text-wrap: balance` does for the
 * player's captions), so a clip's caption never ends on a lone word under a full line.
 */
export function balancedLines(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const greedy = wrapLines(text, maxWidth, measure);
  if (greedy.length < 2) return greedy;
  const widest = Math.max(...greedy.map(measure));
  // The width that fits lies between an even share of the text and the greedy lines' widest.
  let low = measure(greedy.join(' ')) / greedy.length;
  let high = widest;
  let best = greedy;
  for (let step = 0; step < 24 && high - low > 0.25; step++) {
    const width = (low + high) / 2;
    const lines = wrapLines(text, width, measure);
    if (lines.length <= greedy.length) {
      best = lines;
      high = width;
    } else low = width;
  }
  return best;
}
