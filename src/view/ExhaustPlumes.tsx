import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { FLAME, flameSpread } from '../core/script/exhaust.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene, eciToScene } from './scene-space.ts';

/**
 * Radiance of the flame's hot core in the scene's unit (a sunlit white plate: 1/π): far above
 * sunlit paint, so it reads as white-hot and, where bloom runs, glows.
 */
const CORE_RADIANCE = 4;

const KM_PER_M = 0.001;
const DOWN = new THREE.Vector3(0, -1, 0);
const backward = new THREE.Vector3();

const vertexShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_vertex>
uniform float nozzleRadius;
uniform float tailRadius;
varying float vAlong;
varying float vFacing;
void main() {
  // A unit tube from the nozzle (y = 0) to the tail (y = -1), flared here so that the spread
  // of thin air widens the tail and not the root.
  vAlong = -position.y;
  float radius = mix(nozzleRadius, tailRadius, pow(vAlong, 1.3));
  vec3 flared = vec3(position.x * radius, position.y, position.z * radius);
  vec4 mvPosition = modelViewMatrix * vec4(flared, 1.0);
  vec3 viewNormal = normalize(normalMatrix * vec3(position.x, 0.0, position.z));
  vFacing = abs(dot(viewNormal, normalize(-mvPosition.xyz)));
  gl_Position = projectionMatrix * mvPosition;
  #include <logdepthbuf_vertex>
}
`;

const fragmentShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_fragment>
uniform float coreRadiance;
varying float vAlong;
varying float vFacing;
void main() {
  #include <logdepthbuf_fragment>
  // Bright on the axis (where the line of sight crosses the most flame), soft at the rim; hot
  // white at the nozzle cooling to orange, fading out towards the tail.
  float body = pow(vFacing, 2.5);
  float fade = pow(1.0 - vAlong, 2.2);
  vec3 hot = vec3(1.0, 0.86, 0.62);
  vec3 cool = vec3(1.0, 0.36, 0.06);
  float cooling = smoothstep(0.0, 0.45, vAlong);
  vec3 colour = mix(hot, cool, cooling) * mix(1.0, 0.2, cooling);
  gl_FragColor = vec4(colour * coreRadiance, body * fade);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

function createPlume(): THREE.Mesh<THREE.CylinderGeometry, THREE.ShaderMaterial> {
  const geometry = new THREE.CylinderGeometry(1, 1, 1, 24, 12, true).translate(0, -0.5, 0);
  const material = new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    uniforms: {
      nozzleRadius: { value: FLAME.nozzleRadiusM / FLAME.lengthM },
      tailRadius: { value: FLAME.tailRadiusM / FLAME.lengthM },
      coreRadiance: { value: CORE_RADIANCE },
    },
    blending: THREE.AdditiveBlending,
    transparent: true,
    depthWrite: false,
    side: THREE.DoubleSide,
  });
  const mesh = new THREE.Mesh(geometry, material);
  mesh.name = 'exhaust-plume';
  mesh.visible = false;
  return mesh;
}

export interface ExhaustPlumesProps {
  frameRef: FrameRef;
  /** How many rockets may burn at once: the scene's separate launches. */
  count: number;
}

/** A flame behind each craft climbing to orbit on its (undrawn) rocket; see core/script/exhaust.ts. */
export function ExhaustPlumes({ frameRef, count }: ExhaustPlumesProps) {
  const plumes = useMemo(() => Array.from({ length: count }, createPlume), [count]);
  useEffect(
    () => () => {
      for (const plume of plumes) {
        plume.geometry.dispose();
        plume.material.dispose();
      }
    },
    [plumes],
  );

  useFrame(() => {
    const frame = frameRef.current;
    const exhausts = frame?.exhausts ?? [];
    plumes.forEach((plume, i) => {
      const exhaust = exhausts[i];
      plume.visible = exhaust !== undefined;
      if (!exhaust) return;
      // Rooted at the craft's tail where the craft is drawn (lifted off the ground when
      // enlarged near it).
      const drawn = frame!.bodies.find((b) => b.id === exhaust.bodyId)!.drawnEciKm;
      eciToScene(drawn, frame!.camera.targetEci, plume.position);
      directionToScene(exhaust.backwardEci, backward);
      const k = KM_PER_M * frame!.camera.craftScale;
      plume.position.addScaledVector(backward, k * exhaust.rootBehindM);
      plume.quaternion.setFromUnitVectors(DOWN, backward);
      // As long as the flame is now (it grows off the pad), as wide as it will be.
      const size = k * FLAME.lengthM;
      plume.scale.set(size, size * Math.max(1e-3, exhaust.lengthM / FLAME.lengthM), size);
      plume.material.uniforms.tailRadius!.value =
        (FLAME.tailRadiusM / FLAME.lengthM) * flameSpread(exhaust.altKm);
    });
  }, TICK.bodies);

  return (
    <>
      {plumes.map((plume, i) => (
        <primitive key={i} object={plume} />
      ))}
    </>
  );
}
