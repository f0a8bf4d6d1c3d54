/**
 * Reading a recorded clip's sound back, independently of the code that made it: ffmpeg decodes
 * the track to PCM, and the pulses and their pitch are measured from the samples alone.
 */
import { execFileSync } from 'node:child_process';

export const DECODE_RATE = 48_000;

/** The first audio stream of `path`, decoded by ffmpeg to mono float samples at 48 kHz. */
export function decodeAudio(path: string): Float32Array {
  const bytes = execFileSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-i',
      path,
      '-map',
      'a:0',
      '-ac',
      '1',
      '-ar',
      String(DECODE_RATE),
      '-f',
      'f32le',
      '-',
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/** Duration of each stream by codec type, as ffprobe reports it. */
export function streamDurations(path: string): { video: number; audio: number | null } {
  const json = execFileSync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'stream=codec_type,duration', '-of', 'json', path],
    { encoding: 'utf8' },
  );
  const streams = (JSON.parse(json) as { streams: { codec_type: string; duration: string }[] })
    .streams;
  const of = (type: string) => streams.find((s) => s.codec_type === type);
  return {
    video: Number(of('video')?.duration),
    audio: of('audio') ? Number(of('audio')!.duration) : null,
  };
}

/** The codec of the first audio stream of `path` ("aac", "opus"), as ffprobe names it. */
export function audioCodec(path: string): string {
  return execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'a:0',
      '-show_entries',
      'stream=codec_name',
      '-of',
      'csv=p=0',
      path,
    ],
    { encoding: 'utf8' },
  ).trim();
}

export interface Pulse {
  /** Where the envelope first rises past a tenth of the loudest pulse, s. */
  readonly onsetSec: number;
  readonly endSec: number;
}

/** Pulses: stretches where a 1 ms envelope stays above a tenth of the peak, after ≥ 50 ms quiet. */
export function findPulses(samples: Float32Array, rate = DECODE_RATE): Pulse[] {
  const window = Math.round(rate / 1000);
  const envelope = new Float32Array(samples.length);
  let sum = 0;
  for (let n = 0; n < samples.length; n++) {
    sum += Math.abs(samples[n]!);
    if (n >= window) sum -= Math.abs(samples[n - window]!);
    envelope[n] = sum / window;
  }
  const peak = envelope.reduce((m, v) => Math.max(m, v), 0);
  const threshold = peak / 10;
  const quiet = Math.round(0.05 * rate);
  const pulses: Pulse[] = [];
  let start = -1;
  let lastLoud = -quiet;
  for (let n = 0; n < envelope.length; n++) {
    if (envelope[n]! > threshold) {
      if (start < 0 && n - lastLoud >= quiet) start = n;
      lastLoud = n;
    } else if (start >= 0 && n - lastLoud >= quiet) {
      pulses.push({ onsetSec: (start - window / 2) / rate, endSec: lastLoud / rate });
      start = -1;
    }
  }
  if (start >= 0) pulses.push({ onsetSec: (start - window / 2) / rate, endSec: lastLoud / rate });
  return pulses;
}

/** Mean frequency over [fromSec, untilSec) from the zero crossings, Hz. */
export function meanFrequency(
  samples: Float32Array,
  fromSec: number,
  untilSec: number,
  rate = DECODE_RATE,
): number {
  const a = Math.round(fromSec * rate);
  const b = Math.round(untilSec * rate);
  // Interpolated crossing instants: the time between the first and last, over the cycles.
  const crossings: number[] = [];
  for (let n = a + 1; n < b; n++) {
    const x0 = samples[n - 1]!;
    const x1 = samples[n]!;
    if (x0 < 0 && x1 >= 0) crossings.push(n - 1 + x0 / (x0 - x1));
  }
  if (crossings.length < 2) return Number.NaN;
  return ((crossings.length - 1) * rate) / (crossings.at(-1)! - crossings[0]!);
}
