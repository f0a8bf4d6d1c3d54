/**
 * The Earth's surface in one pass: daylight (Lambert with a soft, reddened terminator), city lights
 * on the night side, sun glint on water, and the shadow of the cloud layer.
 * Uniform `sunDirection` is in the Earth's local (Earth-fixed) frame, so the shader needs no
 * knowledge of the rotation.
 */
import * as THREE from 'three';

export interface EarthMaterialMaps {
  day: THREE.Texture;
  night: THREE.Texture | null;
  water: THREE.Texture | null;
  clouds: THREE.Texture | null;
}

const vertexShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_vertex>
varying vec2 vUv;
varying vec3 vNormalLocal;
varying vec3 vViewDirLocal;
void main() {
  vUv = uv;
  vNormalLocal = normalize(position);
  vec3 cameraLocal = (inverse(modelMatrix) * vec4(cameraPosition, 1.0)).xyz;
  vViewDirLocal = normalize(cameraLocal - position);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  #include <logdepthbuf_vertex>
}
`;

const fragmentShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_fragment>
uniform sampler2D dayMap;
uniform sampler2D nightMap;
uniform sampler2D waterMap;
uniform sampler2D cloudsMap;
uniform float hasNight;
uniform float hasWater;
uniform float hasClouds;
uniform float cloudsOnSurface;
uniform vec3 sunDirection;
uniform float nightLights;
uniform float sunIntensity;
varying vec2 vUv;
varying vec3 vNormalLocal;
varying vec3 vViewDirLocal;
void main() {
  #include <logdepthbuf_fragment>
  vec3 n = normalize(vNormalLocal);
  vec3 viewDir = normalize(vViewDirLocal);
  float cosSun = dot(n, sunDirection);
  // Twilight: light fades over ~6° past the terminator instead of cutting off.
  float daylight = smoothstep(-0.1, 0.12, cosSun);
  float lambert = max(cosSun, 0.0) * 0.92 + 0.08 * daylight;
  vec3 day = texture2D(dayMap, vUv).rgb;
  float cloud = hasClouds * texture2D(cloudsMap, vUv).r;
  vec3 sunset = mix(vec3(1.0, 0.62, 0.42), vec3(1.0), smoothstep(-0.02, 0.12, cosSun));
  vec3 color = day * lambert * sunset * sunIntensity * (1.0 - 0.35 * cloud);
  float water = hasWater * texture2D(waterMap, vUv).r;
  vec3 halfway = normalize(sunDirection + viewDir);
  float glint = pow(max(dot(n, halfway), 0.0), 350.0) * water * daylight * (1.0 - cloud);
  color += vec3(1.0, 0.93, 0.8) * glint * 0.45 * sunIntensity;
  float night = 1.0 - smoothstep(-0.15, 0.05, cosSun);
  // The Black Marble base shows land and ice faintly; squaring keeps the lights and drops the base.
  vec3 nightTexel = texture2D(nightMap, vUv).rgb;
  vec3 lights = hasNight * nightTexel * nightTexel * vec3(1.6, 1.3, 0.9);
  color += lights * night * nightLights * (1.0 - 0.8 * cloud);
  // Without a separate cloud shell (low quality) the clouds are painted onto the ground.
  color = mix(color, vec3(lambert * sunIntensity * 0.9), cloud * cloudsOnSurface * 0.85);
  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

export function createEarthMaterial(
  maps: EarthMaterialMaps,
  nightLights: number,
  cloudsOnSurface: boolean,
): THREE.ShaderMaterial {
  const blank = new THREE.DataTexture(new Uint8Array([0, 0, 0, 255]), 1, 1);
  blank.needsUpdate = true;
  const material = new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    uniforms: {
      dayMap: { value: maps.day },
      nightMap: { value: maps.night ?? blank },
      waterMap: { value: maps.water ?? blank },
      cloudsMap: { value: maps.clouds ?? blank },
      hasNight: { value: maps.night ? 1 : 0 },
      hasWater: { value: maps.water ? 1 : 0 },
      hasClouds: { value: maps.clouds ? 1 : 0 },
      cloudsOnSurface: { value: cloudsOnSurface ? 1 : 0 },
      sunDirection: { value: new THREE.Vector3(1, 0, 0) },
      nightLights: { value: nightLights },
      sunIntensity: { value: 1.35 },
    },
  });
  material.addEventListener('dispose', () => blank.dispose());
  return material;
}
