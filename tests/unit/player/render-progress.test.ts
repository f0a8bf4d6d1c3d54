import { describe, expect, it } from 'vitest';
import { createRenderProgress } from '../../../src/player/render-progress.ts';
import type { WallClock } from '../../../src/player/wall-clock.ts';
import { createReadiness } from '../../../src/view/readiness.ts';

const page = { fontsReady: async () => undefined, fontsLoaded: () => true, visible: () => true };
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

describe('waiting for a frame', () => {
  it('tells a complete frame (a part drawn from a preview) from a ready one', async () => {
    const readiness = createReadiness();
    const progress = createRenderProgress(readiness, page, wall);
    const missing = readiness.hold('scene assets');
    const preview = readiness.hold('full-resolution Earth maps', 'preview');
    let complete = false;
    let ready = false;
    void progress.frameReady(undefined, 'complete').then(() => (complete = true));
    void progress.frameReady().then(() => (ready = true));

    for (let i = 0; i < 3; i++) {
      progress.frameDrawn();
      await settle();
    }
    // Something is still missing: neither.
    expect([complete, ready]).toEqual([false, false]);
    expect(readiness.isComplete()).toBe(false);

    missing();
    expect(readiness.isComplete()).toBe(true);
    expect(readiness.isReady()).toBe(false);
    for (let i = 0; i < 2; i++) {
      progress.frameDrawn();
      await settle();
    }
    // A frame drawn with only the preview held, and the one after it: complete, not ready.
    expect([complete, ready]).toEqual([true, false]);
    expect(readiness.pending()).toEqual(['full-resolution Earth maps']);

    preview();
    for (let i = 0; i < 2; i++) {
      progress.frameDrawn();
      await settle();
    }
    expect(ready).toBe(true);
  });
});
