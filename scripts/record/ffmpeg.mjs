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

/** The sound tracks' sample rate (the page renders at it; ffmpeg decodes Opus at it). */
const AUDIO_RATE = 48_000;

/**
 * ffmpeg's encoder for a clip's sound in `container` ("aac" in MP4 wherever ffmpeg has its native
 * encoder, libopus otherwise), or null when this ffmpeg has none of them.
 */
export function audioEncoderFor(container) {
  if (container === 'mp4' && ffmpegHasEncoder('aac')) return { encoder: 'aac', codec: 'aac' };
  if (ffmpegHasEncoder('libopus')) return { encoder: 'libopus', codec: 'opus' };
  return null;
}

/** Encoder options: AAC-LC at 128 kbit/s, Opus at 96 kbit/s (the beacon and a voice, mono). */
const encoderArgs = (encoder) =>
  encoder === 'aac' ? ['-c:a', 'aac', '-b:a', '128k'] : ['-c:a', encoder, '-b:a', '96k'];

/**
 * The audio of input `i`, decoded (its codec's priming dropped by the demuxer), then cut or padded
 * to exactly `samples`: every part's sound lasts exactly its frames, whatever its codec padding.
 */
const exactly = (i, samples, label) =>
  `[${i}:a]aresample=${AUDIO_RATE},apad=whole_len=${samples},atrim=end_sample=${samples},asetpts=N/SR/TB[${label}]`;

/**
 * Re-encodes the sound track of `input` into `out` with `encoder` (see audioEncoderFor), copying
 * the video stream bit for bit; the sound lasts exactly `durationSec`, the video's length.
 */
export async function reencodeAudio(input, out, container, encoder, durationSec) {
  const samples = Math.round(durationSec * AUDIO_RATE);
  await runFfmpeg([
    ...['-i', input, '-filter_complex', exactly(0, samples, 'a')],
    ...['-map', '0:v', '-map', '[a]', '-c:v', 'copy', ...encoderArgs(encoder)],
    ...['-map_metadata', '-1', '-f', container, out],
  ]);
}

/**
 * Joins segment files end to end: the video by the concat demuxer copying packets (each segment
 * starts on a key frame, so the result decodes exactly as one continuous encode would); the sound,
 * when `audio` ({encoder}) is given, decoded part by part, each cut to its frames' length, and
 * encoded once, so no codec's priming or padding piles up at the joins or shifts the pictures.
 * Without `audio` every stream is copied. `container`: ffmpeg's muxer (mp4, webm, mov), since
 * `out` may be a temporary name.
 */
export async function concatSegments(paths, out, listPath, container, durationsSec, audio = null) {
  const { mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  const quote = (path) => `'${path.replaceAll("'", "'\\''")}'`;
  // Each part lasts exactly its frames: a sound track's codec padding (a few ms past the last
  // frame) must not push the next part's pictures later.
  const entry = (path, i) =>
    `file ${quote(path)}\n${durationsSec ? `duration ${durationsSec[i]}\n` : ''}`;
  if (!audio || !durationsSec) {
    writeFileSync(listPath, paths.map(entry).join(''));
    await runFfmpeg([
      ...['-f', 'concat', '-safe', '0', '-i', listPath, '-c', 'copy', '-map', '0'],
      ...['-f', container, out],
    ]);
    return;
  }
  // The demuxer would shift the pictures by the sound's priming: it joins video-only copies.
  const videoDir = `${listPath}.video`;
  mkdirSync(videoDir, { recursive: true });
  try {
    const videos = paths.map((_, i) => `${videoDir}/part-${i}.${container}`);
    for (let i = 0; i < paths.length; i++)
      await runFfmpeg(['-i', paths[i], '-map', '0:v', '-c', 'copy', '-f', container, videos[i]]);
    writeFileSync(listPath, videos.map(entry).join(''));
    const parts = paths.map((_, i) =>
      exactly(i + 1, Math.round(durationsSec[i] * AUDIO_RATE), `a${i}`),
    );
    const joined = `${paths.map((_, i) => `[a${i}]`).join('')}concat=n=${paths.length}:v=0:a=1[a]`;
    await runFfmpeg([
      ...['-f', 'concat', '-safe', '0', '-i', listPath],
      ...paths.flatMap((path) => ['-i', path]),
      ...['-filter_complex', [...parts, joined].join(';')],
      ...['-map', '0:v', '-map', '[a]', '-c:v', 'copy', ...encoderArgs(audio.encoder)],
      ...['-map_metadata', '-1', '-f', container, out],
    ]);
  } finally {
    rmSync(videoDir, { recursive: true, force: true });
  }
}
