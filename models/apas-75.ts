/**
 * APAS-75 androgynous docking unit, procedural, in metres: one builder for both ends of the
 * Soyuz–DM joint, so the two halves that mate are the same shape.
 *
 * Sources (docs/SOURCES.md): a structural ring with a guide ring of three petals;
 * any unit mates with any other (A-APAS); 286 kg (A-AXDM). Ring and petal sizes are not documented:
 * those here are illustrative, sized to sit inside the Docking Module's 1.4 m hull (A-AXDM).
 * Axes: the unit faces +X. Its mating plane, where two docked units' structural rings touch, is
 * the ring's forward face; the petals reach past it, as they interleave with the other unit's.
 * Petals stand at roll 30°, 150° and 270° (from +Y towards +Z). Turned half a turn about Y, a unit
 * shows them at 90°, 210°, 330°, between the first unit's: two docked craft face each other that
 * way (Y kept up), so their petals never collide.
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import { latheAlongX } from './parts.ts';

export const APAS_75_DIMENSIONS = {
  ringOuterDiameterM: 1.3, // illustrative
  ringInnerDiameterM: 0.85, // the transfer passage, illustrative
  ringDepthM: 0.12, // illustrative
  petalReachM: 0.27, // past the mating plane, illustrative
  petalBaseWidthM: 0.5, // illustrative
  petalThicknessM: 0.025, // illustrative
  petalLeanDeg: 25, // towards the axis, illustrative
  petalRollsDeg: [30, 150, 270], // A-APAS: three petals; placement chosen to interleave (above)
} as const;

export interface Apas75Options {
  /** x of the mating plane in the host craft's frame. */
  faceX: number;
  /** Radius of the host hull where the collar leaves it. */
  collarRadiusM: number;
  /** Length of the collar from the hull to the back of the structural ring. */
  collarLengthM: number;
}

/**
 * The unit as two meshes: 'apas-ring' (collar and structural ring, one draw) and 'apas-petals'
 * (the three guide petals, one instanced draw).
 */
export function buildApas75({
  faceX,
  collarRadiusM,
  collarLengthM,
}: Apas75Options): [THREE.Mesh, THREE.InstancedMesh] {
  const d = APAS_75_DIMENSIONS;
  const outer = d.ringOuterDiameterM / 2;
  const inner = d.ringInnerDiameterM / 2;
  const back = faceX - d.ringDepthM;
  const metal = finish('machined-metal');

  // The ring is hollow (the crews passed through it): the section runs along the collar, over the
  // ring's face and back down its bore, so the bore faces the axis.
  const ring = new THREE.Mesh(
    latheAlongX([
      [back - collarLengthM, collarRadiusM],
      [back, outer],
      [faceX, outer],
      [faceX, inner],
      [back, inner],
    ]),
    metal,
  );
  ring.name = 'apas-ring';

  const petals = new THREE.InstancedMesh(petalGeometry(), metal, d.petalRollsDeg.length);
  petals.name = 'apas-petals';
  // Standing on the guide ring, half a ring depth behind the face, tipped towards the axis.
  const stand = new THREE.Matrix4().compose(
    new THREE.Vector3(back + d.ringDepthM / 2, (outer + inner) / 2, 0),
    new THREE.Quaternion().setFromAxisAngle(
      new THREE.Vector3(0, 0, 1),
      -THREE.MathUtils.degToRad(d.petalLeanDeg),
    ),
    new THREE.Vector3(1, 1, 1),
  );
  d.petalRollsDeg.forEach((rollDeg, i) => {
    const roll = new THREE.Matrix4().makeRotationX(THREE.MathUtils.degToRad(rollDeg));
    petals.setMatrixAt(i, roll.multiply(stand));
  });
  petals.computeBoundingBox();
  petals.computeBoundingSphere();
  return [ring, petals];
}

/**
 * One petal, its base centred on the origin, reaching along +X, its outer face towards +Y (out
 * of the ring once placed at roll 0).
 */
function petalGeometry(): THREE.BufferGeometry {
  const d = APAS_75_DIMENSIONS;
  const lean = THREE.MathUtils.degToRad(d.petalLeanDeg);
  // Long enough that, leaned and standing half a ring depth behind the face, its outer edge
  // reaches petalReachM past it.
  const length =
    (d.petalReachM + d.ringDepthM / 2 - (d.petalThicknessM / 2) * Math.sin(lean)) / Math.cos(lean);
  const half = d.petalBaseWidthM / 2;
  const shape = new THREE.Shape();
  shape.moveTo(-half, 0);
  shape.lineTo(half, 0);
  shape.lineTo(half * 0.35, length);
  shape.lineTo(-half * 0.35, length);
  shape.closePath();
  const plate = new THREE.ExtrudeGeometry(shape, { depth: d.petalThicknessM, bevelEnabled: false });
  plate.translate(0, 0, -d.petalThicknessM / 2);
  // Shape axes (across, along, through) → craft axes (Z, X, Y): a proper rotation, winding kept.
  return plate.applyMatrix4(
    new THREE.Matrix4().makeBasis(
      new THREE.Vector3(0, 0, 1),
      new THREE.Vector3(1, 0, 0),
      new THREE.Vector3(0, 1, 0),
    ),
  );
}
