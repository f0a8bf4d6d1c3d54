// The system's ffmpeg, for what the browser cannot write: ProRes, and joining slices by copying
// their packets. `FFMPEG` names another binary.
import { execFileSync, spawn } from 'node:child_process';

export const FFMPEG = process.env.FFMPEG || 'ffmpeg';

/** True when ffmpeg runs and lists `encoder` (e.g. "prores_ks"). */
export function ffmpegHasEncoder(encoder) {
  try {
    const list = execFileSync(FFMPEG, ['-hide_banner', '-encoders'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return new RegExp(`^\\s*\\S+\\s+${encoder}\\s`, 'm').test(list);
  } catch {
    return false;
  }
}

/** True when ffmpeg runs at all. */
export function ffmpegAvailable() {
  try {
    execFileSync(FFMPEG, ['-hide_banner', '-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs ffmpeg to completion; rejects with its last error line. */
export function runFfmpeg(args) {
  return new Promise((done, fail) => {
    const child = spawn(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done()
        : fail(new Error(`ffmpeg failed: ${errors.trim().split('\n').at(-1) || `exit ${code}`}`)),
    );
  });
}

/**
 * Joins segment files end to end without re-encoding (the concat demuxer copying packets): each
 * segment starts on a key frame, so the result decodes exactly as one continuous encode would.
 * `container`: ffmpeg's muxer (mp4, webm, mov), since `out` may be a temporary name.
 */
export async function concatSegments(paths, out, listPath, container, durationsSec) {
  const { writeFileSync } = await import('node:fs');
  const quote = (path) => `'${path.replaceAll("'", "'\\''")}'`;
  // Each part lasts exactly its frames: a sound track's codec padding (a few ms past the last
  // frame) must not push the next part's pictures later.
  const entry = (path, i) =>
    `file ${quote(path)}\n${durationsSec ? `duration ${durationsSec[i]}\n` : ''}`;
  writeFileSync(listPath, paths.map(entry).join(''));
  await runFfmpeg([
    ...['-f', 'concat', '-safe', '0', '-i', listPath, '-c', 'copy', '-map', '0'],
    ...['-f', container, out],
  ]);
}
