/**
 * A clip's sound track: the scene's sound rendered for the clip's range by the same pure code
 * the player uses (src/core/soundtrack), with the narration of the clip's caption language mixed
 * in and the rest ducked under it, a second at a time as the frames advance, and encoded beside
 * them. AAC in MP4 where the browser has an AAC encoder, else Opus (open builds of Chromium ship
 * none; MP4 carries Opus too, and the record CLI converts it to AAC with ffmpeg); Opus in WebM.
 */
import {
  AudioSample,
  AudioSampleSource,
  QUALITY_HIGH,
  canEncodeAudio,
  type AudioCodec,
  type Output,
} from 'mediabunny';
import type { ClipPlan } from '../../core/record/clip-plan.ts';
import type { CompiledScene } from '../../core/script/compiled-scene.ts';
import { clipSoundPieces } from '../../core/soundtrack/clip-sound.ts';
import type { PlacedNarration } from '../../core/soundtrack/narration-mix.ts';

export const CLIP_SAMPLE_RATE = 48_000;
/** Audio is rendered and handed to the encoder in pieces this long. */
const PIECE_SEC = 1;

export interface ClipAudioTrack {
  readonly codec: AudioCodec;
  /** Encodes the sound up to clip second `sec` (call as the frames advance). */
  upTo(sec: number): Promise<void>;
  /** Encodes the rest, to the clip's last frame. */
  finish(): Promise<void>;
}

/** Adds the audio track to `output` (before it starts). */
export async function addClipAudioTrack(
  output: Output,
  plan: Pick<ClipPlan, 'format' | 'fromSec' | 'durationSec'>,
  scene: CompiledScene,
  narration: readonly PlacedNarration[],
): Promise<ClipAudioTrack> {
  const codec = await audioCodecFor(plan.format);
  const source = new AudioSampleSource({ codec, quality: QUALITY_HIGH });
  output.addAudioTrack(source);
  const pieces = clipSoundPieces(
    scene,
    { fromSec: plan.fromSec, durationSec: plan.durationSec, sampleRate: CLIP_SAMPLE_RATE },
    narration,
  );
  const encodeUntil = async (sample: number) => {
    while (pieces.done() < sample) {
      const timestamp = pieces.done() / CLIP_SAMPLE_RATE;
      const samples = pieces.next(Math.min(sample - pieces.done(), PIECE_SEC * CLIP_SAMPLE_RATE));
      const piece = new AudioSample({
        data: samples,
        format: 'f32',
        numberOfChannels: 1,
        sampleRate: CLIP_SAMPLE_RATE,
        timestamp,
      });
      try {
        await source.add(piece);
      } finally {
        piece.close();
      }
    }
  };
  return {
    codec,
    upTo: (sec) => {
      // Whole pieces only, so the pieces (and the samples) are the same however the frames fall.
      const whole = Math.floor(sec / PIECE_SEC);
      return encodeUntil(Math.min(pieces.total, whole * PIECE_SEC * CLIP_SAMPLE_RATE));
    },
    finish: () => encodeUntil(pieces.total),
  };
}

async function audioCodecFor(format: ClipPlan['format']): Promise<AudioCodec> {
  const options = { numberOfChannels: 1, sampleRate: CLIP_SAMPLE_RATE, quality: QUALITY_HIGH };
  if (format === 'mp4' && (await canEncodeAudio('aac', options))) return 'aac';
  if (await canEncodeAudio('opus', options)) return 'opus';
  throw new Error(`this browser cannot encode ${format === 'mp4' ? 'AAC or Opus' : 'Opus'} audio`);
}
