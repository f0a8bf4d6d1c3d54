import * as THREE from 'three';
import { replaceOnce } from '../core/replace-once.ts';

/**
 * The coastlines' material: a thin map overlay, outside the exposure. Seen edge-on near the
 * limb the lines crowd into one bright, stair-stepped band over the air, so they fade where the
 * ground turns away from the eye (the cosine between the ground's normal and the line of
 * sight, from FACING_GONE to FACING_FULL).
 */
export const FACING_GONE = 0.05;
export const FACING_FULL = 0.3;

/**
 * Over the night side the ground is dark and its city lights draw the land, so white lines there
 * read as a diagram laid on the photograph: they keep NIGHT_SHARE of their opacity where the Sun
 * is more than about 6° below the horizon (the cosine of its zenith angle below DAYLIGHT_GONE),
 * all of it above about 6° (DAYLIGHT_FULL). The tiers that draw coastlines blend them in linear
 * light before the exposure and AgX, where a few per cent still reads as a faint line, about as
 * bright as a town's lights: enough to find the shore by.
 */
export const NIGHT_SHARE = 0.01;
export const DAYLIGHT_GONE = -0.1;
export const DAYLIGHT_FULL = 0.1;

/** The Sun's direction in the Earth's own axes, as the Earth's shader has it (shared, not copied). */
export type SunUniform = { value: THREE.Vector3 };

export function createCoastlineMaterial(sun: SunUniform): THREE.LineBasicMaterial {
  const material = new THREE.LineBasicMaterial({
    color: '#fff6dc',
    transparent: true,
    opacity: 0,
    depthWrite: false,
    toneMapped: false,
  });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.sunDirection = sun;
    fadeEdgeOnAndAtNight(shader);
  };
  return material;
}

/** Rewrites three's basic line shader; throws if its chunks moved, rather than fading nothing. */
export function fadeEdgeOnAndAtNight(shader: {
  vertexShader: string;
  fragmentShader: string;
}): void {
  const f = (x: number) => x.toFixed(2);
  shader.vertexShader = patch(
    patch(
      shader.vertexShader,
      '#include <common>',
      '#include <common>\nuniform vec3 sunDirection;\nvarying float vFacing;\nvarying float vSun;',
    ),
    '#include <project_vertex>',
    '#include <project_vertex>\n\tvFacing = dot(normalize(normalMatrix * position), normalize(-mvPosition.xyz));\n\tvSun = dot(normalize(position), sunDirection);',
  );
  shader.fragmentShader = patch(
    patch(
      shader.fragmentShader,
      '#include <common>',
      '#include <common>\nvarying float vFacing;\nvarying float vSun;',
    ),
    '#include <alphatest_fragment>',
    `diffuseColor.a *= smoothstep(${f(FACING_GONE)}, ${f(FACING_FULL)}, vFacing) * mix(${f(NIGHT_SHARE)}, 1.0, smoothstep(${f(DAYLIGHT_GONE)}, ${f(DAYLIGHT_FULL)}, vSun));\n#include <alphatest_fragment>`,
  );
}

const patch = (source: string, anchor: string, replacement: string) =>
  replaceOnce(source, anchor, replacement, 'coastline shader');
