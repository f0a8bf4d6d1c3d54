/**
 * The Earth's surface in one pass, lit through the atmosphere model (atmosphere-glsl.ts): the
 * sunlight that reaches the ground (reddened and dimmed near the terminator, nothing past it), the
 * sky's own light, and the air between the eye and the ground (its transmittance and the light it
 * scatters, per vertex, blended between vertices as logarithms). City
 * lights where the ground is dark, sun glint on water, clouds as a brighter surface.
 * Everything is in the Earth's local (Earth-fixed) frame, so the shader needs no rotation.
 * Radiance unit: the Sun's irradiance outside the air is 1 (the renderer's exposure maps it).
 */
import * as THREE from 'three';
import { ATMOSPHERE_GLSL, atmosphereUniforms, f, v3 } from './atmosphere-glsl.ts';
import { ATMOSPHERE } from './atmosphere-model.ts';
import type { AtmosphereTextures } from './atmosphere-textures.ts';
import { CITY_CLOUD_SHADE, CITY_LIGHT_COLOUR, CLOUD_ALBEDO } from './earth-low-surface.ts';

/** The separate maps (medium and high), or the cheap tier's one baked map. */
export type EarthMaps =
  | {
      day: THREE.Texture;
      night: THREE.Texture | null;
      water: THREE.Texture | null;
      clouds: THREE.Texture | null;
    }
  | { surface: THREE.Texture };

const vertexShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_vertex>
${ATMOSPHERE_GLSL}
uniform vec3 sunDirection;
varying vec2 vUv;
varying vec3 vNormalLocal;
#ifdef GLINT
varying vec3 vViewDirLocal;
#endif
// Centroid: with multisampling a pixel on the outline is shaded at its centre, off the triangle,
// and a logarithm extrapolated there comes back from exp() as a huge value that bloom spreads.
centroid varying vec3 vAirLight;
centroid varying vec3 vAirTransmittance;
#ifdef VERTEX_SUNLIGHT
centroid varying vec3 vLogSunTransmittance;
centroid varying vec3 vLogSkyIrradiance;
#endif
void main() {
  vUv = uv;
  vNormalLocal = normalize(position);
  #ifdef VERTEX_SUNLIGHT
  // The cheap tier looks its tables up per vertex; both vary smoothly with the Sun's elevation
  // (the Sun's setting edge, which does not, stays per pixel). Blended as logarithms, as the air.
  float cosSunVertex = dot(normalize(position), sunDirection);
  vLogSunTransmittance = log(atmTransmittanceToTop(ATM_GROUND, max(cosSunVertex, 0.0)) + 1e-7);
  vLogSkyIrradiance = log(atmSkyIrradiance(cosSunVertex) + 1e-7);
  #endif
  vec3 cameraLocal = (inverse(modelMatrix) * vec4(cameraPosition, 1.0)).xyz;
  vec3 toPoint = position - cameraLocal;
  float distance = length(toPoint);
  vec3 dir = toPoint / distance;
  #ifdef GLINT
  vViewDirLocal = -dir;
  #endif
  vec2 top = atmSphere(cameraLocal, dir, ATM_TOP);
  // A vertex behind the horizon still shades the triangles that straddle the outline: it takes
  // the air up to where its ray meets the ground, not the air through the Earth (whose log
  // blended into those triangles as a row of dark dots along the limb on the coarse mesh).
  float toGround = min(distance, max(atmSphere(cameraLocal, dir, ATM_GROUND).x, 0.0));
  vec3 airTransmittance;
  vec3 airLight = atmInscatter(cameraLocal, dir, clamp(top.x, 0.0, toGround), toGround,
                               sunDirection, ATM_STEPS, true, airTransmittance);
  // Interpolated as logarithms: across the terminator the light falls off exponentially, and a
  // linear blend between vertices hundreds of km apart would smear daylight into the night.
  vAirLight = log(airLight + 1e-7);
  vAirTransmittance = log(airTransmittance + 1e-7);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  #include <logdepthbuf_vertex>
}
`;

const fragmentShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_fragment>
${ATMOSPHERE_GLSL}
uniform sampler2D dayMap;
uniform sampler2D nightMap;
uniform sampler2D waterMap;
uniform sampler2D cloudsMap;
uniform sampler2D surfaceMap;
uniform float hasNight;
uniform float hasClouds;
uniform vec3 sunDirection;
uniform float nightLights;
varying vec2 vUv;
varying vec3 vNormalLocal;
#ifdef GLINT
varying vec3 vViewDirLocal;
#endif
centroid varying vec3 vAirLight;
centroid varying vec3 vAirTransmittance;
#ifdef VERTEX_SUNLIGHT
centroid varying vec3 vLogSunTransmittance;
centroid varying vec3 vLogSkyIrradiance;
#endif
// Ceilings of the logarithms blended between vertices: air transmits at most everything, and
// the light it scatters stays far below the Sun's disc (the brightest limb is ~0.1).
const float MAX_LOG_AIR_LIGHT = 1.0;

// Reflectance of thick cloud tops (Stephens 1978: ~0.7–0.8) and their typical height, km.
const float CLOUD_ALBEDO = ${f(CLOUD_ALBEDO)};
const float CLOUD_TOP_KM = 5.0;
// Fresnel reflectance of water near normal incidence.
const float WATER_F0 = 0.02;
// Emitted radiance of the brightest city-light texel, in units of the Sun's irradiance; far above
// the real ~1e-7, so the lights read on screen once the ground is dark.
const float CITY_RADIANCE = 0.08;
// Sodium-lamp orange over the map's own colour.
const vec3 CITY_TINT = vec3(1.0, 0.8, 0.55);

void main() {
  #include <logdepthbuf_fragment>
  vec3 n = normalize(vNormalLocal);
  float cosSun = dot(n, sunDirection);
  #ifdef VERTEX_SUNLIGHT
  // As atmSunTransmittance: the Sun's disc sets below the horizon over its own width.
  vec3 sun = smoothstep(-0.0047, 0.0047, cosSun) * exp(min(vLogSunTransmittance, 0.0));
  vec3 sky = exp(min(vLogSkyIrradiance, 0.0));
  #else
  vec3 sun = atmSunTransmittance(ATM_GROUND, cosSun);
  vec3 sky = atmSkyIrradiance(cosSun);
  #endif
  vec3 irradiance = sun * max(cosSun, 0.0) + sky;
  #ifdef BAKED_SURFACE
  // One look-up: the ground's albedo with the clouds already over it, and the city lights as
  // they show through the clouds (scripts/assets/build-low-earth-map.mjs).
  vec4 surface = texture2D(surfaceMap, vUv);
  vec3 color = surface.rgb * irradiance * RECIPROCAL_PI;
  float dark = 1.0 / (1.0 + dot(irradiance, vec3(0.2126, 0.7152, 0.0722)) * 2000.0);
  color += surface.a * surface.a * CITY_TINT * ${v3(CITY_LIGHT_COLOUR)} * dark * nightLights * CITY_RADIANCE;
  color *= exp(min(vAirTransmittance, 0.0));
  #else
  float cloud = hasClouds * texture2D(cloudsMap, vUv).r;
  vec3 ground = texture2D(dayMap, vUv).rgb * irradiance * RECIPROCAL_PI;
  #ifdef GLINT
  vec3 viewDir = normalize(vViewDirLocal);
  float water = texture2D(waterMap, vUv).r * (1.0 - cloud);
  vec3 halfway = normalize(sunDirection + viewDir);
  // Normalised Blinn–Phong lobe for the glint of a gently rough sea.
  float lobe = (350.0 + 8.0) / (8.0 * PI) * pow(max(dot(n, halfway), 0.0), 350.0);
  ground += sun * max(cosSun, 0.0) * lobe * WATER_F0 * water;
  #endif
  vec3 nightTexel = texture2D(nightMap, vUv).rgb;
  // The Black Marble base shows land and ice faintly; squaring keeps the lights and drops the base.
  vec3 lights = hasNight * nightTexel * nightTexel * CITY_TINT * (1.0 - ${f(CITY_CLOUD_SHADE)} * cloud);
  // City lights are lost in daylight long before the ground's own light reaches them.
  float dark = 1.0 / (1.0 + dot(irradiance, vec3(0.2126, 0.7152, 0.0722)) * 2000.0);
  ground += lights * dark * nightLights * CITY_RADIANCE;
  vec3 toGround = exp(min(vAirTransmittance, 0.0));
  #ifdef CLOUD_TOPS_ABOVE_AIR
  // Cloud tops stand above the densest air: sunlight reaches them, and their light the eye,
  // through only the air above them (its share of the column: exp(-top / scale height)).
  vec3 cloudSun = atmSunTransmittance(ATM_GROUND + CLOUD_TOP_KM, cosSun);
  vec3 cloudTops = CLOUD_ALBEDO * (cloudSun * max(cosSun, 0.0) + sky) * RECIPROCAL_PI;
  vec3 toClouds = exp(min(vAirTransmittance, 0.0) * exp(-CLOUD_TOP_KM / ${ATMOSPHERE.rayleighScaleKm.toFixed(1)}));
  vec3 color = mix(ground * toGround, cloudTops * toClouds, cloud);
  #else
  // The cheap tier lights cloud tops like the ground beneath them.
  vec3 color = mix(ground, CLOUD_ALBEDO * irradiance * RECIPROCAL_PI, cloud) * toGround;
  #endif
  #endif
  color += max(exp(min(vAirLight, MAX_LOG_AIR_LIGHT)) - 1e-7, 0.0);
  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

export interface EarthShading {
  /** Samples per view ray through the air (per vertex). */
  steps: number;
  /** Cloud tops lit and seen through only the air above them (else like the ground). */
  cloudTopsAboveAir: boolean;
  /** Sunlight and skylight looked up per vertex instead of per pixel (the cheap tier). */
  vertexSunlight: boolean;
  /** One baked map (the cheap tier) instead of separate day, night, water and cloud maps. */
  bakedSurface: boolean;
  /** Sun glint on water, from the water map. */
  glint: boolean;
}

/**
 * The Earth's material, drawing black until `setEarthMaps` gives it its maps. Maps are
 * uniforms, so swapping them (previews for full maps) keeps the compiled shader: a new material
 * would release it and compile it again, a second or more on a software renderer.
 */
export function createEarthMaterial(
  atmosphere: AtmosphereTextures,
  nightLights: number,
  shading: EarthShading,
): THREE.ShaderMaterial {
  const blank = new THREE.DataTexture(new Uint8Array([0, 0, 0, 255]), 1, 1);
  blank.needsUpdate = true;
  const material = new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    defines: {
      ATM_STEPS: shading.steps,
      ...(shading.glint && !shading.bakedSurface ? { GLINT: 1 } : {}),
      ...(shading.cloudTopsAboveAir ? { CLOUD_TOPS_ABOVE_AIR: 1 } : {}),
      ...(shading.vertexSunlight ? { VERTEX_SUNLIGHT: 1 } : {}),
      ...(shading.bakedSurface ? { BAKED_SURFACE: 1 } : {}),
    },
    uniforms: {
      ...atmosphereUniforms(atmosphere),
      dayMap: { value: blank },
      nightMap: { value: blank },
      waterMap: { value: blank },
      cloudsMap: { value: blank },
      surfaceMap: { value: blank },
      hasNight: { value: 0 },
      hasClouds: { value: 0 },
      sunDirection: { value: new THREE.Vector3(1, 0, 0) },
      nightLights: { value: nightLights },
    },
  });
  material.userData.blank = blank;
  material.addEventListener('dispose', () => blank.dispose());
  return material;
}

/** Points the material at `maps`, of the kind it was made for; a missing map draws black. */
export function setEarthMaps(material: THREE.ShaderMaterial, maps: EarthMaps): void {
  const { uniforms } = material;
  const blank = material.userData.blank as THREE.Texture;
  const separate = 'day' in maps ? maps : null;
  uniforms.dayMap!.value = separate?.day ?? blank;
  uniforms.nightMap!.value = separate?.night ?? blank;
  uniforms.waterMap!.value = separate?.water ?? blank;
  uniforms.cloudsMap!.value = separate?.clouds ?? blank;
  uniforms.surfaceMap!.value = 'surface' in maps ? maps.surface : blank;
  uniforms.hasNight!.value = separate?.night ? 1 : 0;
  uniforms.hasClouds!.value = separate?.clouds ? 1 : 0;
}
