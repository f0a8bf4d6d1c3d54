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
import { KEY_FRAME_INTERVAL_SEC } from '../../core/record/render-options.ts';

export interface ClipEncoder {
  /** Adds frame `index` (RGBA, top row first); resolves when the encoder can take the next. */
  add(rgba: Uint8Array, index: number): Promise<void>;
  finish(): Promise<void>;
  cancel(): Promise<void>;
}

const CODECS = { mp4: 'avc', webm: 'vp9' } as const;
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * `firstIndex`: the clip frame this file starts with (a slice's segment starts at its own zero,
 * so segments join end to end).
 */
export async function createClipEncoder(
  plan: Pick<ClipPlan, 'format' | 'width' | 'height' | 'fps'>,
  write: WriteChunk,
  firstIndex = 0,
): Promise<ClipEncoder> {
  const { width, height, fps } = plan;
  if (plan.format !== 'mp4' && plan.format !== 'webm')
    throw new Error(`the page encodes MP4 and WebM, not ${plan.format}`);
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
  await output.start();
  return {
    async add(rgba, index) {
      const sample = new VideoSample(rgba, {
        format: 'RGBX',
        codedWidth: width,
        codedHeight: height,
        timestamp: (index - firstIndex) / fps,
        duration: 1 / fps,
      });
      try {
        await source.add(sample);
      } finally {
        sample.close();
      }
    },
    finish: () => output.finalize(),
    async cancel() {
      if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    },
  };
}
