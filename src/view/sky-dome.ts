/**
 * The sky seen from within the air on the cheap tier: a mesh of directions around the eye, so the
 * air's light can be marched per vertex (atmosphere-material.ts, SKY_DOME) instead of per pixel
 * over the whole screen. A software renderer ran that per-pixel march on every pixel of a view
 * from the ground or a parachute, ground pixels included (their rays are only discarded after it).
 *
 * Each vertex holds an azimuth (x) and a ring parameter s (y); the shader turns s into an
 * elevation about the eye's horizon, which moves with altitude. Rings crowd towards s = 0, the
 * horizon, where the sky's light changes fastest. Below the horizon the dome reaches only a skirt
 * of a few degrees, enough to cover the rays that pass under the sphere's horizon but over the
 * Earth mesh's (its polygons lie inside the sphere): the ground itself, often most of the view,
 * gets no fragments from it at all.
 */
import * as THREE from 'three';

/** Columns of vertices around the eye, 3.75° apart: fewer left a faint facet along the horizon. */
export const SKY_DOME_SEGMENTS = 96;
/** Rings of vertices from the horizon to the zenith. */
export const SKY_DOME_RINGS = 16;
/** How far below the horizon the skirt reaches: past the Earth mesh's horizon at any altitude. */
export const SKY_DOME_SKIRT_RAD = (4 * Math.PI) / 180;
/** How far the horizon ring stands above the true horizon. */
export const HORIZON_LIFT_RAD = 0.0005;

/** The ring parameters: the skirt (−1, −½), then 0 (horizon) … 1 (zenith). */
export function skyDomeRings(rings = SKY_DOME_RINGS): number[] {
  return [-1, -0.5, ...Array.from({ length: rings + 1 }, (_, i) => i / rings)];
}

/**
 * Elevation (radians above the level) of ring parameter `s` for an eye whose horizon lies `dipRad`
 * below the level (the shader computes the same). Above the horizon, s² spacing: the rings next
 * to it are under a degree apart. The horizon ring sits just above the true horizon, so its ray
 * reaches space and its light is the bright band just over the ground.
 */
export function skyDomeElevation(s: number, dipRad: number): number {
  const horizon = -dipRad + HORIZON_LIFT_RAD;
  return s >= 0 ? horizon + (Math.PI / 2 - horizon) * s * s : horizon + s * SKY_DOME_SKIRT_RAD;
}

export function skyDomeGeometry(
  segments = SKY_DOME_SEGMENTS,
  ringCount = SKY_DOME_RINGS,
): THREE.BufferGeometry {
  const rings = skyDomeRings(ringCount);
  const positions: number[] = [];
  for (const s of rings)
    for (let j = 0; j <= segments; j++) positions.push((j / segments) * 2 * Math.PI, s, 0);
  const index: number[] = [];
  const row = segments + 1;
  for (let i = 0; i < rings.length - 1; i++)
    for (let j = 0; j < segments; j++) {
      const a = i * row + j;
      index.push(a, a + 1, a + row, a + 1, a + row + 1, a + row);
    }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  geometry.setIndex(index);
  return geometry;
}
