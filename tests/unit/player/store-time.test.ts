/**
 * The store's clock against a hand-moved wall clock: real time keeps one UTC second per wall
 * second across the scene's time warp, and nothing moves while the wall clock stands still.
 */
import { describe, expect, it } from 'vitest';
import { REAL_TIME_TOLERANCE } from '../../../src/core/time/clock.ts';
import { utcAt } from '../../../src/core/time/timeline.ts';
import { createAppStore } from '../../../src/player/store.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { manualWallClock } from '../../helpers/manual-wall-clock.ts';

const catalog = repoCatalog();

/** A scene with a knot between two moving stretches of different warp (UTC s per playback s). */
function warpBoundary() {
  for (const entry of catalog) {
    const knots = entry.scene?.timeline.knots ?? [];
    for (let i = 1; i + 1 < knots.length; i++) {
      const [a, b, c] = [knots[i - 1]!, knots[i]!, knots[i + 1]!];
      const before = (b.utcMs - a.utcMs) / 1000 / (b.playbackSec - a.playbackSec);
      const after = (c.utcMs - b.utcMs) / 1000 / (c.playbackSec - b.playbackSec);
      const longEnough = b.utcMs - a.utcMs >= 30_000 && c.utcMs - b.utcMs >= 30_000;
      if (before > 0 && after > 0 && Math.abs(before - after) > 1e-6 && longEnough)
        return { id: entry.id, knot: b, before, after };
    }
  }
  throw new Error('no scene has two moving stretches of different warp');
}

describe('the clock in the store', () => {
  it('plays one UTC second per wall second in real time, through a change of warp', () => {
    const { id, knot } = warpBoundary();
    const wall = manualWallClock();
    const store = createAppStore({ catalog, lang: 'en', wall });
    const scene = store.loadScene(id);
    const utc = () => utcAt(scene.timeline, store.playbackSec());
    // Ten UTC seconds before the knot, then twenty wall seconds of frames 50 ms apart.
    store.seek({ kind: 'utc', ms: knot.utcMs - 10_000 });
    store.setRealTime(true);
    store.play();
    const utc0 = utc();
    for (let frame = 0; frame < 400; frame++) {
      wall.advance(50);
      store.keepRealTime(); // what the frame driver does every frame
    }
    // The warp ramps through the knot, and the rate is re-derived whenever it has drifted by
    // REAL_TIME_TOLERANCE: so many wall seconds are as many UTC seconds, to that tolerance.
    expect(Math.abs(utc() - utc0 - 20_000)).toBeLessThanOrEqual(20_000 * REAL_TIME_TOLERANCE);
    const utc1 = utc();
    for (let frame = 0; frame < 200; frame++) {
      wall.advance(50);
      store.keepRealTime();
    }
    expect(Math.abs(utc() - utc1 - 10_000)).toBeLessThanOrEqual(10_000 * REAL_TIME_TOLERANCE);
  });

  it('stands still while the wall clock does, and while paused', () => {
    const wall = manualWallClock();
    const store = createAppStore({ catalog, lang: 'en', wall });
    store.loadScene(catalog.find((e) => e.available)!.id);
    store.play();
    const t0 = store.playbackSec();
    expect(store.playbackSec()).toBe(t0);
    wall.advance(1500);
    expect(store.playbackSec()).toBeCloseTo(t0 + 1.5 * store.getState().clock.rate, 9);
    store.pause();
    const t1 = store.playbackSec();
    wall.advance(5000);
    expect(store.playbackSec()).toBe(t1);
  });
});
