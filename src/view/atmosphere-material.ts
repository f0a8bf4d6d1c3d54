/**
 * The air seen against space: for each fragment of a shell at the top of the atmosphere, the light
 * the air scatters towards the eye along the view ray (atmosphere-glsl.ts): the blue day-side
 * limb, the red-orange of sunlight filtered through the terminator's limb, and the Earth's shadow
 * on the air. Rays that meet the ground are left to the Earth's own shader, which adds the air in
 * front of the ground itself, so the disc is drawn once.
 */
import * as THREE from 'three';
import { ATMOSPHERE_GLSL, atmosphereUniforms } from './atmosphere-glsl.ts';
import type { AtmosphereTextures } from './atmosphere-model.ts';

const vertexShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_vertex>
uniform vec2 ringRadii;
varying vec3 vWorld;
void main() {
  vec3 local = position;
  #ifdef LIMB_RING
  // A unit ring (radius 1 inside, 2 outside) stretched to the band of the limb.
  float r = length(position.xy);
  local = vec3(position.xy / r * mix(ringRadii.x, ringRadii.y, r - 1.0), 0.0);
  #endif
  vec4 world = modelMatrix * vec4(local, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
  #include <logdepthbuf_vertex>
}
`;

const fragmentShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_fragment>
${ATMOSPHERE_GLSL}
uniform vec3 earthCenter;
uniform vec3 sunDirection;
uniform float polarScale;
varying vec3 vWorld;

void main() {
  #include <logdepthbuf_fragment>
  // The oblate Earth becomes a sphere when its polar axis is stretched back.
  vec3 stretch = vec3(1.0, 1.0 / polarScale, 1.0);
  vec3 origin = (cameraPosition - earthCenter) * stretch;
  vec3 dir = normalize((vWorld - cameraPosition) * stretch);
  vec2 top = atmSphere(origin, dir, ATM_TOP);
  if (top.y < 0.0 || top.x > top.y) discard;
  // The mesh's polygons lie up to a few km inside the true sphere at its outline.
  vec2 belowMesh = atmSphere(origin, dir, ATM_GROUND - 4.0);
  if (belowMesh.x > 0.0 && belowMesh.x < belowMesh.y) discard;
  vec2 ground = atmSphere(origin, dir, ATM_GROUND);
  bool toGround = ground.x > 0.0 && ground.x < top.y;
  float leave = toGround ? ground.x : top.y;
  vec3 transmittance;
  vec3 light = atmInscatter(origin, dir, max(top.x, 0.0), leave, sunDirection, ATM_STEPS,
                            toGround, transmittance);
  gl_FragColor = vec4(light, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

/**
 * `ring`: drawn on a camera-facing ring around the Earth's outline (seen from outside the air),
 * so the disc's pixels cost nothing; else on the shell itself (from within the air).
 */
export function createAtmosphereMaterial(
  textures: AtmosphereTextures,
  polarScale: number,
  steps: number,
  ring: boolean,
): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    defines: ring ? { ATM_STEPS: steps, LIMB_RING: 1 } : { ATM_STEPS: steps },
    uniforms: {
      ...atmosphereUniforms(textures),
      ringRadii: { value: new THREE.Vector2(1, 2) },
      earthCenter: { value: new THREE.Vector3() },
      sunDirection: { value: new THREE.Vector3(1, 0, 0) },
      polarScale: { value: polarScale },
    },
    side: ring ? THREE.DoubleSide : THREE.BackSide,
    transparent: true,
    depthWrite: false,
    blending: THREE.AdditiveBlending,
  });
}
