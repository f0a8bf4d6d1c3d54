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
  const rimY = harnessY + d.riggingM;
  const radius = d.canopyDiameterM / 2;

  // Canopy: a flattened half sphere, open below, white and orange gores as one mesh each.
  const canopyMaterial = (color: number) =>
    new THREE.MeshStandardMaterial({ color, roughness: 0.85, side: THREE.DoubleSide });
  const gores = (offset: number) =>
    mergeParts(
      Array.from({ length: 6 }, (_, i) =>
        new THREE.SphereGeometry(
          radius,
          6,
          10,
          ((2 * i + offset) * Math.PI) / 6,
          Math.PI / 6,
          0,
          Math.PI / 2,
        )
          .scale(1, d.canopyHeightM / radius, 1)
          .translate(0, rimY, 0),
      ),
    );
  const white = new THREE.Mesh(gores(0), canopyMaterial(0xf2f0ea));
  white.name = 'canopy';
  const orange = new THREE.Mesh(gores(1), canopyMaterial(0xe2572b));
  orange.name = 'canopy';
  group.add(white, orange);

  // Rigging: lines from the rim to the harness.
  const harness = new THREE.Vector3(0, harnessY, 0);
  const lines = mergeParts(
    Array.from({ length: d.lines }, (_, i) => {
      const a = (i / d.lines) * Math.PI * 2;
      return rod(
        new THREE.Vector3(Math.cos(a) * radius, rimY, Math.sin(a) * radius),
        harness,
        0.01,
      );
    }),
  );
  const rigging = new THREE.Mesh(
    lines,
    new THREE.MeshStandardMaterial({ color: 0xd8d4c8, roughness: 0.9 }),
  );
  rigging.name = 'rigging';
  group.add(rigging);

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
