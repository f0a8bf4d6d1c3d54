import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { EARTH_POLAR_SCALE } from '../core/orbit/kepler.ts';
import { createAtmosphereMaterial } from './atmosphere-material.ts';
import { ATMOSPHERE, type AtmosphereTextures } from './atmosphere-model.ts';
import { ENVIRONMENT_LAYER } from './environment-layer.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene, eciToScene } from './scene-space.ts';

const CENTRE: [number, number, number] = [0, 0, 0];

export interface AtmosphereProps {
  frameRef: FrameRef;
  textures: AtmosphereTextures;
  /** Ray-march samples per fragment. */
  steps: number;
}

/** The air against space, drawn from outside (front faces) or from within it (back faces). */
export function Atmosphere({ frameRef, textures, steps }: AtmosphereProps) {
  const mesh = useRef<THREE.Mesh>(null);
  const material = useMemo(
    () => createAtmosphereMaterial(textures, EARTH_POLAR_SCALE, steps),
    [textures, steps],
  );
  useEffect(() => () => material.dispose(), [material]);
  useFrame(({ camera }) => {
    const frame = frameRef.current;
    if (!frame || !mesh.current) return;
    const centre = material.uniforms.earthCenter!.value as THREE.Vector3;
    eciToScene(CENTRE, frame.camera.targetEci, centre);
    mesh.current.position.copy(centre);
    directionToScene(frame.sunDirectionEci, material.uniforms.sunDirection!.value as THREE.Vector3);
    // The environment map's camera sits at a craft, inside or outside the air like the eye.
    const inside = camera.position.distanceTo(centre) < ATMOSPHERE.topKm;
    material.side = inside ? THREE.BackSide : THREE.FrontSide;
  }, TICK.bodies);
  return (
    <mesh
      ref={mesh}
      material={material}
      renderOrder={2}
      scale={[1, EARTH_POLAR_SCALE, 1]}
      onUpdate={(shell) => shell.layers.enable(ENVIRONMENT_LAYER)}
    >
      <sphereGeometry args={[ATMOSPHERE.topKm, 128, 64]} />
    </mesh>
  );
}
