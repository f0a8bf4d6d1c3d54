/**
 * Record mode: the Canvas stops its own frame loop (frameloop="never") and renders at the clip's
 * exact size; `renderFrame(t)` moves the one clock to playback `t`, waits until nothing is loading,
 * draws once with R3F's `advance`, and reads the pixels straight back from WebGL. Leaving record
 * mode puts the player back as it was.
 */
import { canvasRoot, committedView } from '../../app/record-host.ts';
import type { AppStore } from '../../app/store.ts';
import { wallNowSec } from '../../app/wall-clock.ts';
import type { ClipPlan } from '../../core/record/clip-plan.ts';
import { isReady, pendingLabels } from '../../view/readiness.ts';

const SETTLE_TIMEOUT_SEC = 60;

export interface RecordSession {
  /** RGBA, top row first, alpha 255; the same buffer is reused for every frame. */
  renderFrame(playbackSec: number): Promise<Uint8Array<ArrayBuffer>>;
  /** Leaves record mode and restores the player's time, quality and camera. */
  exit(): void;
}

export async function enterRecordMode(
  store: AppStore,
  plan: Pick<ClipPlan, 'sceneId' | 'width' | 'height' | 'quality' | 'fromSec'>,
): Promise<RecordSession> {
  const before = store.getState();
  if (before.recording) throw new Error('a clip is already being recorded');
  const wasPlaying = before.clock.playing;
  const beforeSec = store.playbackSec();
  const sameScene = before.scene?.id === plan.sceneId;
  if (!sameScene) store.loadScene(plan.sceneId);
  store.pause();
  store.setInspection(null);
  store.setCameraMode('script');
  store.setQuality(plan.quality, true);
  store.setRecording({ width: plan.width, height: plan.height });
  store.seek({ kind: 'playback', sec: plan.fromSec });

  const { width, height } = plan;
  const pixels = new Uint8Array(width * height * 4);
  const bottomUp = new Uint8Array(width * height * 4);
  let exited = false;

  const exit = () => {
    if (exited) return;
    exited = true;
    store.setRecording(null);
    store.setQuality(before.quality, before.qualityPinned);
    store.setCameraMode(before.cameraMode);
    if (sameScene) {
      store.setInspection(before.inspection);
      store.seek({ kind: 'playback', sec: beforeSec });
      if (wasPlaying) store.play();
    }
  };

  /** The scene graph shows the current state at the clip's size and nothing is loading. */
  const settled = (): boolean => {
    const state = store.getState();
    const view = committedView();
    const root = canvasRoot();
    if (!view || !root || view.sceneLoad !== state.sceneLoad || view.quality !== state.quality)
      return false;
    if (view.recording?.width !== width || view.recording.height !== height) return false;
    const gl = root.gl.getContext();
    if (gl.drawingBufferWidth !== width || gl.drawingBufferHeight !== height) return false;
    return isReady() && document.fonts.status === 'loaded';
  };

  const settle = async (): Promise<void> => {
    const deadline = wallNowSec() + SETTLE_TIMEOUT_SEC;
    while (!settled()) {
      if (wallNowSec() > deadline) {
        const waiting = pendingLabels().join(', ') || 'the canvas to take the clip size';
        throw new Error(`frame not ready after ${SETTLE_TIMEOUT_SEC} s; waiting for ${waiting}`);
      }
      await sleep(15);
    }
  };

  const renderFrame = async (playbackSec: number): Promise<Uint8Array<ArrayBuffer>> => {
    if (exited) throw new Error('record mode has ended');
    // Frames are stills at exact times: a play key pressed meanwhile must not move the clock.
    if (store.getState().clock.playing) store.pause();
    store.seek({ kind: 'playback', sec: playbackSec });
    for (;;) {
      await settle();
      const root = canvasRoot()!;
      root.advance(playbackSec * 1000, true);
      const gl = root.gl.getContext();
      // Read in the same task as the draw: the drawing buffer is not preserved past it.
      gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, bottomUp);
      // A frame that made something start loading is drawn again once it has loaded.
      await nextTask();
      if (settled()) break;
    }
    const row = width * 4;
    for (let y = 0; y < height; y++)
      pixels.set(bottomUp.subarray((height - 1 - y) * row, (height - y) * row), y * row);
    for (let i = 3; i < pixels.length; i += 4) pixels[i] = 255;
    return pixels;
  };

  try {
    await settle();
  } catch (error) {
    exit();
    throw error;
  }
  return { renderFrame, exit };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Yields to the event loop without timer throttling (a hidden tab clamps timers to 1 s). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
