import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';
import { createAtmosphereMaterial } from './atmosphere-material.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene, eciToScene } from './scene-space.ts';

const TOP_KM = 120;
const CENTRE: [number, number, number] = [0, 0, 0];

export interface AtmosphereProps {
  frameRef: FrameRef;
}

/** Limb glow and haze, drawn from outside (front faces) or from within the air (back faces). */
export function Atmosphere({ frameRef }: AtmosphereProps) {
  const mesh = useRef<THREE.Mesh>(null);
  const material = useMemo(
    () => createAtmosphereMaterial(EARTH_RADIUS_KM, EARTH_RADIUS_KM + TOP_KM),
    [],
  );
  useEffect(() => () => material.dispose(), [material]);
  useFrame(({ camera }) => {
    const frame = frameRef.current;
    if (!frame || !mesh.current) return;
    const centre = material.uniforms.earthCenter!.value as THREE.Vector3;
    eciToScene(CENTRE, frame.camera.targetEci, centre);
    mesh.current.position.copy(centre);
    directionToScene(frame.sunDirectionEci, material.uniforms.sunDirection!.value as THREE.Vector3);
    const inside = camera.position.distanceTo(centre) < EARTH_RADIUS_KM + TOP_KM;
    material.side = inside ? THREE.BackSide : THREE.FrontSide;
  }, TICK.bodies);
  return (
    <mesh ref={mesh} material={material} renderOrder={2}>
      <sphereGeometry args={[EARTH_RADIUS_KM + TOP_KM, 128, 64]} />
    </mesh>
  );
}
