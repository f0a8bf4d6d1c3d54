/**
 * A round parachute, procedural, in metres: a canopy of white and orange gores (a flattened half
 * sphere, open below) and the lines from its rim down to where they meet, at the origin. +Y is up.
 * Shared by the parachutist and the capsules' main parachute; the colours are illustrative.
 */
import * as THREE from 'three';
import { drawAsHairlines } from './hairline.ts';
import { mergeParts, rod } from './parts.ts';

/** As the parachute models declare their dimensions. */
export interface CanopyShape {
  readonly canopyDiameterM: number;
  readonly canopyHeightM: number;
  /** From where the lines meet up to the canopy's rim. */
  readonly riggingM: number;
  readonly lines: number;
}

/** The canopy's two gore meshes (named 'canopy') and its lines ('rigging'). */
export function buildCanopy(shape: CanopyShape, lineRadiusM: number): THREE.Mesh[] {
  const radius = shape.canopyDiameterM / 2;
  const rimY = shape.riggingM;
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
          .scale(1, shape.canopyHeightM / radius, 1)
          .translate(0, rimY, 0),
      ),
    );
  const white = new THREE.Mesh(gores(0), canopyMaterial(0xf2f0ea));
  white.name = 'canopy';
  const orange = new THREE.Mesh(gores(1), canopyMaterial(0xe2572b));
  orange.name = 'canopy';

  const meet = new THREE.Vector3(0, 0, 0);
  const lines = mergeParts(
    Array.from({ length: shape.lines }, (_, i) => {
      const a = (i / shape.lines) * Math.PI * 2;
      return rod(
        new THREE.Vector3(Math.cos(a) * radius, rimY, Math.sin(a) * radius),
        meet,
        lineRadiusM,
      );
    }),
  );
  const rigging = new THREE.Mesh(
    lines,
    new THREE.MeshStandardMaterial({ color: 0xd8d4c8, roughness: 0.9 }),
  );
  rigging.name = 'rigging';
  drawAsHairlines(rigging.material, lineRadiusM, [rigging]);
  return [white, orange, rigging];
}
