/**
 * Encodes frames in the page with WebCodecs, muxed by mediabunny: H.264 in MP4, VP9 in WebM. The
 * file's bytes go to `write(data, position)` as they are made (a file on disk for the CLI, memory
 * for the player's Record button); MP4 is written with its index at the end, so nothing but the
 * current chunk is held in memory.
 *
 * Every group of pictures (one key frame interval) is encoded by a fresh encoder. The browser's
 * encoders carry rate-control state from one group to the next, so otherwise a slice rendered on
 * its own (`--frames`, `--jobs`) would decode differently from the same frames in a whole clip;
 * this way a group's bytes depend only on its own frames, and slices join frame-identically.
 */
import {
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
  StreamTarget,
  WebMOutputFormat,
  type StreamTargetChunk,
} from 'mediabunny';
import type { ClipPlan } from '../../core/record/clip-plan.ts';
import type { WriteChunk } from '../../core/record/clip-recorder.ts';
import type { CompiledScene } from '../../core/script/compiled-scene.ts';
import type { PlacedNarration } from '../../core/soundtrack/narration-mix.ts';
import { addClipAudioTrack } from './clip-audio.ts';
import { keyFrameEvery, type FrameSlice } from '../../core/record/render-options.ts';

export interface ClipEncoder {
  /** Adds frame `index` (RGBA, top row first); resolves when the encoder can take the next. */
  add(rgba: Uint8Array, index: number): Promise<void>;
  finish(): Promise<void>;
  cancel(): Promise<void>;
  /** The sound track's codec, or null without one. */
  readonly audioCodec: string | null;
}

/** What a clip's sound track is made of: the scene and its narration in the clip's language. */
export interface ClipSound {
  readonly scene: CompiledScene;
  readonly narration: readonly PlacedNarration[];
}

const CHUNK_BYTES = 4 * 1024 * 1024;
/** Frames queued in the encoder before `add` waits: keeps memory flat at 4K. */
const MAX_QUEUE = 4;

/** H.264 levels (macroblocks a frame) → level_idc; the encoder needs one that fits the size. */
const AVC_LEVELS: [number, number][] = [
  [1620, 0x1e],
  [3600, 0x1f],
  [5120, 0x20],
  [8192, 0x28],
  [8704, 0x2a],
  [22080, 0x32],
  [36864, 0x33],
  [139264, 0x3c],
];

export function codecString(format: 'mp4' | 'webm', width: number, height: number): string {
  const pixels = width * height;
  if (format === 'webm')
    return `vp09.00.${pixels <= 2_228_224 ? 41 : pixels <= 8_912_896 ? 51 : 61}.08`;
  const macroblocks = Math.ceil(width / 16) * Math.ceil(height / 16);
  const level = AVC_LEVELS.find(([limit]) => macroblocks <= limit)?.[1] ?? 0x3c;
  return `avc1.6400${level.toString(16).padStart(2, '0')}`;
}

/**
 * mediabunny's "high" quality as a bitrate: 3 Mbit/s at 1080p scaled by pixels^0.95, VP9 at 0.6
 * of H.264, times 0.3·e^(2.5538·0.75).
 */
export function clipBitrate(format: 'mp4' | 'webm', width: number, height: number): number {
  const scale = Math.pow((width * height) / (1920 * 1080), 0.95);
  const codec = format === 'webm' ? 0.6 : 1;
  return Math.ceil((3_000_000 * scale * codec * 0.3 * Math.exp(2.5538 * 0.75)) / 1000) * 1000;
}

/**
 * `frames`: the slice of the clip this file holds (a slice's segment starts at its own zero, so
 * segments join end to end). Its start must be a key frame: a multiple of the key frame interval.
 * With `sound`, the file carries the scene's sound for its own frames (clip-audio.ts).
 */
export async function createClipEncoder(
  plan: Pick<ClipPlan, 'format' | 'width' | 'height' | 'fps' | 'fromSec' | 'frameCount'>,
  write: WriteChunk,
  frames: FrameSlice = { start: 0, end: plan.frameCount },
  sound?: ClipSound,
): Promise<ClipEncoder> {
  const { width, height, fps } = plan;
  const format = plan.format;
  if (format !== 'mp4' && format !== 'webm')
    throw new Error(`the page encodes MP4 and WebM, not ${format}`);
  const config: VideoEncoderConfig = {
    codec: codecString(format, width, height),
    width,
    height,
    bitrate: clipBitrate(format, width, height),
    framerate: fps,
    latencyMode: 'quality',
    ...(format === 'mp4' ? { avc: { format: 'avc' as const } } : {}),
  };
  if (!(await VideoEncoder.isConfigSupported(config)).supported)
    throw new Error(`this browser cannot encode ${config.codec} video at ${width}x${height}`);
  const target = new StreamTarget(
    new WritableStream<StreamTargetChunk>({ write: (chunk) => write(chunk.data, chunk.position) }),
    { chunked: true, chunkSize: CHUNK_BYTES },
  );
  const output = new Output({
    format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: false }) : new WebMOutputFormat(),
    target,
  });
  const source = new EncodedVideoPacketSource(format === 'mp4' ? 'avc' : 'vp9');
  output.addVideoTrack(source, { frameRate: fps });
  // A slice's sound covers the slice's frames only, so segments join end to end like the video.
  const sliceRange = {
    format,
    fromSec: plan.fromSec + frames.start / fps,
    durationSec: (frames.end - frames.start) / fps,
  };
  const audio = sound
    ? await addClipAudioTrack(output, sliceRange, sound.scene, sound.narration)
    : null;
  await output.start();

  const every = keyFrameEvery(fps);
  let encoder: VideoEncoder | null = null;
  let failure: unknown = null;
  /** Packets go to the muxer one after another, in the order the encoders made them. */
  let muxed: Promise<void> = Promise.resolve();
  const newEncoder = () => {
    const created = new VideoEncoder({
      output: (chunk, meta) => {
        muxed = muxed.then(() => source.add(EncodedPacket.fromEncodedChunk(chunk), meta));
      },
      error: (error) => (failure ??= error),
    });
    created.configure(config);
    return created;
  };
  const closeEncoder = async () => {
    if (!encoder) return;
    await encoder.flush();
    encoder.close();
    encoder = null;
  };
  const check = () => {
    if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  };

  return {
    audioCodec: audio?.codec ?? null,
    async add(rgba, index) {
      check();
      const offset = index - frames.start;
      const keyFrame = offset % every === 0;
      if (keyFrame) {
        await closeEncoder();
        encoder = newEncoder();
      }
      const frame = new VideoFrame(rgba, {
        format: 'RGBX',
        codedWidth: width,
        codedHeight: height,
        timestamp: Math.round((offset / fps) * 1e6),
        duration: Math.round(1e6 / fps),
      });
      try {
        encoder!.encode(frame, { keyFrame });
      } finally {
        frame.close();
      }
      while (encoder && encoder.encodeQueueSize > MAX_QUEUE)
        await new Promise((resolve) =>
          encoder!.addEventListener('dequeue', resolve, { once: true }),
        );
      await muxed;
      check();
      await audio?.upTo((offset + 1) / fps);
    },
    async finish() {
      await closeEncoder();
      await muxed;
      check();
      await audio?.finish();
      await output.finalize();
    },
    async cancel() {
      if (encoder && encoder.state !== 'closed') encoder.close();
      encoder = null;
      if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    },
  };
}
