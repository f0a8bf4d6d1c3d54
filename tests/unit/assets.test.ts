import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../helpers/image-size.ts';
import { root } from '../helpers/scenes.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const assets = files(join(root, 'public'));
const credits = readFileSync(join(root, 'CREDITS.md'), 'utf8');

describe('bundled assets', () => {
  it('stay within 15 MB in all', () => {
    const total = assets.reduce((sum, path) => sum + statSync(path).size, 0);
    expect(total).toBeLessThanOrEqual(15 * 1024 * 1024);
  });

  it.each(assets.filter((p) => /\.(jpe?g|png|webp)$/.test(p)).map((p) => [p.slice(root.length)]))(
    '%s has power-of-two sides (mipmaps) and a credit',
    (path) => {
      const [width, height] = imageSize(join(root, path));
      expect(Math.log2(width) % 1).toBe(0);
      expect(Math.log2(height) % 1).toBe(0);
      expect(credits).toContain(path.replace(/^\/?/, ''));
    },
  );

  it.each(assets.filter((p) => p.endsWith('.bin')).map((p) => [p.slice(root.length)]))(
    '%s is credited',
    (path) => {
      const name = path
        .split('/')
        .pop()!
        .replace(/\.bin$/, '');
      expect(credits).toContain(name);
    },
  );
});
