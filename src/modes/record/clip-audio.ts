/**
 * A clip's sound track: the scene's sound rendered for the clip's range by the same pure code
 * the player uses (src/core/soundtrack), a second at a time as the frames advance, and encoded
 * beside them. AAC in MP4 where the browser has an AAC encoder, else Opus (open builds of
 * Chromium ship none; MP4 carries Opus too); Opus in WebM.
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
import {
  renderSceneSound,
  soundContinuity,
  type SoundLayers,
} from '../../core/soundtrack/scene-sound.ts';

export const CLIP_SAMPLE_RATE = 48_000;
/** Audio is rendered and handed to the encoder in pieces this long. */
const PIECE_SEC = 1;
/** A recording carries the beacon; effects stay off, as they are by default in the player. */
const CLIP_LAYERS: SoundLayers = { beacon: true, rumble: false };

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
  layers: SoundLayers = CLIP_LAYERS,
): Promise<ClipAudioTrack> {
  const codec = await audioCodecFor(plan.format);
  const source = new AudioSampleSource({ codec, quality: QUALITY_HIGH });
  output.addAudioTrack(source);
  const total = Math.round(plan.durationSec * CLIP_SAMPLE_RATE);
  const onSec = scene.sound.beacon?.onPlaybackSec ?? 0;
  const continuity = soundContinuity();
  let done = 0;
  const encodeUntil = async (sample: number) => {
    while (done < sample) {
      const count = Math.min(sample - done, PIECE_SEC * CLIP_SAMPLE_RATE);
      const startSec = plan.fromSec + done / CLIP_SAMPLE_RATE;
      const samples = renderSceneSound(
        scene,
        {
          sampleRate: CLIP_SAMPLE_RATE,
          count,
          // The clip plays at one playback second per second; the keying counts from switch-on.
          playbackAt: (audioSec) => startSec + audioSec,
          keyingStartSec: startSec - onSec,
        },
        layers,
        continuity,
      );
      const piece = new AudioSample({
        data: samples,
        format: 'f32',
        numberOfChannels: 1,
        sampleRate: CLIP_SAMPLE_RATE,
        timestamp: done / CLIP_SAMPLE_RATE,
      });
      try {
        await source.add(piece);
      } finally {
        piece.close();
      }
      done += count;
    }
  };
  return {
    codec,
    upTo: (sec) => {
      // Whole pieces only, so the pieces (and the samples) are the same however the frames fall.
      const pieces = Math.floor(sec / PIECE_SEC);
      return encodeUntil(Math.min(total, pieces * PIECE_SEC * CLIP_SAMPLE_RATE));
    },
    finish: () => encodeUntil(total),
  };
}

async function audioCodecFor(format: ClipPlan['format']): Promise<AudioCodec> {
  const options = { numberOfChannels: 1, sampleRate: CLIP_SAMPLE_RATE, quality: QUALITY_HIGH };
  if (format === 'mp4' && (await canEncodeAudio('aac', options))) return 'aac';
  if (await canEncodeAudio('opus', options)) return 'opus';
  throw new Error(`this browser cannot encode ${format === 'mp4' ? 'AAC or Opus' : 'Opus'} audio`);
}
