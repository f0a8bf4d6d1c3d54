/**
 * The frame driver, paused: a camera preset follows the frame before it, and a seek must still be
 * drawn settled in the first frame after it (seek() resolves with that frame on screen).
 */
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { viewOf } from '../../../src/player/camera-view.ts';
import { FrameDriver } from '../../../src/player/FrameDriver.tsx';
import { createPlayerRuntime, type PlayerRuntime } from '../../../src/player/player-runtime.ts';
import { PlayerProvider } from '../../../src/player/PlayerProvider.tsx';
import { createAppStore } from '../../../src/player/store.ts';
import type { FrameRef } from '../../../src/view/frame-ref.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { manualWallClock } from '../../helpers/manual-wall-clock.ts';
import { screenlessPage } from '../../helpers/screenless-page.ts';

/** The driver alone, its frame ref handed out for the test to read. */
function Harness({ runtime, out }: { runtime: PlayerRuntime; out: { ref?: FrameRef } }) {
  const frameRef = useRef<FrameRef['current']>(null);
  out.ref = frameRef;
  return (
    <PlayerProvider runtime={runtime}>
      <FrameDriver runtime={runtime} frameRef={frameRef} />
    </PlayerProvider>
  );
}

describe('FrameDriver, paused', () => {
  it('draws a seek in the whole-Earth view settled over the craft in its first frame', async () => {
    const wall = manualWallClock();
    const store = createAppStore({ catalog: repoCatalog(), lang: 'en', wall });
    const scene = store.loadScene('sputnik-1');
    store.seek({ kind: 'playback', sec: 60 });
    store.setCameraMode('earth');
    const runtime = createPlayerRuntime(store, { page: screenlessPage() });
    const out: { ref?: FrameRef } = {};
    const view = await ReactThreeTestRenderer.create(<Harness runtime={runtime} out={out} />);
    await view.advanceFrames(2, 1 / 30);
    const before = out.ref!.current!;
    const framesBefore = runtime.progress.drawnFrames();

    // Half an orbit later the craft is over the other side of the Earth.
    store.seek({ kind: 'playback', sec: 60 + 2900 });
    await view.advanceFrames(1, 1 / 30);
    const drawn = out.ref!.current!;
    const state = store.getState();
    const once = evaluate(scene, 2960, viewOf(state, before));
    const settled = evaluate(scene, 2960, viewOf(state, once));
    expect(once.camera.eyeEci).not.toEqual(settled.camera.eyeEci);
    expect(drawn.camera.eyeEci).toEqual(settled.camera.eyeEci);
    expect(runtime.progress.drawnFrames()).toBe(framesBefore + 1);
    await view.unmount();
  });
});
