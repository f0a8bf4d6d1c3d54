import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { evaluate } from '../core/script/evaluate.ts';
import { TICK, type FrameRef } from '../view/frame-ref.ts';
import { createQualityTuner } from './auto-quality.ts';
import { createRedrawGate } from './redraw-gate.ts';
import { viewOf } from './camera-view.ts';
import type { PlayerRuntime } from './player-runtime.ts';
import { useProjectionPass } from './useProjectionPass.ts';

export interface FrameDriverProps {
  runtime: PlayerRuntime;
  frameRef: FrameRef;
}

/**
 * First in every tick: reads the clock once and evaluates the scene at that time. Last in the tick
 * it draws the frame, counts it (for readiness) and feeds the automatic quality choice. It never
 * draws a frame with a part missing, and paused, it draws only when the picture may have changed
 * (redraw-gate.ts).
 */
export function FrameDriver({ runtime, frameRef }: FrameDriverProps) {
  const { store, frames, progress, projector, wall, page, readiness } = runtime;
  // A camera preset hovers over the previous frame's sub-point, so a new state settles on its
  // second evaluation. Paused, both are done in the first tick, which then draws the settled
  // picture (a seek is on screen in one frame); after that the frame is the last one again and
  // the readouts are left alone until something changes.
  const unchanged = useMemo(() => ({ state: null as unknown, settled: false }), []);
  useFrame(() => {
    store.keepRealTime();
    const state = store.getState();
    if (!state.scene) return;
    if (state !== unchanged.state) Object.assign(unchanged, { state, settled: false });
    const still = !state.clock.playing && state.recording === null;
    if (still && unchanged.settled && frameRef.current) return;
    const sec = store.playbackSec();
    let frame = evaluate(state.scene, sec, viewOf(state, frameRef.current));
    if (still) frame = evaluate(state.scene, sec, viewOf(state, frame));
    unchanged.settled = still;
    frameRef.current = frame;
    frames.publish(frame);
  }, TICK.evaluate);
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  useEffect(
    () => projector.install(camera, gl.domElement, () => frameRef.current),
    [camera, gl, frameRef, projector],
  );
  const tuner = useMemo(
    () =>
      createQualityTuner(
        () => store.getState().quality,
        (quality) => store.setQuality(quality, false),
      ),
    [store],
  );
  const projection = useProjectionPass(store);
  const gate = useMemo(() => createRedrawGate(), []);
  const view = useMemo(() => new Float64Array(25), []);
  useFrame((three) => {
    const { camera, size } = three;
    camera.position.toArray(view, 0);
    camera.quaternion.toArray(view, 3);
    view.set(camera.projectionMatrix.elements, 7);
    view[23] = size.width;
    view[24] = size.height;
    const current = store.getState();
    const draw = gate.shouldDraw({
      playing: current.clock.playing,
      recording: current.recording !== null,
      complete: readiness.isComplete(),
      settled: readiness.isReady(),
      awaited: progress.awaited(),
      state: current,
      view,
      nowSec: wall.nowSec(),
    });
    if (!draw) {
      tuner.interrupt();
      return;
    }
    if (projection) projection.render(three.gl, three.scene, three.camera);
    else if (runtime.screenPass.current) runtime.screenPass.current.render();
    else three.gl.render(three.scene, three.camera);
    progress.frameDrawn(three.gl.info, frameRef.current, current.sceneLoad);
    if (!current.qualityPinned && page.visible()) tuner.frame(wall.nowSec());
  }, TICK.render);
  return null;
}
