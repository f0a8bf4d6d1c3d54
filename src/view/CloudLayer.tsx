import type * as THREE from 'three';
import { EARTH_POLAR_SCALE, EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';

export interface CloudLayerProps {
  /** Grey cloud-cover map (white = cloud), used as opacity. */
  clouds: THREE.Texture;
  segments: number;
  /** Height of the layer above the equatorial radius, km. */
  altitudeKm?: number;
}

/** A thin, sunlit cloud shell that turns with the Earth (a child of its rotating group). */
export function CloudLayer({ clouds, segments, altitudeKm = 12 }: CloudLayerProps) {
  return (
    <mesh scale={[1, EARTH_POLAR_SCALE, 1]} renderOrder={1}>
      <sphereGeometry args={[EARTH_RADIUS_KM + altitudeKm, segments, segments / 2]} />
      <meshLambertMaterial
        color="#ffffff"
        alphaMap={clouds}
        transparent
        opacity={0.9}
        depthWrite={false}
      />
    </mesh>
  );
}
