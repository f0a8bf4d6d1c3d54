import { useFrame, useLoader } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { parseCoastlines } from '../core/geo/coastline-format.ts';
import { EARTH_POLAR_SCALE, EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';
import { asBinary, coastlineUrl } from './asset-urls.ts';
import { createCoastlineMaterial, type SunUniform } from './coastline-material.ts';

export interface CoastlinesProps {
  resolution: '50m' | '10m';
  /** The Sun's direction in the Earth's axes (the Earth's own uniform): the lines dim at night. */
  sun: SunUniform;
  /** Height above the surface, km: clears the sphere's flat facets. */
  liftKm?: number;
}

const DEG = Math.PI / 180;
const centre = new THREE.Vector3();

/**
 * Natural Earth coastlines as sharp lines, for low-orbit views where the day image is soft.
 * A child of the Earth's rotating group (Earth-fixed local axes); fades out from afar.
 */
export function Coastlines({ resolution, sun, liftKm = 2 }: CoastlinesProps) {
  const buffer = useLoader(THREE.FileLoader, coastlineUrl(resolution), asBinary) as ArrayBuffer;
  const lines = useMemo(() => {
    const polylines = parseCoastlines(buffer);
    const segments = polylines.reduce((sum, p) => sum + Math.max(0, p.lonLatDeg.length / 2 - 1), 0);
    const positions = new Float32Array(segments * 6);
    const radius = EARTH_RADIUS_KM + liftKm;
    let at = 0;
    const put = (lonDeg: number, latDeg: number) => {
      const lon = lonDeg * DEG;
      const lat = latDeg * DEG;
      positions[at++] = radius * Math.cos(lat) * Math.cos(lon);
      positions[at++] = radius * Math.sin(lat);
      positions[at++] = -radius * Math.cos(lat) * Math.sin(lon);
    };
    for (const { lonLatDeg } of polylines) {
      for (let p = 2; p < lonLatDeg.length; p += 2) {
        put(lonLatDeg[p - 2]!, lonLatDeg[p - 1]!);
        put(lonLatDeg[p]!, lonLatDeg[p + 1]!);
      }
    }
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
    const material = createCoastlineMaterial(sun);
    const object = new THREE.LineSegments(geometry, material);
    object.scale.set(1, EARTH_POLAR_SCALE, 1);
    return object;
  }, [buffer, liftKm, sun]);
  useEffect(
    () => () => {
      lines.geometry.dispose();
      lines.material.dispose();
    },
    [lines],
  );

  useFrame(({ camera }) => {
    if (!lines.parent) return;
    lines.parent.getWorldPosition(centre);
    const altitudeKm = camera.position.distanceTo(centre) - EARTH_RADIUS_KM;
    const opacity = 0.45 * (1 - THREE.MathUtils.smoothstep(altitudeKm, 1500, 6000));
    lines.material.opacity = opacity;
    lines.visible = opacity > 0.01;
  });

  return <primitive object={lines} />;
}
