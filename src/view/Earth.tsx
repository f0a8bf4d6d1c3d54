import { useFrame, useLoader } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { eciToScene } from './scene-space.ts';

/** WGS-84 polar radius over equatorial radius. */
const POLAR_SCALE = 6356.752 / 6378.137;
const CENTRE: [number, number, number] = [0, 0, 0];

export interface EarthProps {
  frameRef: FrameRef;
  /** Equirectangular day image, longitude −180…180 left to right. */
  dayTextureUrl: string;
}

/**
 * The globe, turned by Greenwich sidereal time. Local axes are Earth-fixed: +X at 0° longitude,
 * −Z at 90° E, +Y at the North Pole, which is how three's sphere UVs lay out an equirectangular map.
 */
export function Earth({ frameRef, dayTextureUrl }: EarthProps) {
  const mesh = useRef<THREE.Mesh>(null);
  const day = useLoader(THREE.TextureLoader, dayTextureUrl);
  useEffect(() => {
    day.colorSpace = THREE.SRGBColorSpace;
    day.anisotropy = 8;
    day.needsUpdate = true;
  }, [day]);

  useFrame(() => {
    const frame = frameRef.current;
    if (!frame || !mesh.current) return;
    eciToScene(CENTRE, frame.camera.targetEci, mesh.current.position);
    mesh.current.rotation.y = frame.gmstRad;
  }, TICK.bodies);

  return (
    <mesh ref={mesh} scale={[1, POLAR_SCALE, 1]} name="earth">
      <sphereGeometry args={[EARTH_RADIUS_KM, 160, 80]} />
      <meshStandardMaterial map={day} roughness={0.85} metalness={0} />
    </mesh>
  );
}
