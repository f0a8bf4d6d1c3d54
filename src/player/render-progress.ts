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

/** The frame on screen and the scene load it belongs to. */
export interface DrawnFrame {
  readonly frame: SceneFrame;
  readonly sceneLoad: number;
}

export interface RenderProgress {
  /** After each render: what it cost and which frame it showed. */
  frameDrawn(info?: RendererInfo, drawn?: DrawnFrame | null): void;
  drawnFrames(): number;
  /** What the last drawn frame cost (three's renderer.info). */
  rendererStats(): RendererStats;
  /** The frame last drawn (null before the first). */
  lastDrawn(): DrawnFrame | null;
  /**
   * Resolves after a frame drawn once nothing is loading and fonts are ready. Rejects after
   * `timeoutMs` naming what is still loading.
   */
  frameReady(timeoutMs?: number): Promise<void>;
}

export function createRenderProgress(
  readiness: Readiness,
  page: PageSignals,
  wall: WallClock,
): RenderProgress {
  let drawn = 0;
  let last: DrawnFrame | null = null;
  const waiters: (() => void)[] = [];
  let stats: RendererStats = {
    calls: 0,
    triangles: 0,
    points: 0,
    lines: 0,
    geometries: 0,
    textures: 0,
  };
  const nextDrawnFrame = () => new Promise<void>((resolve) => waiters.push(resolve));

  return {
    frameDrawn(info, frame) {
      if (info) {
        const { render, memory } = info;
        stats = {
          calls: render.calls,
          triangles: render.triangles,
          points: render.points,
          lines: render.lines,
          ...memory,
        };
      }
      if (frame) last = frame;
      drawn++;
      for (const resolve of waiters.splice(0)) resolve();
    },
    drawnFrames: () => drawn,
    rendererStats: () => ({ ...stats }),
    lastDrawn: () => last,
    async frameReady(timeoutMs = 60_000) {
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
      const ready = (async () => {
        await nextDrawnFrame();
        await page.fontsReady();
        while (!readiness.isReady()) await nextDrawnFrame();
        await nextDrawnFrame();
      })();
      try {
        await Promise.race([ready, timeout]);
      } finally {
        cancel();
      }
    },
  };
}
