/**
 * Recorded narration laid over the scene's other sounds, as the player plays it: each recording
 * starts with its caption and stops when the caption ends, and while a caption with a recording
 * is showing the other sounds glide down to a quarter of their level and back up afterwards.
 * The player ducks with Web Audio's setTargetAtTime; the glide here is the same exponential,
 * evaluated from the time of each sample, so a clip (or any slice of it) is the same every time.
 */
import type { Pcm } from '../audio/wav.ts';
import type { CompiledScene } from '../script/compiled-scene.ts';

/** Level of the other sounds while a narration speaks. */
export const DUCKED_LEVEL = 0.25;
/** Time constant of the glide to and from the ducked level, s. */
export const DUCK_TIME_CONSTANT_SEC = 0.1;

/** One recording placed on playback time. */
export interface PlacedNarration {
  /** The caption's slot, playback seconds: the recording starts at `fromSec`, is cut at `untilSec`. */
  readonly fromSec: number;
  readonly untilSec: number;
  readonly pcm: Pcm;
}

/**
 * The scene's recordings in `lang`, in caption order; `recordings` maps a file (relative to
 * scenes/) to its samples. A recording that is not there is an error naming it.
 */
export function placeNarration(
  scene: CompiledScene,
  lang: 'hu' | 'en',
  recordings: ReadonlyMap<string, Pcm>,
): PlacedNarration[] {
  return scene.sound.narration
    .filter((n) => n.lang === lang)
    .sort((a, b) => a.fromSec - b.fromSec)
    .map((n) => {
      const pcm = recordings.get(n.file);
      if (!pcm) throw new Error(`${scene.file}: scenes/${n.file}: recording not loaded`);
      return { fromSec: n.fromSec, untilSec: n.untilSec, pcm };
    });
}

/** Level 0…1 of the other sounds at playback `sec` (1 far from any narration). */
export function duckLevel(narration: readonly PlacedNarration[], sec: number): number {
  let level = 1;
  let since = Number.NEGATIVE_INFINITY;
  let target = 1;
  // Walk the changes of target up to `sec`: each glide starts where the previous one had got to.
  for (const n of narration) {
    if (n.fromSec > sec) break;
    level = glide(level, target, n.fromSec - since);
    since = n.fromSec;
    target = DUCKED_LEVEL;
    if (n.untilSec > sec) break;
    level = glide(level, target, n.untilSec - since);
    since = n.untilSec;
    target = 1;
  }
  return glide(level, target, sec - since);
}

function glide(from: number, to: number, sec: number): number {
  if (!(sec < Number.POSITIVE_INFINITY)) return to;
  return to + (from - to) * Math.exp(-sec / DUCK_TIME_CONSTANT_SEC);
}

/**
 * Ducks `samples` (the synthesised sounds from playback `fromSec`, one playback second per second
 * at `sampleRate`) under the narration and adds the recordings, in place. A recording at another
 * rate is resampled linearly; several channels are averaged to mono.
 */
export function mixNarration(
  samples: Float32Array,
  sampleRate: number,
  fromSec: number,
  narration: readonly PlacedNarration[],
): void {
  const untilSec = fromSec + samples.length / sampleRate;
  if (!narration.some((n) => n.fromSec < untilSec)) return;
  for (let i = 0; i < samples.length; i++)
    samples[i]! *= duckLevel(narration, fromSec + i / sampleRate);
  for (const n of narration) {
    if (n.untilSec <= fromSec || n.fromSec >= untilSec) continue;
    const { channels, sampleRate: rate } = n.pcm;
    const frames = channels[0]?.length ?? 0;
    const first = Math.max(0, Math.ceil((n.fromSec - fromSec) * sampleRate - 1e-9));
    const last = Math.min(samples.length, Math.ceil((n.untilSec - fromSec) * sampleRate - 1e-9));
    for (let i = first; i < last; i++) {
      const at = (fromSec + i / sampleRate - n.fromSec) * rate;
      const k = Math.floor(at);
      if (k >= frames) break;
      const s = at - k;
      let sum = 0;
      for (const channel of channels) {
        const a = channel[k]!;
        const b = k + 1 < frames ? channel[k + 1]! : 0;
        sum += a + (b - a) * s;
      }
      samples[i] = Math.max(-1, Math.min(1, samples[i]! + sum / channels.length));
    }
  }
}
