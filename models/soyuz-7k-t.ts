/**
 * Soyuz 7K-T, the station ferry of the Salyut-6 years (Soyuz-35, Soyuz-36), procedural, in metres.
 *
 * Sources (docs/SOURCES.md): 7.48 m long, 2.72 m across; no solar arrays, two long whip antennas
 * in their place, batteries for two days of free flight (7KT-W, S36-DE); the modules shaped as
 * the 7K-TM's (A-RP48, A-ASI), with the same engines, so the 7K-TM model's three modules and
 * their fittings are reused as they stand (soyuz-details.ts); a
 * probe-and-drogue docking unit on the orbital module (7KT-W). The 7.48 m is read as for the
 * 7K-TM: from the service module's aft face to the docking collar's mating plane, which leaves
 * the collar the same 0.34 m the APAS took; the probe reaches past it. Illustrative: the probe's
 * reach and head, the whips' length and rake, the rendezvous antenna's boom and dish.
 * Colours: the 7K-TM's (grey-green blankets, a lighter service module), bare metal docking unit.
 * Axes: +X is forward, the probe's end; the whips stand out along ±Z. Origin: the joint between
 * the descent and orbital modules, as on the 7K-TM.
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import { drawAsHairlines, PER_VERTEX, withHairRadius } from './hairline.ts';
import type { ModelSpec } from './model-spec.ts';
import { latheAlongX, mergeParts, radial, rod } from './parts.ts';
import { buildSoyuz7kTm, SOYUZ_7KTM_DIMENSIONS } from './soyuz-7k-tm.ts';
import { SOYUZ_DETAIL_SOURCES } from './soyuz-details.ts';

export const SOYUZ_7KT_DIMENSIONS = {
  overallLengthM: 7.48, // 7KT-W: here to the docking collar's mating plane
  maxDiameterM: 2.72, // 7KT-W
  orbitalModuleLengthM: SOYUZ_7KTM_DIMENSIONS.orbitalModuleLengthM, // A-ASI
  descentModuleLengthM: SOYUZ_7KTM_DIMENSIONS.descentModuleLengthM, // A-ASI
  serviceModuleLengthM: SOYUZ_7KTM_DIMENSIONS.serviceModuleLengthM, // A-ASI
  collarDiameterM: 1.1, // illustrative
  probeReachM: 0.3, // illustrative: probe tip past the mating plane
  whipLengthM: 2.6, // illustrative
} as const;

const d = SOYUZ_7KT_DIMENSIONS;
/** The whips' and the rendezvous antenna's boom's radii (illustrative). */
const WHIP_RADIUS_M = 0.012;
const BOOM_RADIUS_M = 0.02;

/** x of the docking collar's mating plane: where the station's drogue ring meets it. */
export const SOYUZ_7KT_MATING_X =
  d.overallLengthM - d.descentModuleLengthM - d.serviceModuleLengthM;
/** x of the probe's tip, inside the station's drogue when docked. */
export const SOYUZ_7KT_PROBE_TIP_X = SOYUZ_7KT_MATING_X + d.probeReachM;

export const SOYUZ_7KT_PORTS: Record<
  string,
  { positionM: [number, number, number]; axis: [number, number, number] }
> = {
  probe: { positionM: [SOYUZ_7KT_MATING_X, 0, 0], axis: [1, 0, 0] },
};

/** Everything of the 7K-TM but its arrays and its APAS unit (soyuz-details.ts: the fittings). */
const KEPT_FROM_7KTM = [
  'orbital-module',
  'descent-module',
  'service-module',
  'radiator',
  'engines',
  'fittings',
  'windows',
];

