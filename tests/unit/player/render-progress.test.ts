import { describe, expect, it } from 'vitest';
import { createRenderProgress } from '../../../src/player/render-progress.ts';
import type { WallClock } from '../../../src/player/wall-clock.ts';
import { createReadiness } from '../../../src/view/readiness.ts';

/** The browser's frames begin only when `beginFrame(atMs)` says so. */
function fakePage() {
  const waiting: ((atMs: number) => void)[] = [];
  return {
    fontsLoaded: () => true,
    visible: () => true,
    nextAnimationFrame: () => new Promise<number>((resolve) => waiting.push(resolve)),
    beginFrame: (atMs = 0) => {
      for (const resolve of waiting.splice(0)) resolve(atMs);
    },
  };
}
const wall: WallClock = {
  nowSec: () => 0,
  epochMs: () => 0,
  after: () => () => undefined,
  every: () => () => undefined,
};

/** Lets the waiters' promise chains run between drawn frames. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** A frame drawn, then the browser's next frame begun (the drawn one is on screen). */
const drawAndShow = async (
  progress: ReturnType<typeof createRenderProgress>,
  page: ReturnType<typeof fakePage>,
) => {
  progress.frameDrawn();
  await settle();
  page.beginFrame();
  await settle();
};

describe('waiting for a frame', () => {
  it('tells a complete frame (a part drawn from a preview) from a ready one', async () => {
    const readiness = createReadiness();
    const page = fakePage();
    const progress = createRenderProgress(readiness, page, wall);
    const missing = readiness.hold('scene assets');
    const preview = readiness.hold('full-resolution Earth maps', 'preview');
    let complete = false;
    let ready = false;
    void progress.frameReady(undefined, 'complete').then(() => (complete = true));
    void progress.frameReady().then(() => (ready = true));

    for (let i = 0; i < 3; i++) await drawAndShow(progress, page);
    // Something is still missing: neither.
    expect([complete, ready]).toEqual([false, false]);
    expect(readiness.isComplete()).toBe(false);

    missing();
    expect(readiness.isComplete()).toBe(true);
    expect(readiness.isReady()).toBe(false);
    // Released after the last frame was drawn: that frame still lacked the part.
    await settle();
    page.beginFrame();
    await settle();
    expect([complete, ready]).toEqual([false, false]);
    await drawAndShow(progress, page);
    // A frame drawn with only the preview held: complete, not ready.
    expect([complete, ready]).toEqual([true, false]);
    expect(readiness.pending()).toEqual(['full-resolution Earth maps']);

    preview();
    await drawAndShow(progress, page);
    expect(ready).toBe(true);
  });

  it('resolves as the first frame drawn ready is on screen, with when it was drawn and shown', async () => {
    const readiness = createReadiness();
    const page = fakePage();
    let nowSec = 1;
    const progress = createRenderProgress(readiness, page, { ...wall, nowSec: () => nowSec });
    await drawAndShow(progress, page);
    let shown: { drawnMs: number; shownMs: number } | null = null;
    void progress.frameReady().then((frame) => (shown = frame));
    // A frame drawn before the call does not count: the caller's change may not be in it.
    page.beginFrame();
    await settle();
    expect(shown).toBeNull();
    nowSec = 2.5;
    progress.frameDrawn();
    await settle();
    // Drawn, but not yet handed to the screen.
    expect(shown).toBeNull();
    nowSec = 2.75;
    page.beginFrame(2700);
    await settle();
    expect(shown).toEqual({ drawnMs: 2500, shownMs: 2700 });
    expect(progress.drawnFrames()).toBe(2);
  });

  it('waits for a frame drawn with the fonts in', async () => {
    const readiness = createReadiness();
    let fonts = false;
    const page = { ...fakePage(), fontsLoaded: () => fonts };
    const progress = createRenderProgress(readiness, page, wall);
    let ready = false;
    void progress.frameReady().then(() => (ready = true));
    await drawAndShow(progress, page);
    expect(ready).toBe(false);
    fonts = true;
    page.beginFrame();
    await settle();
    expect(ready).toBe(false);
    await drawAndShow(progress, page);
    expect(ready).toBe(true);
  });
});
