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
