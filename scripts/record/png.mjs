// A minimal lossless PNG encoder for RGBA frames (8 bits a channel, no filtering beyond "Up"):
// the PNG sequence needs no ffmpeg and keeps every pixel exactly as rendered.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return [head, data, crc];
}

/** `rgba`: width × height × 4 bytes, top row first, straight alpha. */
export function encodePng(rgba, width, height, { alpha = true, level = 3 } = {}) {
  const channels = alpha ? 4 : 3;
  const row = width * channels;
  // Filter type 2 ("Up") on every row: cheap, and it halves the size of smooth renders.
  const raw = Buffer.alloc((row + 1) * height);
  const previous = Buffer.alloc(row);
  const current = Buffer.alloc(row);
  for (let y = 0; y < height; y++) {
    const source = y * width * 4;
    if (alpha) current.set(rgba.subarray(source, source + row));
    else
      for (let x = 0; x < width; x++) {
        current[x * 3] = rgba[source + x * 4];
        current[x * 3 + 1] = rgba[source + x * 4 + 1];
        current[x * 3 + 2] = rgba[source + x * 4 + 2];
      }
    const out = y * (row + 1);
    raw[out] = 2;
    for (let i = 0; i < row; i++) raw[out + 1 + i] = (current[i] - previous[i]) & 0xff;
    previous.set(current);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = alpha ? 6 : 2; // RGBA or RGB
  return Buffer.concat([
    SIGNATURE,
    ...chunk('IHDR', header),
    ...chunk('IDAT', deflateSync(raw, { level })),
    ...chunk('IEND', Buffer.alloc(0)),
  ]);
}
