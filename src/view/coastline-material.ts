import * as THREE from 'three';

/**
 * The coastlines' material: a thin map overlay, outside the exposure. Seen edge-on near the
 * limb the lines crowd into one bright, stair-stepped band over the air, so they fade where the
 * ground turns away from the eye (the cosine between the ground's normal and the line of
 * sight, from FACING_GONE to FACING_FULL).
 */
export const FACING_GONE = 0.05;
export const FACING_FULL = 0.3;

export function createCoastlineMaterial(): THREE.LineBasicMaterial {
  const material = new THREE.LineBasicMaterial({
    color: '#fff6dc',
    transparent: true,
    opacity: 0,
    depthWrite: false,
    toneMapped: false,
  });
  material.onBeforeCompile = fadeEdgeOn;
  return material;
}

/** Rewrites three's basic line shader; throws if its chunks moved, rather than fading nothing. */
export function fadeEdgeOn(shader: { vertexShader: string; fragmentShader: string }): void {
  shader.vertexShader = replaceOnce(
    replaceOnce(
      shader.vertexShader,
      '#include <common>',
      '#include <common>\nvarying float vFacing;',
    ),
    '#include <project_vertex>',
    '#include <project_vertex>\n\tvFacing = dot(normalize(normalMatrix * position), normalize(-mvPosition.xyz));',
  );
  shader.fragmentShader = replaceOnce(
    replaceOnce(
      shader.fragmentShader,
      '#include <common>',
      '#include <common>\nvarying float vFacing;',
    ),
    '#include <alphatest_fragment>',
    `diffuseColor.a *= smoothstep(${FACING_GONE.toFixed(2)}, ${FACING_FULL.toFixed(2)}, vFacing);\n#include <alphatest_fragment>`,
  );
}

function replaceOnce(source: string, anchor: string, replacement: string): string {
  const at = source.indexOf(anchor);
  if (at < 0 || source.indexOf(anchor, at + 1) >= 0)
    throw new Error(`coastline shader: expected one "${anchor}" in three's line shader`);
  return source.slice(0, at) + replacement + source.slice(at + anchor.length);
}
