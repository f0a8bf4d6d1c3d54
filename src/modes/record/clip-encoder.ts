/**
 * Encodes frames in the page with WebCodecs through mediabunny: H.264 in MP4, VP9 in WebM. The
 * file's bytes go to `write(data, position)` as they are made (a file on disk for the CLI, memory
 * for the player's Record button); MP4 is written with its index at the end, so nothing but the
 * current chunk is held in memory.
 */
import {
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  StreamTarget,
  VideoSample,
  VideoSampleSource,
  WebMOutputFormat,
  canEncodeVideo,
  type StreamTargetChunk,
} from 'mediabunny';
import type { ClipPlan } from '../../core/record/clip-plan.ts';
import type { WriteChunk } from '../../core/record/clip-recorder.ts';
import type { CompiledScene } from '../../core/script/compiled-scene.ts';
import { addClipAudioTrack } from './clip-audio.ts';

export interface ClipEncoder {
  /** Adds frame `index` (RGBA, top row first); resolves when the encoder can take the next. */
  add(rgba: Uint8Array, index: number): Promise<void>;
  finish(): Promise<void>;
  cancel(): Promise<void>;
  /** The sound track's codec, or null without one. */
  readonly audioCodec: string | null;
}

const CODECS = { mp4: 'avc', webm: 'vp9' } as const;
const CHUNK_BYTES = 4 * 1024 * 1024;
/** Seconds between key frames: cheap cutting points for editors. */
const KEY_FRAME_INTERVAL_SEC = 1;

/** With `sound` (the scene), the clip carries the scene's sound track too (clip-audio.ts). */
export async function createClipEncoder(
  plan: Pick<ClipPlan, 'format' | 'width' | 'height' | 'fps' | 'fromSec' | 'durationSec'>,
  write: WriteChunk,
  sound?: CompiledScene,
): Promise<ClipEncoder> {
  const { width, height, fps } = plan;
  const codec = CODECS[plan.format];
  if (!(await canEncodeVideo(codec, { width, height, bitrate: QUALITY_HIGH })))
    throw new Error(`this browser cannot encode ${codec} video at ${width}x${height}`);
  const target = new StreamTarget(
    new WritableStream<StreamTargetChunk>({ write: (chunk) => write(chunk.data, chunk.position) }),
    { chunked: true, chunkSize: CHUNK_BYTES },
  );
  const output = new Output({
    format:
      plan.format === 'mp4' ? new Mp4OutputFormat({ fastStart: false }) : new WebMOutputFormat(),
    target,
  });
  const source = new VideoSampleSource({
    codec,
    bitrate: QUALITY_HIGH,
    keyFrameInterval: KEY_FRAME_INTERVAL_SEC,
    latencyMode: 'quality',
  });
  output.addVideoTrack(source, { frameRate: fps });
  const audio = sound ? await addClipAudioTrack(output, plan, sound) : null;
  await output.start();
  return {
    audioCodec: audio?.codec ?? null,
    async add(rgba, index) {
      const sample = new VideoSample(rgba, {
        format: 'RGBX',
        codedWidth: width,
        codedHeight: height,
        timestamp: index / fps,
        duration: 1 / fps,
      });
      try {
        await source.add(sample);
      } finally {
        sample.close();
      }
      await audio?.upTo((index + 1) / fps);
    },
    async finish() {
      await audio?.finish();
      await output.finalize();
    },
    async cancel() {
      if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    },
  };
}
