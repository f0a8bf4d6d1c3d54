/**
 * Thin rods (parachute lines, whip antennas) are far narrower than a pixel at the distances the
 * camera shows them, so the rasteriser catches them only here and there: a dotted line that
 * crawls as the craft moves. A hairline widens such a rod on screen to HAIRLINE_MIN_PX across and
 * lowers its opacity in the same proportion (blended: alpha to coverage dithered it back into
 * dots), as a camera sees a cable thinner than its pixels: continuous, and fainter.
 * Close up, where the rod is wider than that, nothing changes.
 */
import * as THREE from 'three';
import { replaceOnce } from '../src/core/replace-once.ts';

/** The least width, in pixels, a hairline is drawn at. */
export const HAIRLINE_MIN_PX = 1.2;

const viewport = new THREE.Vector2();

/** A radius per vertex instead of one per material: the geometry's `hairRadius` attribute. */
export const PER_VERTEX = 'per-vertex';

/**
 * Makes `material` draw its rods (of radius `radiusM`, in the model's metres, or PER_VERTEX) as
 * hairlines. The meshes drawn with it must be passed too: each tells the shader the height of the
 * picture it is drawn into, which a vertex shader cannot know.
 */
export function drawAsHairlines(
  material: THREE.MeshStandardMaterial,
  radiusM: number | typeof PER_VERTEX,
  meshes: readonly THREE.Mesh[],
): void {
  const perVertex = radiusM === PER_VERTEX;
  const uniforms = {
    ...(perVertex ? {} : { hairRadius: { value: radiusM } }),
    hairViewportPx: { value: 720 },
  };
  material.transparent = true;
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    widenToHairlines(shader, perVertex);
  };
  material.customProgramCacheKey = () => (perVertex ? 'hairline-per-vertex' : 'hairline');
  for (const mesh of meshes)
    mesh.onBeforeRender = (renderer) => {
      const target = renderer.getRenderTarget();
      uniforms.hairViewportPx.value = target
        ? target.height
        : renderer.getDrawingBufferSize(viewport).y;
    };
}

/**
 * Marks a part to be merged into a PER_VERTEX hairline mesh: a rod of `radiusM`, or 0 for a part
 * drawn as it is (every part merged together needs the attribute).
 */
export function withHairRadius(
  geometry: THREE.BufferGeometry,
  radiusM: number,
): THREE.BufferGeometry {
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute(
    'hairRadius',
    new THREE.BufferAttribute(new Float32Array(count).fill(radiusM), 1),
  );
  return geometry;
}

/** Rewrites three's standard shader; throws if its chunks moved, rather than widening nothing. */
export function widenToHairlines(
  shader: { vertexShader: string; fragmentShader: string },
  perVertex = false,
): void {
  shader.vertexShader = patch(
    patch(
      shader.vertexShader,
      '#include <common>',
      `#include <common>\n${perVertex ? 'attribute' : 'uniform'} float hairRadius;\nuniform float hairViewportPx;\nvarying float vHairCoverage;`,
    ),
    '#include <project_vertex>',
    `#include <project_vertex>
	{
		// The rod's radius in view space, and in pixels at this depth.
		float radiusView = hairRadius * length(modelViewMatrix[0].xyz);
		float pxPerView = 0.5 * hairViewportPx * projectionMatrix[1][1] / max(-mvPosition.z, 1e-9);
		// A part that is not a rod (radius 0, PER_VERTEX) is drawn as it is.
		float grow = hairRadius > 0.0
			? max(1.0, ${HAIRLINE_MIN_PX.toFixed(2)} * 0.5 / max(radiusView * pxPerView, 1e-9))
			: 1.0;
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
