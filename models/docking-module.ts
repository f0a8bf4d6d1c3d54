/**
 * ASTP Docking Module (DM), procedural, in metres.
 *
 * Sources (docs/SOURCES.md): 3.15 m long, 1.4 m max diameter, 2,012 kg (A-AXDM; NASA history
 * rounds the size to "3 m × 1.5 m", A-HIST; SP-4012 gives 2,006 kg, A-4012); a welded aluminium
 * cylinder with four spherical gas tanks outside the hull in two insulated pairs; the Apollo end a
 * tapered bulkhead with a standard Apollo drogue, the Soyuz end an APAS-75 androgynous unit
 * (A-AXDM, A-4012, A-HIST, A-RP50, A-APAS). The 3.15 m is taken between the two interface planes and the 1.4 m as
 * the hull's: the tanks stand outside it, which may be NASA's extra 10 cm. Tank size and place
 * (on the tapered bulkhead), the taper, the drogue's depth and the Apollo ring's size are
 * illustrative.
 * Axes: +X is the Soyuz (APAS) end, −X the Apollo end; origin halfway between the interfaces.
 * Hard-docked to Apollo the DM keeps the CSM's axes: its Apollo end sits on the CM tunnel ring
 * (APOLLO_CSM_TUNNEL_RING_X), the probe inside the drogue. Docked to Soyuz, the Soyuz is turned
 * half a turn about Y with its APAS face on DM_APAS_FACE_X. Stowed in the S-IVB adapter the DM
 * is turned half a turn about Y (see s-ivb.ts).
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import type { ModelSpec } from './model-spec.ts';
import { buildApas75 } from './apas-75.ts';
import { latheAlongX, radial } from './parts.ts';

export const DM_DIMENSIONS = {
  lengthM: 3.15, // A-AXDM: between the interface planes
  maxDiameterM: 1.4, // A-AXDM: the hull (A-HIST: "3 m × 1.5 m")
  massKg: 2012, // A-AXDM (A-4012: 2,006)
  tankCount: 4, // A-AXDM: in two pairs
  tankDiameterM: 0.36, // illustrative
  tankPairSpreadDeg: 40, // between the two tanks of a pair, illustrative
  taperLengthM: 0.62, // the Apollo-end bulkhead, illustrative
  apolloRingOuterDiameterM: 1.0, // illustrative
  apolloRingInnerDiameterM: 0.7, // the drogue's mouth, illustrative
  apolloRingDepthM: 0.1, // illustrative
  drogueDepthM: 0.55, // illustrative; the CSM probe (0.40 m) must fit inside it
} as const;

const d = DM_DIMENSIONS;

/** x of the Apollo-end interface plane (meets the CM docking-tunnel ring). */
export const DM_APOLLO_END_X = -d.lengthM / 2;
/** x of the APAS-75 mating plane (meets the Soyuz's). */
export const DM_APAS_FACE_X = d.lengthM / 2;

export function buildDockingModule(): THREE.Group {
  const group = new THREE.Group();
  group.name = 'docking-module';
  const hullRadius = d.maxDiameterM / 2;
  const ringBack = DM_APOLLO_END_X + d.apolloRingDepthM;
  const taperEnd = ringBack + d.taperLengthM;
  const ringOuter = d.apolloRingOuterDiameterM / 2;
  const ringInner = d.apolloRingInnerDiameterM / 2;
  // The hull stops short of the APAS collar; the collar closes the gap to the ring.
  const collarLength = 0.15;
  const hullFrontX = DM_APAS_FACE_X - 0.12 - collarLength;

  const white = finish('white-paint');
  // Tapered bulkhead and cylinder in one; the forward bulkhead (the Soyuz-side hatch) shows
  // through the APAS ring's bore, the aft one is the drogue.
  const hull = new THREE.Mesh(
    latheAlongX([
      [ringBack, ringOuter],
      [taperEnd, hullRadius],
      [hullFrontX, hullRadius],
      [hullFrontX, 0],
    ]),
    white,
  );
  hull.name = 'hull';
  group.add(hull);

  const metal = finish('machined-metal');
  const apolloRing = new THREE.Mesh(
    latheAlongX([
      [DM_APOLLO_END_X, ringInner],
      [DM_APOLLO_END_X, ringOuter],
      [ringBack, ringOuter],
    ]),
    metal,
  );
  apolloRing.name = 'apollo-ring';
  group.add(apolloRing);

  // The drogue is seen from inside, through the ring: a two-sided cone, apex pointing inboard.
  const drogueMaterial = finish('machined-metal', { side: THREE.DoubleSide, color: 0x8c9197 });
  const drogue = new THREE.Mesh(
    latheAlongX([
      [DM_APOLLO_END_X, ringInner],
      [DM_APOLLO_END_X + d.drogueDepthM, 0],
    ]),
    drogueMaterial,
  );
  drogue.name = 'drogue';
  group.add(drogue);

  const [apasRing, apasPetals] = buildApas75({
    faceX: DM_APAS_FACE_X,
    collarRadiusM: hullRadius,
    collarLengthM: collarLength,
  });
  group.add(apasRing, apasPetals);

  // Two pairs, above and below, nested on the taper where the hull is narrowest. One instanced
  // draw for the four.
  const tanks = new THREE.InstancedMesh(
    new THREE.SphereGeometry(d.tankDiameterM / 2, 16, 12),
    // Insulated (A-AXDM): wrapped in blankets.
    finish('white-blanket', { repeat: [8, 4] }),
    d.tankCount,
  );
  tanks.name = 'gas-tanks';
  const tankX = ringBack + d.taperLengthM * 0.45;
  const hullAtTank = ringOuter + (hullRadius - ringOuter) * 0.45;
  const tankRadial = hullAtTank + d.tankDiameterM / 2 - 0.04;
  const spread = THREE.MathUtils.degToRad(d.tankPairSpreadDeg / 2);
  const place = new THREE.Matrix4();
  [0, Math.PI].forEach((pairRoll, pair) => {
    [-spread, spread].forEach((offset, j) => {
      const at = radial(pairRoll + offset).multiplyScalar(tankRadial);
      tanks.setMatrixAt(pair * 2 + j, place.makeTranslation(tankX, at.y, at.z));
    });
  });
  tanks.computeBoundingBox();
  group.add(tanks);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'docking-module',
  lengthM: d.lengthM,
  boundsM: { min: [-1.58, -0.87, -0.7], max: [1.85, 0.87, 0.7] },
  ports: {
    apas: { positionM: [DM_APAS_FACE_X, 0, 0], axis: [1, 0, 0] },
    drogue: { positionM: [DM_APOLLO_END_X, 0, 0], axis: [-1, 0, 0] },
  },
  sources: ['A-AXDM', 'A-4012', 'A-HIST', 'A-RP50', 'A-APAS'],
  build: buildDockingModule,
};
