/**
 * No style sheet runs an animation forever. On a software renderer (a kiosk PC without a usable
 * GPU) an endless CSS animation makes the compositor draw 60 frames a second of its own, in the
 * same GPU process as WebGL: a cold kiosk waited 2 s longer for its first picture. Whatever must
 * move for ever moves with the player's frames instead (src/modes/kiosk/cta-breath.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function styleSheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleSheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('style sheets', () => {
  const sheets = styleSheets('src');

  it('are found', () => {
    expect(sheets.length).toBeGreaterThan(3);
  });

  it.each(sheets)('%s has no endless animation', (path) => {
    const css = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const endless = css.split('\n').filter((line) => /\binfinite\b/.test(line));
    expect(endless).toEqual([]);
  });
});
