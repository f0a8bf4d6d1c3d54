import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { FLAME, flameSpread } from '../core/script/exhaust.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { rendererLight } from './renderer-lights.ts';
import { directionToScene, eciToScene } from './scene-space.ts';

/**
 * Radiance of the flame's hot core in the scene's unit (a sunlit white plate: 1/π): far above
 * sunlit paint, so it reads as white-hot and, where bloom runs, glows.
 */
const CORE_RADIANCE = 4;

/**
 * The engines burn at full thrust from the launch's first second, while the flame's drawn length
 * grows only off the pad (FLAME.grownAtKm): so a glow at the nozzle and the flame's light on the
 * craft show the lift-off at once. At night nothing else lights a craft on the pad.
 */
const GLOW = {
  /** Radius of the glow at the nozzle, m at the craft's scale. */
  radiusM: 3.5,
  /** Its centre this many radii behind the nozzle, in the flame: the craft stands above it. */
  behindRadii: 0.7,
  /** Radiance at its centre: white-hot, below the flame's core so that bloom keeps it small. */
  radiance: CORE_RADIANCE / 2,
  /**
   * Drawn this many radii nearer the eye than the nozzle, so that the ground the nozzle stands on
   * does not cut the glow straight across; the Earth still hides it from beyond the limb.
   */
  towardEyeRadii: 3,
  /** Where no bloom runs (low), the halo painted round it instead: display values at its centre. */
  haloStrength: 0.55,
} as const;
const ENGINE_LIGHT = {
  /** Irradiance on the craft, in units of the Sun's outside the air: a warm fill, not a second Sun. */
  intensity: 1,
  colour: new THREE.Color(1, 0.62, 0.32),
  /**
   * Where it shines from, m at the craft's scale: behind the flame's root, and out towards the eye,
   * as the fire's light comes off the exhaust billowing round the base, so the side in view is lit.
   */
  behindM: 2,
  towardEyeM: 6,
  reachM: 60,
} as const;

/** Below this length (m at the craft's scale) the flame is not drawn; the glow stands for it. */
const MIN_DRAWN_FLAME_M = FLAME.lengthM / 10;

const KM_PER_M = 0.001;
const DOWN = new THREE.Vector3(0, -1, 0);
const backward = new THREE.Vector3();
const toEye = new THREE.Vector3();

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

const glowVertexShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_vertex>
varying vec2 vOffset;
void main() {
  vOffset = position.xy * 2.0;
  vec4 mvPosition = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  #include <logdepthbuf_vertex>
}
`;

const glowFragmentShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_fragment>
uniform float radiance;
uniform float halo;
varying vec2 vOffset;
void main() {
  #include <logdepthbuf_fragment>
  // A Gaussian fall-off that reaches zero at the quad's rim (no square edge), narrow enough that
  // only a small core saturates once exposed.
  float r2 = dot(vOffset, vOffset);
  float glow = max(0.0, (exp(-9.0 * r2) - exp(-9.0)) / (1.0 - exp(-9.0)));
  vec3 colour = mix(vec3(1.0, 0.42, 0.1), vec3(1.0, 0.9, 0.7), glow * glow);
  gl_FragColor = vec4(colour * radiance, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  // Without bloom the exposed core is a white disc: a warm halo, added to the displayed values
  // (in linear light before the tone mapping its tail would clip to the disc's edge), spreads it.
  float tail = max(0.0, (exp(-2.5 * r2) - exp(-2.5)) / (1.0 - exp(-2.5)));
  gl_FragColor.rgb = gl_FragColor.rgb * glow + halo * tail * vec3(1.0, 0.5, 0.2);
}
`;

/** The glow at a burning nozzle: a quad turned to the eye each frame (its +Z, the plane's normal). */
function createGlow(): THREE.Mesh<THREE.PlaneGeometry, THREE.ShaderMaterial> {
  const mesh = new THREE.Mesh(
    new THREE.PlaneGeometry(1, 1),
    new THREE.ShaderMaterial({
      vertexShader: glowVertexShader,
      fragmentShader: glowFragmentShader,
      uniforms: { radiance: { value: GLOW.radiance }, halo: { value: 0 } },
      blending: THREE.AdditiveBlending,
      transparent: true,
      depthWrite: false,
    }),
  );
  mesh.name = 'exhaust-glow';
  mesh.visible = false;
  return mesh;
}

/**
 * The flame's light on the craft. Always in the scene, dark when nothing burns: a light that
 * came and went would change every lit material's shader, and they would compile again.
 */
function createEngineLight(): THREE.PointLight {
  const light = new THREE.PointLight(ENGINE_LIGHT.colour, 0, 1, 0);
  light.name = 'engine-light';
  return light;
}

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
  /** Bloom spreads the glow's light (medium, high); without it a halo is painted (low). */
  bloomed?: boolean;
}

/** A flame behind each craft climbing to orbit on its (undrawn) rocket; see core/script/exhaust.ts. */
export function ExhaustPlumes({ frameRef, count, bloomed = false }: ExhaustPlumesProps) {
  const gl = useThree((state) => state.gl);
  const rockets = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => ({
        plume: createPlume(),
        glow: createGlow(),
        // Kept with the renderer from scene to scene (renderer-lights.ts).
        light: rendererLight(gl, `engine-${i}`, createEngineLight),
      })),
    [count, gl],
  );
  useEffect(
    () => () => {
      for (const { plume, glow } of rockets) {
        for (const mesh of [plume, glow]) {
          mesh.geometry.dispose();
          mesh.material.dispose();
        }
      }
    },
    [rockets],
  );

  useEffect(() => {
    for (const { glow } of rockets)
      glow.material.uniforms.halo!.value = bloomed ? 0 : GLOW.haloStrength;
  }, [rockets, bloomed]);

  // After the camera is placed: the glow faces this frame's eye, not the last one's (a seek's
  // first frame had it off the craft).
  useFrame(({ camera }) => {
    const frame = frameRef.current;
    const exhausts = frame?.exhausts ?? [];
    rockets.forEach(({ plume, glow, light }, i) => {
      const exhaust = exhausts[i];
      // A tube squashed flat drew a dark ring over the glow at lift-off: it waits to have length.
      plume.visible = exhaust !== undefined && exhaust.lengthM >= MIN_DRAWN_FLAME_M;
      glow.visible = exhaust !== undefined;
      light.intensity = exhaust ? ENGINE_LIGHT.intensity : 0;
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
      toEye.subVectors(camera.position, plume.position).normalize();
      glow.position
        .copy(plume.position)
        .addScaledVector(backward, k * GLOW.radiusM * GLOW.behindRadii)
        .addScaledVector(toEye, k * GLOW.radiusM * GLOW.towardEyeRadii);
      // Faces the eye's place, not the lens's axis: the cube faces of a wide projection share it.
      glow.lookAt(camera.position);
      glow.scale.setScalar(k * GLOW.radiusM * 2);
      light.position
        .copy(plume.position)
        .addScaledVector(backward, k * ENGINE_LIGHT.behindM)
        .addScaledVector(toEye, k * ENGINE_LIGHT.towardEyeM);
      light.distance = k * ENGINE_LIGHT.reachM;
    });
  }, TICK.camera + 1);

  return (
    <>
      {rockets.map(({ plume, glow, light }, i) => (
        <group key={i}>
          <primitive object={plume} />
          <primitive object={glow} />
          <primitive object={light} />
        </group>
      ))}
    </>
  );
}
