import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import * as THREE from 'three';
import { ATMOSPHERE, sunlightAt, type AtmosphereTables } from './atmosphere-model.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { rendererLight } from './renderer-lights.ts';
import { directionToScene } from './scene-space.ts';

const sun = new THREE.Vector3();
const fromCentre = new THREE.Vector3();
const colour = new THREE.Color();
/** Mean reflectance of the Earth seen from space (its Bond albedo). */
const EARTH_ALBEDO = 0.3;

export interface SunlightProps {
  frameRef: FrameRef;
  tables: AtmosphereTables;
  /** Earth-shine as a uniform ambient light (where no environment map is rendered). */
  earthshineAmbient: boolean;
}

/**
 * Parallel light from the Sun's true direction at the frame's UTC, as it reaches the point the
 * camera looks at: white above the air, reddened and dimmed when it passes through the limb,
 * none in the Earth's shadow. Unit: the Sun's irradiance outside the air.
 */
export function Sunlight({ frameRef, tables, earthshineAmbient }: SunlightProps) {
  const gl = useThree((state) => state.gl);
  // Kept with the renderer from scene to scene (renderer-lights.ts).
  const light = rendererLight(gl, 'sun', () => new THREE.DirectionalLight(0xffffff, 1));
  const ambient = useRef<THREE.AmbientLight>(null);
  useFrame(() => {
    const frame = frameRef.current;
    if (!frame) return;
    directionToScene(frame.sunDirectionEci, sun);
    light.position.copy(sun).multiplyScalar(1e5);
    const [x, y, z] = frame.camera.targetEci;
    directionToScene([x, y, z], fromCentre);
    const distance = fromCentre.length();
    // Looking at the Earth itself (its centre): the light of the open sky.
    if (distance < ATMOSPHERE.groundKm) colour.setRGB(1, 1, 1);
    else sunlightAt(tables, fromCentre, sun, colour);
    light.color.copy(colour);
    if (ambient.current) {
      // Irradiance from the Earth's disc (angular radius ρ), lit in proportion to its phase,
      // averaged over the directions a surface can face.
      const sinRho = Math.min(1, ATMOSPHERE.groundKm / Math.max(distance, ATMOSPHERE.groundKm));
      const phase = distance > 0 ? (1 + fromCentre.dot(sun) / distance) / 2 : 1;
      ambient.current.intensity = 0.5 * EARTH_ALBEDO * phase * sinRho * sinRho;
    }
  }, TICK.bodies);
  return (
    <>
      <primitive object={light} />
      {earthshineAmbient ? <ambientLight ref={ambient} color="#c8d8ff" intensity={0} /> : null}
    </>
  );
}
