// Writers for the formats the page does not encode itself: a numbered PNG sequence (lossless,
// written here) and ProRes in MOV (422 HQ, or 4444 with alpha, through ffmpeg's prores_ks).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FFMPEG } from './ffmpeg.mjs';
import { encodePng } from './png.mjs';

/** "000042.png": the clip's frame index, so slices from many runs fall into one sequence. */
export function pngName(index) {
  return `${String(index).padStart(6, '0')}.png`;
}

export function createPngWriter(dir, { width, height, alpha }) {
  return {
    write(rgba, index) {
      writeFileSync(join(dir, pngName(index)), encodePng(rgba, width, height, { alpha }));
    },
    finish: async () => {},
    cancel() {},
  };
}

/** ProRes 4444 (10-bit with alpha) for transparent clips, else 422 HQ, Rec. 709. */
export function proresArgs({ width, height, fps, alpha }, out) {
  return [
    ...['-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${width}x${height}`, '-r', String(fps)],
    ...['-i', 'pipe:0', '-c:v', 'prores_ks', '-vendor', 'apl0'],
    ...(alpha
      ? ['-profile:v', '4444', '-pix_fmt', 'yuva444p10le', '-alpha_bits', '16']
      : ['-profile:v', 'hq', '-pix_fmt', 'yuv422p10le']),
    ...['-vf', 'scale=out_color_matrix=bt709:out_range=tv'],
    ...['-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709'],
    ...['-f', 'mov', out],
  ];
}

export function createProResWriter(out, settings) {
  const child = spawn(
    FFMPEG,
    ['-hide_banner', '-loglevel', 'error', '-y', ...proresArgs(settings, out)],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (d) => (errors += d));
  const closed = new Promise((done) => child.on('close', (code) => done(code)));
  child.stdin.on('error', () => {}); // reported through the exit code
  return {
    async write(rgba) {
      if (!child.stdin.write(rgba)) await new Promise((done) => child.stdin.once('drain', done));
    },
    async finish() {
      child.stdin.end();
      const code = await closed;
      if (code !== 0)
        throw new Error(`ffmpeg failed: ${errors.trim().split('\n').at(-1) || `exit ${code}`}`);
    },
    cancel() {
      child.kill('SIGKILL');
    },
  };
}
