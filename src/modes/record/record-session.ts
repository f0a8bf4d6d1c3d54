/**
 * Record mode: the Canvas stops its own frame loop (frameloop="never") and renders at the clip's
 * exact size; `renderFrame(t)` moves the one clock to playback `t`, waits until nothing is loading,
 * draws once with R3F's `advance`, and reads the pixels straight back from WebGL. Leaving record
 * mode puts the player back as it was.
 */
import { DOME_DEFAULTS } from '../../core/projection/dome-projection.ts';
import type { ClipPlan } from '../../core/record/clip-plan.ts';
import type { SceneFrame } from '../../core/script/evaluate.ts';
import type { PlayerRuntime } from '../../player/player-runtime.ts';

const SETTLE_TIMEOUT_SEC = 60;

/** One recorded frame: its pixels and the evaluated frame they show. */
export interface RenderedFrame {
  /** RGBA, top row first, alpha 255; the same buffer is reused for every frame. */
  readonly pixels: Uint8Array<ArrayBuffer>;
  /** `evaluate(scene, t)` as this very draw used it (captions and badge are burned from it). */
  readonly frame: SceneFrame;
}

export interface RecordSession {
  renderFrame(playbackSec: number): Promise<RenderedFrame>;
  /** WebGL's renderer string (unmasked where the browser allows): which GPU or software drew. */
  renderer(): string;
  /** Leaves record mode and restores the player's time, quality and the visitor's settings. */
  exit(): void;
}

export async function enterRecordMode(
  runtime: PlayerRuntime,
  plan: Pick<ClipPlan, 'sceneId' | 'width' | 'height' | 'quality' | 'fromSec'> &
    Partial<Pick<ClipPlan, 'projection' | 'domeFovDeg' | 'domeTiltDeg' | 'background'>>,
): Promise<RecordSession> {
  const { store, canvas, readiness, page, wall, progress } = runtime;
  const before = store.getState();
  if (before.recording) throw new Error('a clip is already being recorded');
  const settingsBefore = store.visitorSettings();
  const wasPlaying = before.clock.playing;
  const beforeSec = store.playbackSec();
  const sameScene = before.scene?.id === plan.sceneId;
  if (!sameScene) store.loadScene(plan.sceneId);
  store.pause();
  // A clip is the scene as scripted: no inspection, no visitor camera.
  store.setInspection(null);
  store.setCameraMode('script');
  store.setQuality(plan.quality, true);
  const transparent = plan.background === 'transparent';
  store.setRecording({
    width: plan.width,
    height: plan.height,
    ...(plan.projection && plan.projection !== 'flat'
      ? {
          projection: {
            kind: plan.projection,
            fovDeg: plan.domeFovDeg ?? DOME_DEFAULTS.fovDeg,
            tiltDeg: plan.domeTiltDeg ?? DOME_DEFAULTS.tiltDeg,
          },
        }
      : {}),
    ...(transparent ? { transparent } : {}),
  });
  store.seek({ kind: 'playback', sec: plan.fromSec });

  const { width, height } = plan;
  const pixels = new Uint8Array(width * height * 4);
  const bottomUp = new Uint8Array(width * height * 4);
  let exited = false;

  const exit = () => {
    if (exited) return;
    exited = true;
    runtime.environmentEpoch.current = 0;
    store.setRecording(null);
    store.setQuality(before.quality, before.qualityPinned);
    // Loading another scene reset the camera and the inspection: they belong to the old scene.
    if (sameScene) store.restoreVisitorSettings(settingsBefore);
    else
      store.restoreVisitorSettings({
        ...settingsBefore,
        cameraMode: store.getState().cameraMode,
        followId: null,
        inspection: null,
      });
    if (sameScene) {
      store.seek({ kind: 'playback', sec: beforeSec });
      if (wasPlaying) store.play();
    }
  };

  /** The scene graph shows the current state at the clip's size and nothing is loading. */
  const settled = (): boolean => {
    const state = store.getState();
    const view = canvas.committed();
    const root = canvas.root();
    if (!view || !root || view.sceneLoad !== state.sceneLoad || view.quality !== state.quality)
      return false;
    if (view.recording?.width !== width || view.recording.height !== height) return false;
    if (Boolean(view.recording.transparent) !== transparent) return false;
    const gl = root.gl.getContext();
    if (gl.drawingBufferWidth !== width || gl.drawingBufferHeight !== height) return false;
    return readiness.isReady() && page.fontsLoaded();
  };

  const settle = async (): Promise<void> => {
    const deadline = wall.nowSec() + SETTLE_TIMEOUT_SEC;
    while (!settled()) {
      if (wall.nowSec() > deadline) {
        const waiting = readiness.pending().join(', ') || 'the canvas to take the clip size';
        throw new Error(`frame not ready after ${SETTLE_TIMEOUT_SEC} s; waiting for ${waiting}`);
      }
      await sleep(wall, 15);
    }
  };

  const renderFrame = async (playbackSec: number): Promise<RenderedFrame> => {
    if (exited) throw new Error('record mode has ended');
    // Frames are stills at exact times: a play key pressed meanwhile must not move the clock.
    if (store.getState().clock.playing) store.pause();
    store.seek({ kind: 'playback', sec: playbackSec });
    let frame: SceneFrame | null = null;
    for (;;) {
      await settle();
      const root = canvas.root()!;
      root.advance(playbackSec * 1000, true);
      const gl = root.gl.getContext();
      // Read in the same task as the draw: the drawing buffer is not preserved past it.
      gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, bottomUp);
      frame = drawnAt(playbackSec);
      // A frame that made something start loading is drawn again once it has loaded.
      await nextTask();
      if (settled()) break;
    }
    const row = width * 4;
    for (let y = 0; y < height; y++)
      pixels.set(bottomUp.subarray((height - 1 - y) * row, (height - y) * row), y * row);
    if (transparent) unpremultiply(pixels);
    else for (let i = 3; i < pixels.length; i += 4) pixels[i] = 255;
    return { pixels, frame };
  };

  /** The frame the draw just made, which must be the scene at `playbackSec`, freshly loaded. */
  const drawnAt = (playbackSec: number): SceneFrame => {
    const drawn = progress.lastDrawn();
    if (!drawn || drawn.sceneLoad !== store.getState().sceneLoad)
      throw new Error('the recorder drew no frame of this scene');
    if (drawn.frame.playbackSec !== playbackSec)
      throw new Error(
        `the recorder drew playback ${drawn.frame.playbackSec} s instead of ${playbackSec} s`,
      );
    return drawn.frame;
  };

  try {
    await settle();
  } catch (error) {
    exit();
    throw error;
  }
  const renderer = (): string => {
    const gl = canvas.root()?.gl.getContext();
    if (!gl) return 'unknown';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  };
  return { renderFrame, renderer, exit };
}

/**
 * The canvas holds premultiplied colour; files with alpha (PNG, ProRes 4444) hold it straight.
 * Additive glow can exceed its alpha: it saturates rather than wraps.
 */
function unpremultiply(pixels: Uint8Array): void {
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = pixels[i + 3]!;
    if (alpha === 0 || alpha === 255) continue;
    for (let c = i; c < i + 3; c++)
      pixels[c] = Math.min(255, Math.round((pixels[c]! * 255) / alpha));
  }
}

function sleep(wall: PlayerRuntime['wall'], ms: number): Promise<void> {
  return new Promise((resolve) => wall.after(ms, resolve));
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
