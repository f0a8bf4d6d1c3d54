import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { evaluate } from '../core/script/evaluate.ts';
import { viewOf } from './camera-view.ts';
import { TICK, type FrameRef } from '../view/frame-ref.ts';
import { createQualityTuner } from './auto-quality.ts';
import { publishFrame } from './frame-bus.ts';
import { installProjector } from './geo-projector.ts';
import { frameDrawn } from './render-progress.ts';
import type { AppStore } from './store.ts';
import { wallNowSec } from './wall-clock.ts';

export interface FrameDriverProps {
  store: AppStore;
  frameRef: FrameRef;
}

/**
 * First in every tick: reads the clock once and evaluates the scene at that time. After each drawn
 * frame it counts the frame (for readiness) and feeds the automatic quality choice.
 */
export function FrameDriver({ store, frameRef }: FrameDriverProps) {
  useFrame(() => {
    store.keepRealTime();
    const state = store.getState();
    if (!state.scene) return;
    const frame = evaluate(state.scene, store.playbackSec(), viewOf(state, frameRef.current));
    frameRef.current = frame;
    publishFrame(frame);
  }, TICK.evaluate);
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  useEffect(
    () => installProjector(camera, gl.domElement, () => frameRef.current),
    [camera, gl, frameRef],
  );
  const tuner = useMemo(
    () =>
      createQualityTuner(
        () => store.getState().quality,
        (quality) => store.setQuality(quality, false),
      ),
    [store],
  );
  useEffect(
    () =>
      addAfterEffect(() => {
        frameDrawn(gl.info);
        if (!store.getState().qualityPinned && document.visibilityState === 'visible')
          tuner.frame(wallNowSec());
      }),
    [gl, store, tuner],
  );
  return null;
}
