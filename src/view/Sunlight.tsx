import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type * as THREE from 'three';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene } from './scene-space.ts';

export interface SunlightProps {
  frameRef: FrameRef;
  /** Light on the night side, so its shapes stay readable. */
  nightAmbient?: number;
}

/** Parallel light from the Sun's true direction at the frame's UTC. */
export function Sunlight({ frameRef, nightAmbient = 0.07 }: SunlightProps) {
  const light = useRef<THREE.DirectionalLight>(null);
  useFrame(() => {
    const frame = frameRef.current;
    if (!frame || !light.current) return;
    directionToScene(frame.sunDirectionEci, light.current.position).multiplyScalar(1e5);
  }, TICK.bodies);
  return (
    <>
      <directionalLight ref={light} intensity={3} />
      <ambientLight intensity={nightAmbient} />
    </>
  );
}
