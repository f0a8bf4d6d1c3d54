/**
 * The WAV files a scene's narration is recorded in: 16-bit PCM, read and written without a
 * library (the recorder's tests write one, the scene loader reads durations in Node).
 */

export interface Pcm {
  readonly sampleRate: number;
  /** One array per channel, samples in −1…1. */
  readonly channels: readonly Float32Array[];
}

/** A 16-bit PCM WAV of `pcm`. */
export function encodeWav(pcm: Pcm): Uint8Array {
  const channelCount = pcm.channels.length;
  const frames = pcm.channels[0]?.length ?? 0;
  const dataBytes = frames * channelCount * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channelCount, true);
  view.setUint32(24, pcm.sampleRate, true);
  view.setUint32(28, pcm.sampleRate * channelCount * 2, true);
  view.setUint16(32, channelCount * 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let n = 0; n < frames; n++) {
    for (let c = 0; c < channelCount; c++) {
      const v = Math.max(-1, Math.min(1, pcm.channels[c]![n]!));
      view.setInt16(44 + (n * channelCount + c) * 2, Math.round(v * 32767), true);
    }
  }
  return bytes;
}

/** Length of a PCM WAV in seconds, or an explanation of why it is not one. */
export function wavDurationSec(bytes: Uint8Array): number | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) =>
    at + 4 <= bytes.length ? String.fromCharCode(...bytes.subarray(at, at + 4)) : '';
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return 'not a RIFF/WAVE file';
  let byteRate = 0;
  for (let at = 12; at + 8 <= bytes.length;) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'fmt ' && at + 16 <= bytes.length) byteRate = view.getUint32(at + 16, true);
    if (tag(at) === 'data') {
      if (byteRate <= 0) return 'no "fmt " chunk before the data';
      return Math.min(size, bytes.length - at - 8) / byteRate;
    }
    at += 8 + size + (size % 2);
  }
  return 'no "data" chunk';
}

/** The samples of a 16-bit PCM WAV, or an explanation of why it is not one. */
export function decodeWav(bytes: Uint8Array): Pcm | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) =>
    at + 4 <= bytes.length ? String.fromCharCode(...bytes.subarray(at, at + 4)) : '';
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return 'not a RIFF/WAVE file';
  let format: { channels: number; sampleRate: number } | null = null;
  for (let at = 12; at + 8 <= bytes.length;) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'fmt ' && at + 24 <= bytes.length) {
      const codec = view.getUint16(at + 8, true);
      const bits = view.getUint16(at + 22, true);
      if (codec !== 1 || bits !== 16) return `format ${codec} with ${bits} bits, not 16-bit PCM`;
      format = {
        channels: view.getUint16(at + 10, true),
        sampleRate: view.getUint32(at + 12, true),
      };
    }
    if (tag(at) === 'data') {
      if (!format || format.channels < 1) return 'no "fmt " chunk before the data';
      const frames = Math.floor(Math.min(size, bytes.length - at - 8) / (2 * format.channels));
      const channels = Array.from({ length: format.channels }, () => new Float32Array(frames));
      for (let n = 0; n < frames; n++)
        for (let c = 0; c < format.channels; c++)
          channels[c]![n] = view.getInt16(at + 8 + (n * format.channels + c) * 2, true) / 32768;
      return { sampleRate: format.sampleRate, channels };
    }
    at += 8 + size + (size % 2);
  }
  return 'no "data" chunk';
}
