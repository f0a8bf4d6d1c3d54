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
import { readingZone } from '../../core/projection/dome-projection.ts';
import { ENCODED_IN_PAGE, keyFrameEvery } from '../../core/record/render-options.ts';
import { createClipEncoder, type ClipEncoder, type ClipSound } from './clip-encoder.ts';
import { loadClipNarration } from './clip-narration.ts';
import { enterRecordMode, type RecordSession } from './record-session.ts';

export async function recordClip(
  runtime: PlayerRuntime,
  request: ClipRequest,
  hooks: RecordHooks,
): Promise<RecordedClip> {
  const { store } = runtime;
  const plan = planClip(request, store.getState().catalog);
  const session = await enterRecordMode(runtime, plan);
  const { start, end } = plan.frames;
  const count = end - start;
  let firstFrameSha256 = '';
  let lastFrameSha256 = '';
  let renderer = '';
  let audioCodec: string | null = null;
  try {
    renderer = session.renderer();
    const scene = store.getState().scene;
    // The narration of the clip's caption language, read before the first frame.
    const sound: ClipSound | null =
      plan.audio && scene && ENCODED_IN_PAGE.includes(plan.format)
        ? {
            scene,
            narration: await loadClipNarration(scene, plan.lang, (file) =>
              runtime.sound.recording(file),
            ),
          }
        : null;
    const sink = await frameSink(plan, hooks, sound);
    audioCodec = sink.audioCodec;
    try {
      const compose = createComposer(plan);
      hooks.progress?.(0, count);
      for (let i = start; i < end; i++) {
        if (hooks.signal?.aborted) throw new DOMException('recording cancelled', 'AbortError');
        const pixels = await composeFrame(runtime, plan, compose, session, i);
        if (i === start) firstFrameSha256 = await sha256(pixels);
        if (i === end - 1) lastFrameSha256 = await sha256(pixels);
        await sink.add(pixels, i);
        hooks.progress?.(i + 1 - start, count);
      }
      await sink.finish();
    } catch (error) {
      await sink.cancel();
      throw error;
    }
  } finally {
    session.exit();
  }
  return {
    plan,
    subtitles: clipSubtitles(store.getState().scene!.captions, plan),
    renderer,
    audioCodec,
    firstFrameSha256,
    lastFrameSha256,
  };
}

/** Where frames go: the page's encoder (MP4, WebM), or out to the caller raw (PNG, ProRes). */
async function frameSink(
  plan: ClipPlan,
  hooks: RecordHooks,
  sound: ClipSound | null,
): Promise<ClipEncoder> {
  if (ENCODED_IN_PAGE.includes(plan.format))
    return createClipEncoder(plan, hooks.write, plan.frames, sound ?? undefined);
  const frame = hooks.frame;
  if (!frame) throw new Error(`${plan.format} frames need a frame(rgba, index) hook`);
  return {
    audioCodec: null,
    add: async (rgba, index) => frame(rgba, index),
    finish: async () => {},
    cancel: async () => {},
  };
}

async function sha256(pixels: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', pixels));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
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
    for (const index of indices)
      hashes.push(await sha256(await composeFrame(runtime, plan, compose, session, index)));
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
    // A dome or 360° frame gets the overlay in its reading zone, laid out as a flat frame there.
    const zone = readingZone(plan.projection, width, height);
    context.save();
    context.translate(zone.x, zone.y);
    drawBurnIn(context, zone.width, zone.height, content);
    context.restore();
    pixels.set(context.getImageData(0, 0, width, height).data);
    return pixels;
  };
}

/**
 * Frame `index` of the clip, with the environment map's redraws tied to the clip's key-frame
 * intervals (see ViewServices.environmentEpoch), so a slice renders what the whole clip renders.
 */
function composeFrame(
  runtime: PlayerRuntime,
  plan: Pick<ClipPlan, 'fps'>,
  compose: ReturnType<typeof createComposer>,
  session: RecordSession,
  index: number,
): Promise<Uint8Array<ArrayBuffer>> {
  runtime.environmentEpoch.current = Math.floor(index / keyFrameEvery(plan.fps));
  return compose(session, index);
}
