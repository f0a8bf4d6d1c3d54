/**
 * Thin rods (parachute lines, whip antennas) are far narrower than a pixel at the distances the
 * camera shows them, so the rasteriser catches them only here and there: a dotted line that
 * crawls as the craft moves. A hairline widens such a rod on screen to at least MIN_PX across and
 * lowers its opacity in the same proportion (blended: alpha to coverage dithered it back into
 * dots), as a camera sees a cable thinner than its pixels: continuous, and fainter.
 * Close up, where the rod is wider than that, nothing changes.
 */
import * as THREE from 'three';
import { replaceOnce } from '../src/core/replace-once.ts';

/** The least width, in pixels, a hairline is drawn at. */
export const HAIRLINE_MIN_PX = 1.2;

const viewport = new THREE.Vector2();

/**
 * Makes `material` draw its rods (of radius `radiusM`, in the model's metres) as hairlines. The
 * meshes drawn with it must be passed too: each tells the shader the height of the picture it is
 * drawn into, which a vertex shader cannot know.
 */
export function drawAsHairlines(
  material: THREE.MeshStandardMaterial,
  radiusM: number,
  meshes: readonly THREE.Mesh[],
): void {
  const uniforms = {
    hairRadius: { value: radiusM },
    hairViewportPx: { value: 720 },
  };
  material.transparent = true;
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    widenToHairlines(shader);
  };
  material.customProgramCacheKey = () => 'hairline';
  for (const mesh of meshes)
    mesh.onBeforeRender = (renderer) => {
      const target = renderer.getRenderTarget();
      uniforms.hairViewportPx.value = target
        ? target.height
        : renderer.getDrawingBufferSize(viewport).y;
    };
}

/** Rewrites three's standard shader; throws if its chunks moved, rather than widening nothing. */
export function widenToHairlines(shader: { vertexShader: string; fragmentShader: string }): void {
  shader.vertexShader = patch(
    patch(
      shader.vertexShader,
      '#include <common>',
      '#include <common>\nuniform float hairRadius;\nuniform float hairViewportPx;\nvarying float vHairCoverage;',
    ),
    '#include <project_vertex>',
    `#include <project_vertex>
	{
		// The rod's radius in view space, and in pixels at this depth.
		float radiusView = hairRadius * length(modelViewMatrix[0].xyz);
		float pxPerView = 0.5 * hairViewportPx * projectionMatrix[1][1] / max(-mvPosition.z, 1e-9);
		float grow = max(1.0, ${HAIRLINE_MIN_PX.toFixed(2)} * 0.5 / max(radiusView * pxPerView, 1e-9));
		mvPosition.xyz += normalize(transformedNormal) * radiusView * (grow - 1.0);
		gl_Position = projectionMatrix * mvPosition;
		vHairCoverage = 1.0 / grow;
	}`,
  );
  shader.fragmentShader = patch(
    patch(
      shader.fragmentShader,
      '#include <common>',
      '#include <common>\nvarying float vHairCoverage;',
    ),
    '#include <alphatest_fragment>',
    'diffuseColor.a *= vHairCoverage;\n#include <alphatest_fragment>',
  );
}

const patch = (source: string, anchor: string, replacement: string) =>
  replaceOnce(source, anchor, replacement, 'hairline shader');
