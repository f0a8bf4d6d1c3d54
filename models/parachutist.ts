/**
 * A cosmonaut coming down under his own parachute after ejecting (Vostok-1: Gagarin left the
 * capsule at about 7 km and landed separately, V-W, V-BBC), procedural, in metres.
 *
 * Sources: the orange pressure suit (V-AS: "the orange-suited cosmonaut"). Not documented, so
 * illustrative: the canopy's size and shape (an 8 m round canopy), the rigging's length, the
 * figure's proportions (1.75 m).
 * Axes: +Y is up, the canopy above the figure (the scene keeps +Y away from the Earth); +X is the
 * drift direction. Origin: the figure's feet, so that landed the model stands on the ground.
 */
import * as THREE from 'three';
import type { ModelSpec } from './model-spec.ts';
import { buildCanopy } from './canopy.ts';
import { mergeParts, rod } from './parts.ts';

export const PARACHUTIST_DIMENSIONS = {
  canopyDiameterM: 8,
  canopyHeightM: 2.6,
  /** From the harness up to the canopy's rim. */
  riggingM: 5.2,
  figureHeightM: 1.75,
  lines: 16,
} as const;

export function buildParachutist(): THREE.Group {
  const d = PARACHUTIST_DIMENSIONS;
  const group = new THREE.Group();
  group.name = 'parachutist';
  const harnessY = d.figureHeightM * 0.75;

  // Canopy and lines (canopy.ts), the lines meeting at the harness.
  for (const part of buildCanopy(d, 0.01)) {
    part.position.y = harnessY;
    group.add(part);
  }

  // The figure: legs, torso and a white helmet, hanging upright.
  const h = d.figureHeightM;
  const suit = mergeParts([
    rod(new THREE.Vector3(0, 0, 0.1), new THREE.Vector3(0, h * 0.48, 0.1), 0.08),
    rod(new THREE.Vector3(0, 0, -0.1), new THREE.Vector3(0, h * 0.48, -0.1), 0.08),
    rod(new THREE.Vector3(0, h * 0.45, 0), new THREE.Vector3(0, h * 0.8, 0), 0.19),
    rod(new THREE.Vector3(0, h * 0.78, 0.22), new THREE.Vector3(0, h * 0.95, 0.3), 0.06),
    rod(new THREE.Vector3(0, h * 0.78, -0.22), new THREE.Vector3(0, h * 0.95, -0.3), 0.06),
  ]);
  const figure = new THREE.Mesh(
    suit,
    new THREE.MeshStandardMaterial({ color: 0xe86a1c, roughness: 0.7 }),
  );
  figure.name = 'figure';
  const helmet = new THREE.Mesh(
    new THREE.SphereGeometry(0.15, 16, 12).translate(0, h - 0.15, 0),
    new THREE.MeshStandardMaterial({ color: 0xf4f4f0, roughness: 0.4 }),
  );
  helmet.name = 'helmet';
  group.add(figure, helmet);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'parachutist',
  lengthM: 9, // figure and open canopy, for framing
  boundsM: { min: [-4.01, 0, -4.01], max: [4.01, 9.12, 4.01] },
  ports: {},
  sources: ['V-AS', 'V-BBC', 'V-W'],
  build: buildParachutist,
};
