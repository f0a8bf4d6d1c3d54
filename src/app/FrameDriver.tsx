import { addAfterEffect, useFrame } from '@react-three/fiber';
import { useEffect } from 'react';
import { evaluate } from '../core/script/evaluate.ts';
import { TICK, type FrameRef } from '../view/frame-ref.ts';
import { publishFrame } from './frame-bus.ts';
import { frameDrawn } from './render-progress.ts';
import type { AppStore } from './store.ts';

export interface FrameDriverProps {
  store: AppStore;
  frameRef: FrameRef;
}

/** First in every tick: reads the clock once and evaluates the scene at that time. */
export function FrameDriver({ store, frameRef }: FrameDriverProps) {
  useFrame(() => {
    const { scene } = store.getState();
    if (!scene) return;
    const frame = evaluate(scene, store.playbackSec());
    frameRef.current = frame;
    publishFrame(frame);
  }, TICK.evaluate);
  useEffect(() => addAfterEffect(frameDrawn), []);
  return null;
}
