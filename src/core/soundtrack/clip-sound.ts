/**
 * A recorded clip's sound: playback runs at one second per second from the clip's (or slice's)
 * first frame, and so does the keying, counted from the transmitters' switch-on, so a clip of the
 * same range always has its pulses at the same instants. The synthesised sounds are ducked under
 * the narration of the clip's caption language and the recordings added (narration-mix.ts).
 * Rendered piece by piece as the frames advance; the same range and pieces give the same samples.
 */
import type { CompiledScene } from '../script/compiled-scene.ts';
import { mixNarration, type PlacedNarration } from './narration-mix.ts';
import {
  beaconReceptionAt,
  renderSceneSound,
  soundContinuity,
  type SoundLayers,
} from './scene-sound.ts';

/** A clip carries the beacon; effects stay off, as they are by default in the player. */
export const CLIP_LAYERS: SoundLayers = { beacon: true, rumble: false };

export interface ClipSoundRange {
  /** Playback seconds at the first sample. */
  readonly fromSec: number;
  readonly durationSec: number;
  readonly sampleRate: number;
}

export interface ClipSoundPieces {
  /** Samples in the whole range. */
  readonly total: number;
  /** Samples rendered so far. */
  readonly done: () => number;
  /** The next `count` samples (fewer at the end of the range). */
  next(count: number): Float32Array;
}

export function clipSoundPieces(
  scene: CompiledScene,
  range: ClipSoundRange,
  narration: readonly PlacedNarration[] = [],
  layers: SoundLayers = CLIP_LAYERS,
): ClipSoundPieces {
  const { fromSec, sampleRate } = range;
  const total = Math.round(range.durationSec * sampleRate);
  const onSec = scene.sound.beacon?.onPlaybackSec ?? 0;
  const continuity = soundContinuity();
  continuity.beaconPhase = clipBeaconPhase(scene, fromSec, sampleRate);
  let done = 0;
  return {
    total,
    done: () => done,
    next(wanted) {
      const count = Math.max(0, Math.min(wanted, total - done));
      const startSec = fromSec + done / sampleRate;
      const samples = renderSceneSound(
        scene,
        {
          sampleRate,
          count,
          playbackAt: (audioSec) => startSec + audioSec,
          keyingStartSec: startSec - onSec,
        },
        layers,
        continuity,
      );
      mixNarration(samples, sampleRate, startSec, narration);
      done += count;
      return samples;
    },
  };
}

/** Grid of the phase integral, s (the beacon render's own geometry grid). */
const PHASE_STEP_SEC = 0.02;

/**
 * The beat tone's oscillator phase at playback `sec` of a clip, rad: 2π times the tone integrated
 * over playback from the scene's start, as a clip from there would have accumulated it. A slice
 * (`--frames`, `--jobs`) starts its tone where the whole clip has it, so the joined sound does not
 * click where a pulse spans a join.
 */
export function clipBeaconPhase(scene: CompiledScene, sec: number, sampleRate: number): number {
  const heard = scene.sound.beacon;
  if (!heard || sec <= 0) return 0;
  const toneAt = (t: number) => beaconReceptionAt(scene, t)?.toneHz ?? heard.beacon.beatOffsetHz;
  const twoPi = 2 * Math.PI;
  const steps = Math.floor(sec / PHASE_STEP_SEC);
  let phase = 0;
  let before = toneAt(0);
  for (let k = 1; k <= steps; k++) {
    const after = toneAt(k * PHASE_STEP_SEC);
    phase = (phase + Math.PI * (before + after) * PHASE_STEP_SEC) % twoPi;
    before = after;
  }
  const rest = sec - steps * PHASE_STEP_SEC;
  const end = toneAt(sec);
  // The render adds each sample's tone before the next sample: a left sum, which trails the
  // integral by half a sample's worth of the change in tone.
  const leftSum = Math.PI * ((before + end) * rest - (end - toneAt(0)) / sampleRate);
  return (((phase + leftSum) % twoPi) + twoPi) % twoPi;
}

/** The whole range's sound at once, made of pieces of `pieceSec` as the recorder makes it. */
export function renderClipSound(
  scene: CompiledScene,
  range: ClipSoundRange,
  narration: readonly PlacedNarration[] = [],
  pieceSec = 1,
  layers: SoundLayers = CLIP_LAYERS,
): Float32Array {
  const pieces = clipSoundPieces(scene, range, narration, layers);
  const out = new Float32Array(pieces.total);
  const step = Math.round(pieceSec * range.sampleRate);
  while (pieces.done() < pieces.total) {
    const at = pieces.done();
    out.set(pieces.next(step), at);
  }
  return out;
}
