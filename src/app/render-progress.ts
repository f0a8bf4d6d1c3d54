/** Counts frames actually drawn, so `seek()` can wait for a drawn frame instead of sleeping. */
import { isReady, pendingLabels } from '../view/readiness.ts';

let drawn = 0;
const waiters: (() => void)[] = [];

export interface RendererStats {
  calls: number;
  triangles: number;
  points: number;
  lines: number;
  geometries: number;
  textures: number;
}

let stats: RendererStats = {
  calls: 0,
  triangles: 0,
  points: 0,
  lines: 0,
  geometries: 0,
  textures: 0,
};

/** What the last drawn frame cost (three's renderer.info). */
export function rendererStats(): RendererStats {
  return { ...stats };
}

export function frameDrawn(info?: {
  render: { calls: number; triangles: number; points: number; lines: number };
  memory: { geometries: number; textures: number };
}): void {
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
  drawn++;
  for (const resolve of waiters.splice(0)) resolve();
}

export function drawnFrames(): number {
  return drawn;
}

function nextDrawnFrame(): Promise<void> {
  return new Promise((resolve) => waiters.push(resolve));
}

/**
 * Resolves after a frame drawn once nothing is loading and fonts are ready. Rejects after
 * `timeoutMs` naming what is still loading.
 */
export async function frameReady(timeoutMs = 60_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `frame not ready after ${timeoutMs} ms; waiting for: ${pendingLabels().join(', ') || 'a drawn frame'}`,
          ),
        ),
      timeoutMs,
    );
  });
  const ready = (async () => {
    await nextDrawnFrame();
    await document.fonts.ready;
    while (!isReady()) await nextDrawnFrame();
    await nextDrawnFrame();
  })();
  try {
    await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
