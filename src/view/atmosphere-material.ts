/**
 * The air seen against space: for each fragment of a shell at the top of the atmosphere, the light
 * the air scatters towards the eye along the view ray (atmosphere-glsl.ts): the blue day-side
 * limb, the red-orange of sunlight filtered through the terminator's limb, and the Earth's shadow
 * on the air. Rays that meet the ground are left to the Earth's own shader, which adds the air in
 * front of the ground itself, so the disc is drawn once.
 */
import * as THREE from 'three';
import { ATMOSPHERE_GLSL, atmosphereUniforms, f } from './atmosphere-glsl.ts';
import type { AtmosphereTextures } from './atmosphere-textures.ts';
import { HORIZON_LIFT_RAD, SKY_DOME_SKIRT_RAD } from './sky-dome.ts';

// The view ray through a point of the shell or ring, in the frame where the Earth is a sphere.
const RAY_GLSL = /* glsl */ `
uniform vec3 earthCenter;
uniform float polarScale;
void atmViewRay(vec3 world, out vec3 origin, out vec3 dir) {
  // The oblate Earth becomes a sphere when its polar axis is stretched back.
  vec3 stretch = vec3(1.0, 1.0 / polarScale, 1.0);
  origin = (cameraPosition - earthCenter) * stretch;
  dir = normalize((world - cameraPosition) * stretch);
}
/** The air's light along a view ray that meets the air: to the ground or out into space. */
vec3 atmLimbLight(vec3 origin, vec3 dir, vec3 sunDir) {
  vec2 top = atmSphere(origin, dir, ATM_TOP);
  vec2 ground = atmSphere(origin, dir, ATM_GROUND);
  bool toGround = ground.x > 0.0 && ground.x < top.y;
  float leave = toGround ? ground.x : top.y;
  vec3 transmittance;
  return atmInscatter(origin, dir, max(top.x, 0.0), leave, sunDir, ATM_STEPS, toGround,
                      transmittance);
}
`;

const vertexShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_vertex>
uniform vec2 ringRadii;
varying vec3 vWorld;
#ifdef VERTEX_LIGHT
${ATMOSPHERE_GLSL}
${RAY_GLSL}
uniform vec3 sunDirection;
centroid varying vec3 vLogLight;
#endif
#ifdef SKY_DOME
// A vertex of sky-dome.ts: its direction from the eye, by azimuth (position.x) and ring (position.y).
vec3 skyDomeDirection() {
  vec3 up = normalize(cameraPosition - earthCenter);
  vec3 east = normalize(cross(abs(up.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0), up));
  vec3 north = cross(up, east);
  float height = length((cameraPosition - earthCenter) * vec3(1.0, 1.0 / polarScale, 1.0));
  // As skyDomeElevation(): s² spacing from just above the eye's horizon to the zenith, and a
  // skirt a few degrees below it.
  float horizon = -acos(min(ATM_GROUND / height, 1.0)) + ${f(HORIZON_LIFT_RAD)};
  float s = position.y;
  float elevation = s >= 0.0 ? mix(horizon, 0.5 * PI, s * s) : horizon + s * ${f(SKY_DOME_SKIRT_RAD)};
  return cos(elevation) * (cos(position.x) * east + sin(position.x) * north) + sin(elevation) * up;
}
#endif
void main() {
  vec3 local = position;
  #ifdef SKY_DOME
  // Placed where its ray leaves the air (the eye is inside it): behind any craft near the eye.
  vec3 domeDir = skyDomeDirection();
  vec4 world = vec4(cameraPosition + domeDir * atmSphere(cameraPosition - earthCenter, domeDir, ATM_TOP).y, 1.0);
  #else
  #ifdef LIMB_RING
  // A unit ring (radius 1 inside, 2 outside) stretched to the band of the limb; its rings of
  // vertices crowd towards the ground, where the air is dense and the light changes fastest.
  float r = length(position.xy);
  float t = r - 1.0;
  local = vec3(position.xy / r * mix(ringRadii.x, ringRadii.y, t * t), 0.0);
  #endif
  vec4 world = modelMatrix * vec4(local, 1.0);
  #endif
  vWorld = world.xyz;
  #ifdef VERTEX_LIGHT
  // The cheap tier marches the air per vertex; blended as a logarithm, the light keeps its
  // exponential fall with height between vertices.
  vec3 origin, dir;
  atmViewRay(world.xyz, origin, dir);
  vLogLight = log(atmLimbLight(origin, dir, sunDirection) + 1e-7);
  #endif
  gl_Position = projectionMatrix * viewMatrix * world;
  #include <logdepthbuf_vertex>
}
`;

const fragmentShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_fragment>
${ATMOSPHERE_GLSL}
${RAY_GLSL}
uniform vec3 sunDirection;
uniform float meshSagKm;
varying vec3 vWorld;
#ifdef VERTEX_LIGHT
centroid varying vec3 vLogLight;
const float MAX_LOG_LIGHT = 1.0;
#endif

void main() {
  #include <logdepthbuf_fragment>
  vec3 origin, dir;
  atmViewRay(vWorld, origin, dir);
  vec2 top = atmSphere(origin, dir, ATM_TOP);
  if (top.y < 0.0 || top.x > top.y) discard;
  // Rays into the ground are the Earth's own, but its polygons lie up to meshSagKm inside the
  // true sphere: only rays that pass below them are left to it.
  vec2 belowMesh = atmSphere(origin, dir, ATM_GROUND - meshSagKm - 1.0);
  if (belowMesh.x > 0.0 && belowMesh.x < belowMesh.y) discard;
  #ifdef VERTEX_LIGHT
  vec3 light = max(exp(min(vLogLight, MAX_LOG_LIGHT)) - 1e-7, 0.0);
  #else
  vec3 light = atmLimbLight(origin, dir, sunDirection);
  #endif
  gl_FragColor = vec4(light, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

/**
 * `ring`: drawn on a camera-facing ring around the Earth's outline (seen from outside the air),
 * so the disc's pixels cost nothing; `dome`: on sky-dome.ts's directions around the eye (from
 * within the air, light per vertex); else on the shell itself (from within the air, per pixel).
 */
export function createAtmosphereMaterial(
  textures: AtmosphereTextures,
  polarScale: number,
  steps: number,
  /** How far the Earth's mesh dips inside its sphere: rays below that are the Earth's. */
  meshSagKm: number,
  {
    ring = false,
    dome = false,
    /** March the air per vertex of the ring (the cheap tier), not per pixel. */
    vertexLight = false,
  }: { ring?: boolean; dome?: boolean; vertexLight?: boolean } = {},
): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    defines: {
      ATM_STEPS: steps,
      ...(ring ? { LIMB_RING: 1 } : {}),
      ...(dome ? { SKY_DOME: 1 } : {}),
      ...((ring && vertexLight) || dome ? { VERTEX_LIGHT: 1 } : {}),
    },
    uniforms: {
      ...atmosphereUniforms(textures),
      ringRadii: { value: new THREE.Vector2(1, 2) },
      earthCenter: { value: new THREE.Vector3() },
      sunDirection: { value: new THREE.Vector3(1, 0, 0) },
      polarScale: { value: polarScale },
      meshSagKm: { value: meshSagKm },
    },
    side: ring || dome ? THREE.DoubleSide : THREE.BackSide,
    transparent: true,
    depthWrite: false,
    blending: THREE.AdditiveBlending,
  });
}
