/** Counts frames actually drawn, so `seek()` can wait for a drawn frame instead of sleeping. */
import type { SceneFrame } from '../core/script/evaluate.ts';
import type { Readiness } from '../view/readiness.ts';
import type { PageSignals } from './page.ts';
import type { WallClock } from './wall-clock.ts';

export interface RendererStats {
  calls: number;
  triangles: number;
  points: number;
  lines: number;
  geometries: number;
  textures: number;
}

/** three's renderer.info, as far as it is read here. */
export interface RendererInfo {
  render: { calls: number; triangles: number; points: number; lines: number };
  memory: { geometries: number; textures: number };
}

/** A frame waited for: when it was drawn and shown (page milliseconds, performance.now's clock). */
export interface ShownFrame {
  /**
   * When its draw calls were issued: the moment a CesiumJS page's postRender reports. A
   * software renderer may take a frame's time again to finish it and hand it to the screen.
   */
  readonly drawnMs: number;
  /**
   * When the browser began the frame after it, which it does only once this one is handed to
   * the screen (with a GPU compositing it, the GPU may still be finishing it, for milliseconds).
   */
  readonly shownMs: number;
}

/** The frame on screen and the scene load it belongs to. */
export interface DrawnFrame {
  readonly frame: SceneFrame;
  readonly sceneLoad: number;
}

export interface RenderProgress {
  /** After each render: what it cost, and which frame of which scene load it showed. */
  frameDrawn(info?: RendererInfo, frame?: SceneFrame | null, sceneLoad?: number): void;
  drawnFrames(): number;
  /** Whether a caller waits for the next drawn frame (`frameReady`, `nextFrame`). */
  awaited(): boolean;
  /** Resolves once the next frame is drawn (a paused player draws one for it). */
  nextFrame(): Promise<void>;
  /** What the last drawn frame cost (three's renderer.info). */
  rendererStats(): RendererStats;
  /** The frame last drawn (null before the first). */
  lastDrawn(): DrawnFrame | null;
  /**
   * Resolves once a frame drawn after the call, with nothing loading and the fonts in, is
   * handed to the screen.
   * Rejects after `timeoutMs` naming what is still loading. `complete`: once nothing is
   * missing, a part perhaps still drawn from a preview (the first picture a visitor sees).
   */
  frameReady(timeoutMs?: number, level?: 'ready' | 'complete'): Promise<ShownFrame>;
}

export function createRenderProgress(
  readiness: Readiness,
  page: PageSignals,
  wall: WallClock,
): RenderProgress {
  let drawn = 0;
  // Kept as references and copied only when read: nothing is allocated per drawn frame.
  let lastInfo: RendererInfo | null = null;
  let lastFrame: SceneFrame | null = null;
  let lastSceneLoad = 0;
  // What the last frame was drawn with, read as it was drawn. Holds are taken and released only
  // in React's commits, which never run inside a frame, so a frame drawn with nothing held
  // shows everything; a release just after it counts from the next frame on.
  const drawnWith = { ready: false, complete: false, fonts: false, atMs: 0 };
  const waiters: (() => void)[] = [];
  const nextDrawnFrame = () => new Promise<void>((resolve) => waiters.push(resolve));

  return {
    frameDrawn(info, frame, sceneLoad = 0) {
      if (info) lastInfo = info;
      if (frame) {
        lastFrame = frame;
        lastSceneLoad = sceneLoad;
      }
      drawn++;
      if (waiters.length === 0) return;
      // Read only for a waiter (frameReady waits on each frame it judges): nothing per frame in
      // playback.
      drawnWith.ready = readiness.isReady();
      drawnWith.complete = readiness.isComplete();
      drawnWith.fonts = page.fontsLoaded();
      drawnWith.atMs = wall.nowSec() * 1000;
      for (const resolve of waiters.splice(0)) resolve();
    },
    drawnFrames: () => drawn,
    awaited: () => waiters.length > 0,
    nextFrame: nextDrawnFrame,
    rendererStats: (): RendererStats => {
      if (!lastInfo)
        return { calls: 0, triangles: 0, points: 0, lines: 0, geometries: 0, textures: 0 };
      const { render, memory } = lastInfo;
      const { calls, triangles, points, lines } = render;
      return {
        calls,
        triangles,
        points,
        lines,
        geometries: memory.geometries,
        textures: memory.textures,
      };
    },
    lastDrawn: () => (lastFrame ? { frame: lastFrame, sceneLoad: lastSceneLoad } : null),
    async frameReady(timeoutMs = 60_000, level = 'ready') {
      const done = () =>
        drawnWith.fonts && (level === 'ready' ? drawnWith.ready : drawnWith.complete);
      let cancel = () => {};
      const timeout = new Promise<never>((_, reject) => {
        cancel = wall.after(timeoutMs, () =>
          reject(
            new Error(
              `frame not ready after ${timeoutMs} ms; waiting for: ${readiness.pending().join(', ') || 'a drawn frame'}`,
            ),
          ),
        );
      });
      const ready = (async (): Promise<ShownFrame> => {
        await nextDrawnFrame();
        while (!done()) await nextDrawnFrame();
        const drawnMs = drawnWith.atMs;
        // Asked for as that frame is drawn: resolves once it is on screen.
        const shownMs = await page.nextAnimationFrame();
        return { drawnMs, shownMs };
      })();
      try {
        return await Promise.race([ready, timeout]);
      } finally {
        cancel();
      }
    },
  };
}
