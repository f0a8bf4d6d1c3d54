/**
 * Records a clip in the page: record mode, then for frame i = 0…n−1 the frame at playback
 * from + i/fps, drawn when ready, overlays burned in, encoded. The record CLI and the player's
 * Record button both come here (the CLI through `window.urverseny.recordClip`), so they make the
 * same file from the same code.
 */
import { clipSubtitles } from '../../core/record/clip-files.ts';
import {
  frameTimeSec,
  planClip,
  type ClipPlan,
  type ClipRequest,
} from '../../core/record/clip-plan.ts';
import type { RecordedClip, RecordHooks } from '../../core/record/clip-recorder.ts';
import type { PlayerRuntime } from '../../player/player-runtime.ts';
import { drawBurnIn, hasBurnIn, loadBurnInFonts, type BurnInContent } from '../../ui/burn-in.ts';
import { enlargementText } from '../../ui/format.ts';
import { createClipEncoder } from './clip-encoder.ts';
import { enterRecordMode, type RecordSession } from './record-session.ts';

export async function recordClip(
  runtime: PlayerRuntime,
  request: ClipRequest,
  hooks: RecordHooks,
): Promise<RecordedClip> {
  const { store } = runtime;
  const plan = planClip(request, store.getState().catalog);
  const session = await enterRecordMode(runtime, plan);
  let audioCodec: string | null = null;
  try {
    const scene = store.getState().scene;
    const encoder = await createClipEncoder(plan, hooks.write, plan.audio ? scene! : undefined);
    audioCodec = encoder.audioCodec;
    try {
      const compose = createComposer(plan);
      hooks.progress?.(0, plan.frameCount);
      for (let i = 0; i < plan.frameCount; i++) {
        if (hooks.signal?.aborted) throw new DOMException('recording cancelled', 'AbortError');
        await encoder.add(await compose(session, i), i);
        hooks.progress?.(i + 1, plan.frameCount);
      }
      await encoder.finish();
    } catch (error) {
      await encoder.cancel();
      throw error;
    }
  } finally {
    session.exit();
  }
  return { plan, subtitles: clipSubtitles(store.getState().scene!.captions, plan), audioCodec };
}

/**
 * SHA-256 (hex) of frames of a clip exactly as they would be encoded, for determinism checks:
 * the same request and index give the same hash in any run.
 */
export async function frameHashes(
  runtime: PlayerRuntime,
  request: ClipRequest,
  indices: readonly number[],
): Promise<string[]> {
  const plan = planClip(request, runtime.store.getState().catalog);
  const session = await enterRecordMode(runtime, plan);
  try {
    const compose = createComposer(plan);
    const hashes: string[] = [];
    for (const index of indices) {
      const pixels = await compose(session, index);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', pixels));
      hashes.push([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
    }
    return hashes;
  } finally {
    session.exit();
  }
}

/** Renders frame `index` and burns in the caption and the ×N badge, as the player shows them. */
function createComposer(plan: ClipPlan) {
  const { width, height } = plan;
  let context: OffscreenCanvasRenderingContext2D | null = null;
  return async (session: RecordSession, index: number): Promise<Uint8Array<ArrayBuffer>> => {
    const { pixels, frame } = await session.renderFrame(frameTimeSec(plan, index));
    const content: BurnInContent = {
      caption: plan.captions === 'burn' ? (frame.caption?.[plan.lang] ?? null) : null,
      enlargement: enlargementText(frame),
      lang: plan.lang,
    };
    if (!hasBurnIn(content)) return pixels;
    await loadBurnInFonts(content);
    context ??= new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas for burning in captions');
    const clamped = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length);
    context.putImageData(new ImageData(clamped, width, height), 0, 0);
    drawBurnIn(context, width, height, content);
    pixels.set(context.getImageData(0, 0, width, height).data);
    return pixels;
  };
}
