/**
 * A recorded clip's sound: playback runs at one second per second from the clip's (or slice's)
 * first frame, and so does the keying, counted from the transmitters' switch-on, so a clip of the
 * same range always has its pulses at the same instants. The synthesised sounds are ducked under
 * the narration of the clip's caption language and the recordings added (narration-mix.ts).
 * Rendered piece by piece as the frames advance; the same range and pieces give the same samples.
 */
import type { CompiledScene } from '../script/compiled-scene.ts';
import { mixNarration, type PlacedNarration } from './narration-mix.ts';
import { renderSceneSound, soundContinuity, type SoundLayers } from './scene-sound.ts';

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
