/**
 * Saturn IB S-IVB-200 stage with its Instrument Unit and the Spacecraft–LM Adapter (SLA) opened,
 * as left behind after the CSM separated on ASTP; procedural, in metres. The SLA closed, as it
 * climbed with the CSM on top, is the part `sla-panels-closed`, hidden unless a scene shows it
 * (its `parts`, up to the separation). The Docking Module it carried is a separate body
 * (docking-module.ts).
 *
 * Sources (docs/SOURCES.md): stage 6.6 m wide, ~17.8 m long; Instrument Unit 6.6 m
 * wide, 0.91 m high (SIB-W: Saturn IB, Wikipedia; S4B-USSRC: stage sign at the U.S. Space & Rocket
 * Center, 58.5 ft / 17.8 m). SLA 8.5 m long, 6.6 m at the IU tapering to 3.9 m (SLA-USSRC: 28 ft;
 * SLA-AM: "Apollo Moonships", 21.65 ft / 12.79 ft); a fixed 2.1 m (7 ft) lower section bolted to the
 * IU and four 6.4 m (21 ft) panels hinged to it, opening from the top like petals, by 45° on the
 * Saturn V (SLA-W: Apollo spacecraft, Wikipedia; SLA-AM). The DM rode in the SLA and was pulled out
 * by the CSM's probe in its drogue (A-TDE, A-RP50).
 * Illustrative, not documented: the panels' hinge (a straight line tangent to the fixed section's
 * rim at each panel's middle) and their 45° here (after Apollo 7 the panels may have been
 * jettisoned once open: this shows them open, the state they all passed through); the J-2 bell's
 * exit (2.0 m) and reach past the stage; the APS modules' size; the DM support, its 0.5 m height.
 * Axes: +X is forward (the SLA end), the J-2 at −X. Origin: the top of the IU, the SLA's base.
 * Stowed DM: it stands on the support with its APAS end down and its Apollo end (drogue) up,
 * towards +X, so the turned-around CSM can dock to it: the DM's own axes are turned half a turn
 * about Y (S_IVB_DM_STOWED_YAW_RAD), its Apollo-end interface at S_IVB_DM_STOWED_X. Its origin is
 * then at x = S_IVB_DM_STOWED_X + DM_APOLLO_END_X on the axis.
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import type { ModelSpec } from './model-spec.ts';
import { DM_DIMENSIONS } from './docking-module.ts';
import { latheAlongX, mergeParts, radial, rod } from './parts.ts';

export const S_IVB_DIMENSIONS = {
  stageDiameterM: 6.6, // SIB-W
  stageLengthM: 17.8, // SIB-W, S4B-USSRC
  iuDiameterM: 6.6, // SIB-W
  iuHeightM: 0.91, // SIB-W
  slaLengthM: 8.5, // SLA-USSRC
  slaBaseDiameterM: 6.6, // SLA-AM
  slaTopDiameterM: 3.9, // SLA-AM
  slaFixedLengthM: 2.1, // SLA-W: 7 ft
  slaPanelCount: 4, // SLA-W
  panelOpenDeg: 45, // SLA-AM (Saturn V); see the header
  j2ExitDiameterM: 2.0, // illustrative
  j2ReachM: 1.0, // past the stage's aft end, illustrative
  dmSupportHeightM: 0.5, // illustrative
} as const;

const d = S_IVB_DIMENSIONS;

/** x of the stowed DM's Apollo-end interface (its drogue end, facing +X). */
export const S_IVB_DM_STOWED_X = d.dmSupportHeightM + DM_DIMENSIONS.lengthM;
/** The stowed DM's turn about Y relative to the stage: its +X (APAS end) points down the stage. */
export const S_IVB_DM_STOWED_YAW_RAD = Math.PI;

/** x of the panels' hinge line (top of the SLA's fixed section). */
export const S_IVB_PANEL_HINGE_X = d.slaFixedLengthM;

/** Radius of the closed SLA at x (0 at the IU top). */
export function slaRadiusAt(x: number): number {
  const base = d.slaBaseDiameterM / 2;
  const top = d.slaTopDiameterM / 2;
  return base + ((top - base) * x) / d.slaLengthM;
}

