/**
 * Alexei Leonov outside Voskhod-2 in the Berkut suit, on his tether, procedural, in metres.
 *
 * Sources (docs/SOURCES.md): the Berkut pressure suit with its helmet and the oxygen backpack
 * (V2-SF, V2-EFE); the tether 5.35 m long (V2-FAI). Illustrative: the figure's proportions (1.8 m
 * in the suit, ballooned), the pose, the tether's thickness and where it is made fast on the suit.
 * Colours: the off-white suit cover and helmet, a dark visor, a grey metal backpack (the film of
 * the spacewalk).
 * Axes: +Y runs from the feet to the helmet, +X is the way he faces (the visor), the backpack on
 * −X. Origin: the middle of the waist.
 * The tether is the child named 'tether': a slack curve of 5.35 m from the waist to the airlock's
 * hatch, SPACEWALKER_ATTACH_M.hatchM in these axes. To place him, put that point on the craft's
 * anchor (VOSKHOD_3KD_TETHER_ANCHOR_M), his +Y along the airlock's axis.
 */
import * as THREE from 'three';
import type { ModelSpec } from './model-spec.ts';
import { mergeParts } from './parts.ts';

export const SPACEWALKER_DIMENSIONS = {
  figureHeightM: 1.8, // illustrative: a 1.8 m figure in a ballooned suit
  tetherLengthM: 5.35, // V2-FAI
  tetherDiameterM: 0.035, // illustrative
  /** Straight distance from the waist to the hatch, the tether slack between. */
  defaultReachM: 4.2, // illustrative
} as const;

const d = SPACEWALKER_DIMENSIONS;
const feetY = -0.95;
const waistAttach = new THREE.Vector3(-0.17, -0.02, 0.06);

/** Where the tether meets the suit (waistM) and the hatch (hatchM), in the figure's axes. */
export function spacewalkerAttachPoints(reachM: number = d.defaultReachM): {
  waistM: [number, number, number];
  hatchM: [number, number, number];
} {
  const hatch = waistAttach.clone().add(new THREE.Vector3(-0.35, -reachM, 0.45).setLength(reachM));
  return { waistM: waistAttach.toArray(), hatchM: hatch.toArray() };
}

export const SPACEWALKER_ATTACH_M = spacewalkerAttachPoints();

/** The tether's centre line: a bow from the waist to the hatch whose length is the tether's. */
export function tetherCurve(reachM: number = d.defaultReachM): THREE.QuadraticBezierCurve3 {
  const { waistM, hatchM } = spacewalkerAttachPoints(reachM);
  const from = new THREE.Vector3(...waistM);
  const to = new THREE.Vector3(...hatchM);
  const chord = new THREE.Vector3().subVectors(to, from);
  const middle = new THREE.Vector3().addVectors(from, to).multiplyScalar(0.5);
  // Bowed out behind him, away from the suit's front.
  const behind = new THREE.Vector3(-1, 0, 0.3);
  const bow = behind.sub(chord.clone().multiplyScalar(behind.dot(chord) / chord.lengthSq()));
  bow.normalize();
  const curve = new THREE.QuadraticBezierCurve3(from, middle.clone(), to);
  curve.arcLengthDivisions = 400;
  let low = 0;
  let high: number = d.tetherLengthM;
  for (let i = 0; i < 40; i++) {
    const offset = (low + high) / 2;
    curve.v1.copy(middle).addScaledVector(bow, offset);
    curve.updateArcLengths();
    if (curve.getLength() < d.tetherLengthM) low = offset;
    else high = offset;
  }
  return curve;
}

/** A limb: a capsule of radius r from a to b. */
function limb(a: THREE.Vector3, b: THREE.Vector3, r: number): THREE.BufferGeometry {
  const along = new THREE.Vector3().subVectors(b, a);
  const geometry = new THREE.CapsuleGeometry(r, along.length(), 4, 12);
  const turn = new THREE.Quaternion().setFromUnitVectors(
    new THREE.Vector3(0, 1, 0),
    along.normalize(),
  );
  const middle = new THREE.Vector3().addVectors(a, b).multiplyScalar(0.5);
  return geometry.applyMatrix4(
    new THREE.Matrix4().compose(middle, turn, new THREE.Vector3(1, 1, 1)),
  );
}

const v = (x: number, y: number, z: number) => new THREE.Vector3(x, y, z);

