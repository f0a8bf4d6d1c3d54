/**
 * Two players in one page: each has its own runtime (frame bus, readiness, drawn frames, Canvas
 * handle, real time), so driving one leaves the other exactly where it was.
 */
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { FrameDriver } from '../../../src/player/FrameDriver.tsx';
import { createPlayerRuntime, type PlayerRuntime } from '../../../src/player/player-runtime.ts';
import { PlayerProvider } from '../../../src/player/PlayerProvider.tsx';
import { RecordHost } from '../../../src/player/RecordHost.tsx';
import { createAppStore } from '../../../src/player/store.ts';
import type { FrameRef } from '../../../src/view/frame-ref.ts';
import { PendingMarker } from '../../../src/view/PendingMarker.tsx';
import { repoCatalog } from '../../helpers/catalog.ts';
import { manualWallClock, type ManualWallClock } from '../../helpers/manual-wall-clock.ts';
import { screenlessPage } from '../../helpers/screenless-page.ts';

const catalog = repoCatalog();
const sceneId = catalog.find((entry) => entry.available)!.id;
const page = screenlessPage();

function player(atSec: number): { runtime: PlayerRuntime; wall: ManualWallClock } {
  const wall = manualWallClock();
  const store = createAppStore({ catalog, lang: 'en', wall });
  store.loadScene(sceneId);
  store.seek({ kind: 'playback', sec: atSec });
  return { runtime: createPlayerRuntime(store, { page }), wall };
}

/** The Canvas contents that carry a player's runtime (the scene itself is left out). */
function PlayerCanvas({ runtime, loading }: { runtime: PlayerRuntime; loading: boolean }) {
  const frameRef = useRef<FrameRef['current']>(null);
  const { sceneLoad, quality, recording } = runtime.store.getState();
  return (
    <PlayerProvider runtime={runtime}>
      <FrameDriver runtime={runtime} frameRef={frameRef} />
      <RecordHost host={runtime.canvas} view={{ sceneLoad, quality, recording }} />
      {loading ? <PendingMarker label="test texture" /> : null}
    </PlayerProvider>
  );
}

describe('two players in one page', () => {
  it('draw, count, wait and report independently', async () => {
    const a = player(100);
    const b = player(50);
    const viewA = await ReactThreeTestRenderer.create(
      <PlayerCanvas runtime={a.runtime} loading={false} />,
    );
    const viewB = await ReactThreeTestRenderer.create(<PlayerCanvas runtime={b.runtime} loading />);

    // A is paused: it draws its first frame, then once a second while nothing changes, and
    // publishes one settled evaluation of the scene (a camera preset follows the frame before,
    // so it evaluates twice in that first tick), then no more.
    let publishedA = 0;
    const stopCounting = a.runtime.frames.subscribe(() => publishedA++);
    for (let i = 0; i < 3; i++) {
      if (i > 0) a.wall.advance(1000);
      await viewA.advanceFrames(1, 1 / 30);
    }
    expect(a.runtime.progress.drawnFrames()).toBe(3);
    await viewA.advanceFrames(2, 1 / 30);
    expect(a.runtime.progress.drawnFrames()).toBe(3);
    expect(publishedA).toBe(1);
    stopCounting();
    expect(b.runtime.progress.drawnFrames()).toBe(0);
    expect(a.runtime.progress.lastDrawn()?.frame.playbackSec).toBe(100);
    expect(b.runtime.progress.lastDrawn()).toBeNull();
    expect(a.runtime.frames.latest()?.playbackSec).toBe(100);
    expect(b.runtime.frames.latest()).toBeNull();

    // B's texture still loading holds B back only; waiting for a frame makes paused A draw.
    expect(a.runtime.readiness.pending()).toEqual([]);
    expect(b.runtime.readiness.pending()).toEqual(['test texture']);
    const aReady = a.runtime.progress.frameReady(1000);
    await viewA.advanceFrames(1, 1 / 30);
    await expect(aReady).resolves.toEqual({ drawnMs: expect.any(Number), shownMs: 0 });
    expect(a.runtime.progress.drawnFrames()).toBe(4);

    // Each Canvas registered its own root with its own player.
    expect(a.runtime.canvas.root()).not.toBeNull();
    expect(b.runtime.canvas.root()).not.toBeNull();
    expect(a.runtime.canvas.root()!.gl).not.toBe(b.runtime.canvas.root()!.gl);

    // Playing B on its own clock moves B's frames only, and B draws none while a part is
    // missing.
    b.runtime.store.play();
    b.wall.advance(2000);
    await viewB.advanceFrames(1, 1 / 30);
    expect(b.runtime.progress.drawnFrames()).toBe(0);
    await viewB.update(<PlayerCanvas runtime={b.runtime} loading={false} />);
    await viewB.advanceFrames(1, 1 / 30);
    expect(b.runtime.progress.lastDrawn()?.frame.playbackSec).toBeCloseTo(52, 9);
    expect(a.runtime.progress.lastDrawn()?.frame.playbackSec).toBe(100);
    expect(a.runtime.progress.drawnFrames()).toBe(4);
    expect(b.runtime.progress.drawnFrames()).toBe(1);

    await viewA.unmount();
    expect(a.runtime.canvas.root()).toBeNull();
    expect(b.runtime.canvas.root()).not.toBeNull();
    await viewB.unmount();
  });
});
