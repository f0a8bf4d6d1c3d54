import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { SatRec } from 'satellite.js';
import { sampleOrbit } from '../core/orbit/orbit-path.ts';
import { ATMOSPHERE } from './atmosphere-model.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { eciToScene } from './scene-space.ts';

export interface OrbitPathProps {
  frameRef: FrameRef;
  bodyId: string;
  satrec: SatRec;
  /** UTC the drawn revolution starts at (the orbit's first moment in the scene). */
  fromUtcMs: number;
  /** Hidden from this UTC on (the next burn replaces this orbit). */
  untilUtcMs?: number;
  color?: THREE.ColorRepresentation;
}

const ORIGIN: [number, number, number] = [0, 0, 0];
/** Where the air begins (the atmosphere model's top), km above the Earth's surface. */
const AIR_TOP_KM = ATMOSPHERE.topKm - ATMOSPHERE.groundKm;

/**
 * Once a craft coming home is down in the air, or landed, the orbit it left says nothing more,
 * and from down there it would stand in the sky as a stray line.
 */
export function leftOrbitFor(body: { phase: string; altKm: number }): boolean {
  if (body.phase === 'landed') return true;
  return (body.phase === 'descent' || body.phase === 'parachute') && body.altKm < AIR_TOP_KM;
}

/** One SGP4-propagated revolution in inertial space, shown while its body flies it. */
export function OrbitPath({
  frameRef,
  bodyId,
  satrec,
  fromUtcMs,
  untilUtcMs = Infinity,
  color = '#ffcf5a',
}: OrbitPathProps) {
  const line = useMemo(() => {
    const periodMs = (2 * Math.PI * 60_000) / satrec.no;
    const samples = sampleOrbit(satrec, fromUtcMs, fromUtcMs + periodMs, 20);
    const positions = new Float32Array(samples.length * 3);
    const point = new THREE.Vector3();
    samples.forEach((sample, i) =>
      eciToScene(sample.eciKm, ORIGIN, point).toArray(positions, i * 3),
    );
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
    const material = new THREE.LineBasicMaterial({
      color,
      transparent: true,
      opacity: 0.75,
      // A diagram drawn over the view: outside the exposure.
      toneMapped: false,
    });
    return new THREE.Line(geometry, material);
  }, [satrec, fromUtcMs, color]);
  useEffect(
    () => () => {
      line.geometry.dispose();
      (line.material as THREE.Material).dispose();
    },
    [line],
  );

  useFrame(() => {
    const frame = frameRef.current;
    const body = frame?.bodies.find((b) => b.id === bodyId);
    if (!frame || !body) return;
    line.visible =
      body.visible && frame.utcMs < untilUtcMs && frame.utcMs >= fromUtcMs && !leftOrbitFor(body);
    eciToScene(ORIGIN, frame.camera.targetEci, line.position);
  }, TICK.bodies);

  return <primitive object={line} />;
}
