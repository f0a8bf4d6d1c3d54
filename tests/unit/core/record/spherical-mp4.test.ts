import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSphericalMetadata } from '../../../../src/core/record/spherical-mp4.ts';

/** A one-frame H.264 MP4 made by ffmpeg with its index at the end (no faststart). */
function tinyMp4(dir: string): string {
  const path = join(dir, 'tiny.mp4');
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-f', 'lavfi', '-i', 'color=c=blue:s=64x32:d=0.04'],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', path],
  ]);
  return path;
}

function topLevel(bytes: Buffer): { type: string; at: number; size: number }[] {
  const boxes = [];
  for (let at = 0; at < bytes.length;) {
    const size = bytes.readUInt32BE(at);
    boxes.push({ type: bytes.toString('latin1', at + 4, at + 8), at, size });
    at += size;
  }
  return boxes;
}

describe('spherical MP4 metadata', () => {
  it('adds st3d and sv3d/equi to the video track so ffprobe reads it as equirectangular', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urverseny-sv3d-'));
    try {
      const path = tinyMp4(dir);
      const bytes = readFileSync(path);
      const moov = topLevel(bytes).find((b) => b.type === 'moov')!;
      expect(moov.at + moov.size).toBe(bytes.length);
      const patched = withSphericalMetadata(bytes.subarray(moov.at));
      writeFileSync(path, Buffer.concat([bytes.subarray(0, moov.at), patched]));
      const probe = execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-of', 'json', path], {
        encoding: 'utf8',
      });
      const sideData = JSON.parse(probe).streams[0].side_data_list as Record<string, unknown>[];
      expect(sideData).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            side_data_type: 'Spherical Mapping',
            projection: 'equirectangular',
          }),
          expect.objectContaining({ side_data_type: 'Stereo 3D', type: '2D' }),
        ]),
      );
      // Still decodes: the media data did not move.
      execFileSync('ffmpeg', ['-v', 'error', '-i', path, '-f', 'null', '-']);
      expect(() =>
        withSphericalMetadata(new Uint8Array(readFileSync(path).subarray(moov.at))),
      ).toThrow('already spherical');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
