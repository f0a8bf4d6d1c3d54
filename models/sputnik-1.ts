/**
 * Sputnik-1 (PS-1), procedural, in metres.
 *
 * Sources: sphere 58 cm, polished; four antennas in two pairs, 2.4 m and 2.9 m, all sweeping back
 * to one side at 35° to the long axis (SP-W, SP-LQ: docs/SOURCES.md); the sphere polished to a
 * high sheen (FIN-SPN); two hemispheres joined at a bolted flange, each antenna in a socket on
 * the forward one (FIN-SPN photographs; the flange's and sockets' size is illustrative).
 * Axes: +X is the direction of flight (antennas trail towards −X).
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import { drawAsHairlines } from './hairline.ts';
import type { ModelSpec } from './model-spec.ts';
import { latheAlongX, mergeParts } from './parts.ts';

export const SPUTNIK_1_DIMENSIONS = {
  sphereDiameterM: 0.58, // SP-W
  antennaLengthsM: [2.4, 2.4, 2.9, 2.9], // SP-W: two pairs
  antennaSweepDeg: 35, // SP-W: to the long axis
  antennaRootOffsetDeg: 35, // where the antennas leave the sphere, ahead of the equator
  antennaDiameterM: 0.012,
  flangeWidthM: 0.015, // illustrative
  flangeHeightM: 0.004, // illustrative
  socketLengthM: 0.06, // illustrative
} as const;

export function buildSputnik1(): THREE.Group {
  const d = SPUTNIK_1_DIMENSIONS;
  const radius = d.sphereDiameterM / 2;
  const group = new THREE.Group();
  group.name = 'sputnik-1';

  // A mirror: what it shows is the Earth and the Sun it reflects. The flange where the
  // hemispheres meet is of the same polished alloy, so one draw with the sphere.
  const flange = latheAlongX(
    [
      [-d.flangeWidthM / 2, radius - 0.002],
      [-d.flangeWidthM / 2, radius + d.flangeHeightM],
      [d.flangeWidthM / 2, radius + d.flangeHeightM],
      [d.flangeWidthM / 2, radius - 0.002],
    ],
    96,
  );
  const sphere = new THREE.Mesh(
    mergeParts([new THREE.SphereGeometry(radius, 64, 48), flange]),
    finish('polished-aluminium'),
  );
  sphere.name = 'sphere';
  group.add(sphere);

  const antennaMaterial = finish('bright-metal');
  const sockets: THREE.BufferGeometry[] = [];
  const sweep = THREE.MathUtils.degToRad(d.antennaSweepDeg);
  const rootAngle = THREE.MathUtils.degToRad(d.antennaRootOffsetDeg);
  const rods: THREE.Mesh[] = [];
  d.antennaLengthsM.forEach((length, index) => {
    // Four roots around the forward half of the sphere, 90° apart about the flight axis.
    const roll = (index * Math.PI) / 2 + Math.PI / 4;
    const outward = new THREE.Vector3(0, Math.cos(roll), Math.sin(roll));
    const root = new THREE.Vector3(Math.cos(rootAngle) * radius * 0.2, 0, 0).addScaledVector(
      outward,
      radius * 0.98,
    );
    const direction = new THREE.Vector3(-Math.cos(sweep), 0, 0)
      .addScaledVector(outward, Math.sin(sweep))
      .normalize();
    const rod = new THREE.Mesh(
      new THREE.CylinderGeometry(d.antennaDiameterM / 2, d.antennaDiameterM / 2, length, 6),
      antennaMaterial,
    );
    rod.name = 'antenna';
    rod.position.copy(root).addScaledVector(direction, length / 2);
    rod.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), direction);
    group.add(rod);
    rods.push(rod);
    const socket = new THREE.CylinderGeometry(
      d.antennaDiameterM * 1.3,
      d.antennaDiameterM * 1.8,
      d.socketLengthM,
      10,
    )
      .translate(0, d.socketLengthM / 2 - 0.01, 0)
      .applyQuaternion(rod.quaternion)
      .translate(root.x, root.y, root.z);
    sockets.push(socket);
  });
  const socketsMesh = new THREE.Mesh(mergeParts(sockets), antennaMaterial);
  socketsMesh.name = 'antenna-sockets';
  group.add(socketsMesh);
  // The whips are a centimetre thick: sub-pixel at every distance the camera shows them.
  drawAsHairlines(antennaMaterial, d.antennaDiameterM / 2, [...rods, socketsMesh]);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'sputnik-1',
  lengthM: 2.9, // the longer antennas (SP-W)
  boundsM: { min: [-2.34, -1.39, -1.39], max: [0.29, 1.39, 1.18] },
  ports: {},
  sources: ['SP-W', 'SP-LQ', 'FIN-SPN'],
  build: buildSputnik1,
};