export function buildSoyuz7kT(): THREE.Group {
  const group = new THREE.Group();
  group.name = 'soyuz-7k-t';
  const tm = buildSoyuz7kTm();
  for (const part of [...tm.children]) {
    if (KEPT_FROM_7KTM.includes(part.name)) group.add(part);
    else (part as THREE.Mesh).geometry?.dispose();
  }

  const metal = finish('machined-metal');
  // Collar from the orbital module's nose to the mating plane; its face is a ring round the probe.
  const omEndX = d.orbitalModuleLengthM;
  const collar = d.collarDiameterM / 2;
  const probeBase = SOYUZ_7KT_MATING_X - 0.12;
  const dockingUnit = new THREE.Mesh(
    mergeParts([
      latheAlongX([
        [omEndX - 0.05, 0],
        [omEndX - 0.05, collar - 0.1],
        [omEndX + 0.08, collar],
        [SOYUZ_7KT_MATING_X - 0.03, collar],
        [SOYUZ_7KT_MATING_X, collar - 0.03],
        [SOYUZ_7KT_MATING_X, 0.4],
        [probeBase, 0.3],
        [probeBase, 0],
      ]),
      // The probe: a rod on a short cone, a capture head at its tip.
      latheAlongX([
        [probeBase, 0],
        [probeBase, 0.16],
        [SOYUZ_7KT_MATING_X + 0.02, 0.05],
        [SOYUZ_7KT_PROBE_TIP_X - 0.07, 0.035],
        [SOYUZ_7KT_PROBE_TIP_X - 0.06, 0.06],
        [SOYUZ_7KT_PROBE_TIP_X, 0],
      ]),
    ]),
    metal,
  );
  dockingUnit.name = 'docking-probe';
  group.add(dockingUnit);

  // Whips raked forward from the propulsion compartment, where the 7K-TM carries its arrays; the
  // rendezvous antenna's boom and dish on the orbital module's shoulder.
  const smAftRadius = SOYUZ_7KTM_DIMENSIONS.serviceModuleAftDiameterM / 2;
  const whipRootX = -d.descentModuleLengthM - d.serviceModuleLengthM + 0.5;
  const whips: THREE.BufferGeometry[] = [];
  for (const side of [1, -1]) {
    const root = new THREE.Vector3(whipRootX, 0, side * (smAftRadius - 0.02));
    const tip = root
      .clone()
      .add(new THREE.Vector3(0.3, 0.1, side).normalize().multiplyScalar(d.whipLengthM));
    whips.push(withHairRadius(rod(root, tip, WHIP_RADIUS_M), WHIP_RADIUS_M));
  }
  const boomOut = radial(Math.PI / 4);
  const boomRoot = new THREE.Vector3(omEndX - 0.55, 0, 0).addScaledVector(boomOut, 0.95);
  const boomTip = boomRoot
    .clone()
    .add(new THREE.Vector3(0.35, 0, 0))
    .addScaledVector(boomOut, 0.55);
  whips.push(withHairRadius(rod(boomRoot, boomTip, BOOM_RADIUS_M), BOOM_RADIUS_M));
  const dishRadius = 0.16;
  const dish = latheAlongX(
    Array.from({ length: 6 }, (_, i) => {
      const r = (dishRadius * i) / 5;
      return [(0.06 * r * r) / (dishRadius * dishRadius), r] as [number, number];
    }),
    16,
  );
  // Facing forward from the boom's tip.
  whips.push(withHairRadius(dish.translate(boomTip.x, boomTip.y, boomTip.z), 0));
  const antennas = new THREE.Mesh(
    mergeParts(whips),
    finish('bright-metal', { side: THREE.DoubleSide }),
  );
  antennas.name = 'antennas';
  // The whips and the boom are sub-pixel at every distance the camera shows them; the dish is not.
  drawAsHairlines(antennas.material, PER_VERTEX, [antennas]);
  group.add(antennas);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'soyuz-7k-t',
  lengthM: d.overallLengthM,
  boundsM: { min: [-4.5, -1.48, -3.83], max: [3.28, 1.46, 3.83] },
  ports: SOYUZ_7KT_PORTS,
  sources: ['7KT-W', 'S36-DE', 'A-RP48', 'A-ASI', ...SOYUZ_DETAIL_SOURCES],
  build: buildSoyuz7kT,
};