export function buildSpacewalker(reachM: number = d.defaultReachM): THREE.Group {
  const group = new THREE.Group();
  group.name = 'spacewalker';
  const helmetRadius = 0.175;
  const helmetCentre = v(0.01, d.figureHeightM + feetY - helmetRadius, 0);

  // Arms a little out and forward, knees a little bent: the floating pose of the film.
  const parts: THREE.BufferGeometry[] = [
    new THREE.CapsuleGeometry(0.2, 0.34, 6, 16).scale(0.85, 1, 1.3).translate(0, 0.28, 0),
    new THREE.SphereGeometry(0.19, 16, 12).scale(0.85, 0.8, 1.15).translate(0, -0.02, 0),
    new THREE.CylinderGeometry(0.13, 0.16, 0.12, 16).translate(0, 0.6, 0),
  ];
  for (const side of [1, -1]) {
    const hip = v(0, -0.08, side * 0.11);
    const knee = v(0.08, -0.5, side * 0.14);
    const ankle = v(-0.01, feetY + 0.1, side * 0.15);
    const toe = v(0.14, feetY + 0.05, side * 0.15);
    const shoulder = v(0, 0.44, side * 0.27);
    const elbow = v(0.06, 0.17, side * 0.4);
    const wrist = v(0.22, 0.05, side * 0.37);
    parts.push(
      limb(hip, knee, 0.095),
      limb(knee, ankle, 0.082),
      limb(ankle, toe, 0.065),
      limb(shoulder, elbow, 0.078),
      limb(elbow, wrist, 0.068),
      new THREE.SphereGeometry(0.065, 12, 8).translate(wrist.x + 0.04, wrist.y - 0.02, wrist.z),
    );
  }
  const suit = new THREE.Mesh(
    mergeParts(parts),
    new THREE.MeshStandardMaterial({ color: 0xe8e5dc, metalness: 0, roughness: 0.85 }),
  );
  suit.name = 'suit';

  // The shell, open in front where the visor sits.
  const helmet = new THREE.Mesh(
    new THREE.SphereGeometry(helmetRadius, 24, 16).translate(
      helmetCentre.x,
      helmetCentre.y,
      helmetCentre.z,
    ),
    new THREE.MeshStandardMaterial({ color: 0xf1efe8, metalness: 0.1, roughness: 0.5 }),
  );
  helmet.name = 'helmet';
  // A cap of a slightly larger sphere around +X, 120° wide and 80° high.
  const visorGeometry = new THREE.SphereGeometry(
    helmetRadius + 0.008,
    20,
    12,
    Math.PI / 2 - THREE.MathUtils.degToRad(60),
    THREE.MathUtils.degToRad(120),
    THREE.MathUtils.degToRad(45),
    THREE.MathUtils.degToRad(80),
  )
    // SphereGeometry's phi runs from −X round to +Z: a 90° turn about Y puts the middle at +X.
    .rotateY(Math.PI / 2)
    .translate(helmetCentre.x, helmetCentre.y, helmetCentre.z);
  const visor = new THREE.Mesh(
    visorGeometry,
    new THREE.MeshStandardMaterial({ color: 0x1b2230, metalness: 0.8, roughness: 0.12 }),
  );
  visor.name = 'visor';

  const backpack = new THREE.Mesh(
    mergeParts([
      new THREE.BoxGeometry(0.2, 0.5, 0.42).translate(-0.29, 0.27, 0),
      new THREE.CylinderGeometry(0.05, 0.05, 0.36, 12)
        .rotateX(Math.PI / 2)
        .translate(-0.4, 0.42, 0),
    ]),
    new THREE.MeshStandardMaterial({ color: 0xaeb3b8, metalness: 0.6, roughness: 0.4 }),
  );
  backpack.name = 'backpack';

  const tether = new THREE.Mesh(
    new THREE.TubeGeometry(tetherCurve(reachM), 96, d.tetherDiameterM / 2, 6, false),
    new THREE.MeshStandardMaterial({ color: 0xd6d0bf, metalness: 0, roughness: 0.9 }),
  );
  tether.name = 'tether';

  group.add(suit, helmet, visor, backpack, tether);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'spacewalker',
  lengthM: d.figureHeightM,
  boundsM: { min: [-1.8, -4.2, -0.48], max: [0.33, 0.86, 0.75] },
  ports: {},
  sources: ['V2-SF', 'V2-EFE', 'V2-FAI'],
  build: () => buildSpacewalker(),
};
