import { readFileSync } from 'node:fs';

/** Width and height from a JPEG's SOF marker, a PNG's IHDR or an extended WebP's VP8X chunk. */
export function imageSize(path: string): [number, number] {
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
