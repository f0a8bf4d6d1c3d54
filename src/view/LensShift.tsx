import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import type * as THREE from 'three';
import { TICK } from './frame-ref.ts';

export interface LensShiftProps {
  /** How far down the picture's centre goes, as a fraction of the view's height; 0: centred. */
  fraction: number;
  /** Jump to it at once (clips, reduced motion) instead of gliding there. */
  immediate?: boolean;
}

/** Time constant of the glide when a panel opens or closes, s. */
export const GLIDE_SEC = 0.2;
/** Closer than this (px) the glide ends on the exact value, so a paused view stops redrawing. */
const SETTLED_PX = 0.5;

/**
 * Moves the picture's centre down by shifting the lens (an off-centre frustum): the camera
 * stays where the script puts it and sees the same, only drawn lower, clear of panels over the
 * view's upper part. The picture glides there rather than jumping with the panel.
 */
export function LensShift({ fraction, immediate = false }: LensShiftProps) {
  const camera = useThree((state) => state.camera) as THREE.PerspectiveCamera;
  const width = useThree((state) => state.size.width);
  const height = useThree((state) => state.size.height);
  const shown = useRef<number | null>(null);
  // The first value, a jump, and a resized view (R3F keeps only the aspect) take effect before
  // the next frame is drawn.
  useLayoutEffect(() => {
    const value = immediate || shown.current === null ? fraction : shown.current;
    shown.current = value;
    shiftLens(camera, width, height, value);
  }, [camera, width, height, fraction, immediate]);
  useLayoutEffect(() => () => camera.clearViewOffset(), [camera]);
  useFrame((_, deltaSec) => {
    const from = shown.current;
    if (from === null || from === fraction) return;
    const next = from + (fraction - from) * (1 - Math.exp(-deltaSec / GLIDE_SEC));
    shown.current = Math.abs(fraction - next) * height < SETTLED_PX ? fraction : next;
    shiftLens(camera, width, height, shown.current);
  }, TICK.camera);
  return null;
}

function shiftLens(camera: THREE.PerspectiveCamera, width: number, height: number, value: number) {
  if (value === 0 || !(width > 0) || !(height > 0)) camera.clearViewOffset();
  else camera.setViewOffset(width, height, 0, -value * height, width, height);
}
