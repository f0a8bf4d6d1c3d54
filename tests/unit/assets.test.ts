import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/scenes.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Width and height from a JPEG's SOF marker, a PNG's IHDR or an extended WebP's VP8X chunk. */
function imageSize(path: string): [number, number] {
  const b = readFileSync(path);
  if (b.readUInt32BE(0) === 0x89504e47) return [b.readUInt32BE(16), b.readUInt32BE(20)];
  if (b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 12, 16) === 'VP8X')
    return [b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1];
  for (let i = 2; i < b.length;) {
    const marker = b.readUInt16BE(i);
    if (marker >= 0xffc0 && marker <= 0xffc3) return [b.readUInt16BE(i + 7), b.readUInt16BE(i + 5)];
    i += 2 + b.readUInt16BE(i + 2);
  }
  throw new Error(`${path}: no image size found`);
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
