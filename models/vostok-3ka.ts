/**
 * Vostok 3KA (Vostok-1), procedural, in metres.
 *
 * Sources (docs/SOURCES.md): 4.4 m long without antennas, max diameter 2.43 m
 * (V-GCTC, V-SC); descent sphere 2.3 m with three portholes (V-YG); instrument module 2.25 m long,
 * 2.43 m wide, biconical, with a collar of N2/O2 tanks at the joint (V-SC, V-YG). Antenna sizes
 * are not documented: the whips here are illustrative. The sphere wears a reflective coating
 * over its heat shield (FIN-VOS), the module aluminium paint.
 * Axes: +X is the descent sphere's end (the direction of flight); the module trails towards −X.
 * Origin: the centre of the descent sphere. The module's parts are named ('instrument-module',
 * 'gas-tanks', 'module-antenna') so a scene can let the sphere come down alone.
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import { drawAsHairlines } from './hairline.ts';
import type { ModelSpec } from './model-spec.ts';

/** The whips' radius (illustrative, as the whips are). */
const WHIP_RADIUS_M = 0.01;

export const VOSTOK_3KA_DIMENSIONS = {
  sphereDiameterM: 2.3, // V-YG
  moduleLengthM: 2.25, // V-SC
  moduleMaxDiameterM: 2.43, // V-GCTC
  overallLengthM: 4.4, // V-GCTC, without antennas
  tankCount: 16, // collar of gas tanks at the joint (count illustrative)
  portholes: 3, // V-YG
} as const;

export function buildVostok3ka(): THREE.Group {
  const d = VOSTOK_3KA_DIMENSIONS;
  const group = new THREE.Group();
  group.name = 'vostok-3ka';
  const sphereRadius = d.sphereDiameterM / 2;
  // Sphere and module overlap so the whole is 4.4 m: the module's top nests under the sphere.
  const overlap = d.sphereDiameterM + d.moduleLengthM - d.overallLengthM;
  const jointX = -sphereRadius + overlap;

  const heatShield = finish('thermal-coating');
  const sphere = new THREE.Mesh(new THREE.SphereGeometry(sphereRadius, 48, 32), heatShield);
  sphere.name = 'descent-sphere';
  group.add(sphere);

  const glass = finish('glass');
  for (let i = 0; i < d.portholes; i++) {
    const angle = (i * 2 * Math.PI) / d.portholes;
    const normal = new THREE.Vector3(0.35, Math.cos(angle), Math.sin(angle)).normalize();
    const porthole = new THREE.Mesh(new THREE.CircleGeometry(0.14, 24), glass);
    porthole.position.copy(normal).multiplyScalar(sphereRadius + 0.005);
    porthole.quaternion.setFromUnitVectors(new THREE.Vector3(0, 0, 1), normal);
    group.add(porthole);
  }

  // Twelve panels around; the lathe's v runs by profile point, so no lines across it.
  const moduleMaterial = finish('silver-paint', { repeat: [12, 0] });
  const r = d.moduleMaxDiameterM / 2;
  // Biconical profile along the module (lathe around Y, then turned to lie along −X).
  // Walked from the far end back to the joint, so the lathe's normals face outwards.
  const profile = [
    new THREE.Vector2(0.0, -d.moduleLengthM),
    new THREE.Vector2(0.35, -d.moduleLengthM),
    new THREE.Vector2(0.72, -d.moduleLengthM + 0.1),
    new THREE.Vector2(r, -0.75),
    new THREE.Vector2(0.95, 0),
    new THREE.Vector2(0.0, 0),
  ];
  const instrumentModule = new THREE.Mesh(new THREE.LatheGeometry(profile, 48), moduleMaterial);
  instrumentModule.name = 'instrument-module';
  instrumentModule.rotation.z = -Math.PI / 2;
  instrumentModule.position.x = jointX;
  group.add(instrumentModule);

  const tankMaterial = finish('bright-metal');
  // One instanced draw for the whole collar instead of one per tank.
  const tanks = new THREE.InstancedMesh(
    new THREE.SphereGeometry(0.17, 16, 12),
    tankMaterial,
    d.tankCount,
  );
  tanks.name = 'gas-tanks';
  const place = new THREE.Matrix4();
  for (let i = 0; i < d.tankCount; i++) {
    const angle = (i * 2 * Math.PI) / d.tankCount;
    tanks.setMatrixAt(
      i,
      place.makeTranslation(jointX - 0.18, 1.02 * Math.cos(angle), 1.02 * Math.sin(angle)),
    );
  }
  group.add(tanks);

  const whipMaterial = finish('bright-metal');
  const whips: THREE.Mesh[] = [];
  const whip = (
    length: number,
    from: THREE.Vector3,
    direction: THREE.Vector3,
    name = 'antenna',
  ) => {
    const rod = new THREE.Mesh(
      new THREE.CylinderGeometry(WHIP_RADIUS_M, WHIP_RADIUS_M, length, 6),
      whipMaterial,
    );
    rod.name = name;
    rod.position.copy(from).addScaledVector(direction, length / 2);
    rod.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), direction);
    group.add(rod);
    whips.push(rod);
  };
  whip(
    1.6,
    new THREE.Vector3(sphereRadius * 0.7, sphereRadius * 0.7, 0),
    new THREE.Vector3(0.6, 0.8, 0).normalize(),
  );
  whip(
    1.6,
    new THREE.Vector3(sphereRadius * 0.7, -sphereRadius * 0.7, 0),
    new THREE.Vector3(0.6, -0.8, 0).normalize(),
  );
  // On the instrument module: it goes with the module when the two part before re-entry.
  whip(
    1.2,
    new THREE.Vector3(jointX - 1.8, 0, 0.85),
    new THREE.Vector3(-0.3, 0, 1).normalize(),
    'module-antenna',
  );
  // Two centimetres thick: sub-pixel at every distance the camera shows them.
  drawAsHairlines(whipMaterial, WHIP_RADIUS_M, whips);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'vostok-3ka',
  lengthM: VOSTOK_3KA_DIMENSIONS.overallLengthM,
  boundsM: { min: [-3.25, -2.1, -1.22], max: [1.78, 2.1, 2.01] },
  ports: {},
  sources: ['V-GCTC', 'V-SC', 'V-YG', 'FIN-VOS'],
  build: buildVostok3ka,
};
