/**
 * The International Space Station's power and heat (iss.ts places them): the eight solar-array
 * wings, Zvezda's arrays and the main radiators. Sizes come from ISS_DIMENSIONS in iss.ts, with
 * their sources; axes as there (+X forward, +Y zenith, the truss along Z).
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import { mergeParts } from './parts.ts';

export interface WingDimensions {
  readonly wingPairSpanM: number;
  readonly wingLengthM: number;
  readonly wingWidthM: number;
  readonly wingPanelsPerBlanket: number;
  readonly wingCount: number;
}

export interface RadiatorDimensions {
  readonly radiatorLengthM: number;
  readonly radiatorWidthM: number;
}

/** Eight wings from one geometry: two blankets of panels either side of the mast. */
export function buildWings(d: WingDimensions, pairZ: readonly number[]): THREE.InstancedMesh {
  const root = (d.wingPairSpanM - 2 * d.wingLengthM) / 2;
  const mastGap = 0.6;
  const blanketWidth = (d.wingWidthM - mastGap) / 2;
  const gap = 0.08;
  const panelLength = (d.wingLengthM - gap * (d.wingPanelsPerBlanket - 1)) / d.wingPanelsPerBlanket;
  const panels: THREE.BufferGeometry[] = [];
  for (const side of [1, -1]) {
    for (let i = 0; i < d.wingPanelsPerBlanket; i++) {
      panels.push(
        new THREE.BoxGeometry(panelLength, 0.05, blanketWidth).translate(
          root + i * (panelLength + gap) + panelLength / 2,
          0,
          side * (mastGap / 2 + blanketWidth / 2),
        ),
      );
    }
  }
  const wings = new THREE.InstancedMesh(
    mergeParts(panels),
    finish('amber-cells', { repeat: [14, 8] }),
    d.wingCount,
  );
  wings.name = 'solar-wings';
  const place = new THREE.Matrix4();
  let i = 0;
  for (const side of [1, -1]) {
    for (const z of pairZ) {
      for (const turn of [0, Math.PI]) {
        place.makeRotationY(turn).setPosition(0, 0, side * z);
        wings.setMatrixAt(i++, place);
      }
    }
  }
  wings.computeBoundingBox();
  wings.computeBoundingSphere();
  return wings;
}

/** The main radiators: three panels a side off the inboard truss, reaching aft and down. */
export function buildRadiators(d: RadiatorDimensions): THREE.Mesh {
  const panels: THREE.BufferGeometry[] = [];
  const tilt = new THREE.Matrix4().makeRotationZ(THREE.MathUtils.degToRad(30));
  for (const side of [1, -1]) {
    for (let i = 0; i < 3; i++) {
      const z = side * (11 + i * 4);
      panels.push(
        new THREE.BoxGeometry(d.radiatorLengthM, 0.12, d.radiatorWidthM)
          .translate(-d.radiatorLengthM / 2 - 2.2, 0, 0)
          .applyMatrix4(tilt)
          .translate(0, -1.5, z),
      );
    }
  }
  const radiators = new THREE.Mesh(
    mergeParts(panels),
    finish('white-radiator', { repeat: [24, 1] }),
  );
  radiators.name = 'radiators';
  return radiators;
}

/** Zvezda's two wings, 29.7 m tip to tip, illustrative. */
export function buildZvezdaArrays(x: number, axisY: number): THREE.Mesh {
  const panels: THREE.BufferGeometry[] = [];
  for (const side of [1, -1]) {
    for (let i = 0; i < 4; i++) {
      const z = side * (2.3 + 0.3 + i * 3.1 + 1.5);
      panels.push(new THREE.BoxGeometry(3.4, 0.05, 3.0).translate(x, axisY, z));
    }
  }
  const arrays = new THREE.Mesh(mergeParts(panels), finish('solar-cells', { repeat: [10, 4] }));
  arrays.name = 'zvezda-arrays';
  return arrays;
}
