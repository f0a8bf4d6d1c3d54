/**
 * The main parachute of the Vostok and Voskhod descent spheres, procedural, in metres: the capsule
 * came down under its own canopy (V-W; V2-SF: Voskhod's soft-landing rocket hung in its lines).
 *
 * Not documented in the sources used, so illustrative: the canopy's size and colours, its lines'
 * length. A round canopy 25 m across (490 m²) is what lands a 2.46 t sphere (V-SC) at about 10 m/s
 * with a drag coefficient of 0.8 (2mg / (ρ·Cd·v²), sea-level air; CALC).
 * Axes: +Y is up, the canopy above the lines (the scene keeps +Y away from the Earth). Origin:
 * where the lines meet, on top of the sphere.
 */
import * as THREE from 'three';
import { buildCanopy } from './canopy.ts';
import type { ModelSpec } from './model-spec.ts';

export const CAPSULE_PARACHUTE_DIMENSIONS = {
  canopyDiameterM: 25,
  canopyHeightM: 8.5,
  riggingM: 22,
  lines: 24,
} as const;

export function buildCapsuleParachute(): THREE.Group {
  const group = new THREE.Group();
  group.name = 'capsule-parachute';
  group.add(...buildCanopy(CAPSULE_PARACHUTE_DIMENSIONS, 0.03));
  return group;
}

export const MODEL: ModelSpec = {
  id: 'capsule-parachute',
  lengthM: CAPSULE_PARACHUTE_DIMENSIONS.riggingM + CAPSULE_PARACHUTE_DIMENSIONS.canopyHeightM,
  boundsM: { min: [-12.53, -0.02, -12.53], max: [12.53, 30.5, 12.53] },
  ports: {},
  sources: ['V-W', 'V2-SF', 'V-SC'],
  build: buildCapsuleParachute,
};