export function buildSIvb(): THREE.Group {
  const group = new THREE.Group();
  group.name = 's-ivb';
  const radius = d.stageDiameterM / 2;
  const iuBottom = -d.iuHeightM;
  const aftX = iuBottom - d.stageLengthM;

  const white = finish('white-paint', { color: 0xecece6 });
  const stage = new THREE.Mesh(
    latheAlongX([
      [aftX, 0],
      [aftX, radius],
      [iuBottom, radius],
    ]),
    white,
  );
  stage.name = 's-ivb-stage';
  group.add(stage);

  // Its top face stands for the stage's forward dome, seen inside the open adapter.
  const instrumentUnit = new THREE.Mesh(
    latheAlongX([
      [iuBottom, d.iuDiameterM / 2],
      [0, d.iuDiameterM / 2],
      [0, 0],
    ]),
    finish('white-paint', { color: 0xd2d4d0 }),
  );
  instrumentUnit.name = 'instrument-unit';
  group.add(instrumentUnit);

  // Both adapter parts are seen from inside once the panels open: two-sided.
  const adapterMaterial = finish('white-paint', { color: 0xeeeeea, side: THREE.DoubleSide });
  const hingeX = S_IVB_PANEL_HINGE_X;
  const hingeRadius = slaRadiusAt(hingeX);
  const fixed = new THREE.Mesh(
    latheAlongX([
      [0, slaRadiusAt(0)],
      [hingeX, hingeRadius],
    ]),
    adapterMaterial,
  );
  fixed.name = 'sla-fixed';
  group.add(fixed);

  // Each panel is a quarter of the closed frustum, swung outwards about the tangent to the rim at
  // its middle; all four in one draw.
  const quarter = (2 * Math.PI) / d.slaPanelCount;
  const open = THREE.MathUtils.degToRad(d.panelOpenDeg);
  const panels: THREE.BufferGeometry[] = [];
  for (let i = 0; i < d.slaPanelCount; i++) {
    const roll = quarter / 2 + i * quarter;
    const out = radial(roll);
    const hinge = new THREE.Vector3(hingeX, 0, 0).addScaledVector(out, hingeRadius);
    const axis = new THREE.Vector3(1, 0, 0).cross(out);
    const swing = new THREE.Matrix4()
      .makeTranslation(hinge.x, hinge.y, hinge.z)
      .multiply(new THREE.Matrix4().makeRotationAxis(axis, open))
      .multiply(new THREE.Matrix4().makeTranslation(-hinge.x, -hinge.y, -hinge.z));
    // latheAlongX measures phi from +Z towards −Y, a quarter turn behind the roll.
    const panel = latheAlongX(
      [
        [hingeX, hingeRadius],
        [d.slaLengthM, slaRadiusAt(d.slaLengthM)],
      ],
      16,
      roll - quarter / 2 - Math.PI / 2,
      quarter,
    );
    panels.push(panel.applyMatrix4(swing));
  }
  const slaPanels = new THREE.Mesh(mergeParts(panels), adapterMaterial);
  slaPanels.name = 'sla-panels';
  group.add(slaPanels);
  // The same four panels shut: the frustum the CSM's service module sits on during the climb.
  const closedPanels = new THREE.Mesh(
    latheAlongX([
      [hingeX, hingeRadius],
      [d.slaLengthM, slaRadiusAt(d.slaLengthM)],
    ]),
    adapterMaterial,
  );
  closedPanels.name = 'sla-panels-closed';
  closedPanels.visible = false;
  group.add(closedPanels);

  // Four legs and a ring the DM's APAS face rests on; the ring sits on the structural ring's face,
  // outside the petals that reach down past it.
  const dark = finish('machined-metal', { color: 0x6a6d72 });
  const top = d.dmSupportHeightM;
  const seat = 0.6;
  const support: THREE.BufferGeometry[] = [
    new THREE.TorusGeometry(seat, 0.03, 8, 48).rotateY(Math.PI / 2).translate(top - 0.03, 0, 0),
  ];
  for (let i = 0; i < 4; i++) {
    const out = radial(Math.PI / 4 + (i * Math.PI) / 2);
    support.push(
      rod(
        new THREE.Vector3(0, 0, 0).addScaledVector(out, 1.1),
        new THREE.Vector3(top - 0.03, 0, 0).addScaledVector(out, seat),
        0.035,
      ),
    );
  }
  const dmSupport = new THREE.Mesh(mergeParts(support), dark);
  dmSupport.name = 'dm-support';
  group.add(dmSupport);

  const exit = d.j2ExitDiameterM / 2;
  const j2 = new THREE.Mesh(
    latheAlongX([
      [aftX - d.j2ReachM, exit],
      [aftX - d.j2ReachM * 0.6, exit * 0.8],
      [aftX - d.j2ReachM * 0.25, exit * 0.6],
      [aftX, exit * 0.45],
    ]),
    finish('engine-bell', { side: THREE.DoubleSide }),
  );
  j2.name = 'j2-bell';
  group.add(j2);

  // The two Auxiliary Propulsion System pods on the aft skirt, opposite each other.
  const aps = new THREE.InstancedMesh(new THREE.BoxGeometry(1.2, 0.5, 0.9), dark, 2);
  aps.name = 'aps-modules';
  const place = new THREE.Matrix4();
  [0, Math.PI].forEach((roll, i) => {
    const at = new THREE.Vector3(aftX + 0.7, 0, 0).addScaledVector(radial(roll), radius + 0.25);
    aps.setMatrixAt(
      i,
      place.compose(
        at,
        new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(1, 0, 0), roll),
        new THREE.Vector3(1, 1, 1),
      ),
    );
  });
  aps.computeBoundingBox();
  group.add(aps);
  return group;
}

export const MODEL: ModelSpec = {
  id: 's-ivb',
  lengthM: 26.3, // the stage, its Instrument Unit and the adapter (header)
  boundsM: { min: [-19.71, -5.48, -5.48], max: [8.5, 5.48, 5.48] },
  ports: {},
  sources: ['A-RP50', 'A-TDE', 'S4B-USSRC', 'SIB-W', 'SLA-AM', 'SLA-USSRC', 'SLA-W'],
  build: buildSIvb,
};
