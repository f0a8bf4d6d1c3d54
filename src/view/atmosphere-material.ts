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
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
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

export function createAtmosphereMaterial(
  textures: AtmosphereTextures,
  polarScale: number,
  steps: number,
): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    defines: { ATM_STEPS: steps },
    uniforms: {
      ...atmosphereUniforms(textures),
      earthCenter: { value: new THREE.Vector3() },
      sunDirection: { value: new THREE.Vector3(1, 0, 0) },
      polarScale: { value: polarScale },
    },
    side: THREE.DoubleSide,
    transparent: true,
    depthWrite: false,
    blending: THREE.AdditiveBlending,
  });
}
