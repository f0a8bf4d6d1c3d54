/**
 * The atmosphere as a shell: each fragment measures how much air its view ray crosses (analytic
 * ray–sphere intersection with the ground and the top of the shell), so the limb glows, the disc
 * gets a thin haze, and both fade across the terminator with a warm tint at twilight.
 */
import * as THREE from 'three';

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
uniform vec3 earthCenter;
uniform float groundRadius;
uniform float topRadius;
uniform vec3 sunDirection;
uniform float strength;
varying vec3 vWorld;

vec2 sphereHits(vec3 origin, vec3 dir, float radius) {
  vec3 oc = origin - earthCenter;
  float b = dot(oc, dir);
  float c = dot(oc, oc) - radius * radius;
  float h = b * b - c;
  if (h < 0.0) return vec2(1e30, -1e30);
  h = sqrt(h);
  return vec2(-b - h, -b + h);
}

void main() {
  #include <logdepthbuf_fragment>
  vec3 dir = normalize(vWorld - cameraPosition);
  vec2 top = sphereHits(cameraPosition, dir, topRadius);
  vec2 ground = sphereHits(cameraPosition, dir, groundRadius);
  float enter = max(top.x, 0.0);
  float leave = top.y;
  if (ground.x > 0.0 && ground.x < leave) leave = ground.x;
  float chord = max(leave - enter, 0.0);
  vec3 middle = cameraPosition + dir * (enter + leave) * 0.5;
  float cosSun = dot(normalize(middle - earthCenter), sunDirection);
  float lit = smoothstep(-0.25, 0.2, cosSun);
  // ~1500 km of air to saturate: a faint haze straight down, a bright limb at grazing angles.
  float depth = 1.0 - exp(-chord / 1500.0);
  vec3 sky = mix(vec3(1.0, 0.45, 0.2), vec3(0.32, 0.58, 1.0), smoothstep(-0.05, 0.3, cosSun));
  gl_FragColor = vec4(sky * depth * lit * strength, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

export function createAtmosphereMaterial(
  groundRadiusKm: number,
  topRadiusKm: number,
): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    uniforms: {
      earthCenter: { value: new THREE.Vector3() },
      groundRadius: { value: groundRadiusKm },
      topRadius: { value: topRadiusKm },
      sunDirection: { value: new THREE.Vector3(1, 0, 0) },
      strength: { value: 0.9 },
    },
    side: THREE.DoubleSide,
    transparent: true,
    depthWrite: false,
    blending: THREE.AdditiveBlending,
  });
}
