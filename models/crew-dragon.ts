/**
 * SpaceX Crew Dragon with its trunk (Ax-4's C213 "Grace"), procedural, in metres.
 *
 * Sources (docs/SOURCES.md): 8.1 m high with the trunk, 4 m across; half the trunk covered in
 * solar cells (DR-SX); the capsule about 4.4 m high and 3.7 m across (AX-FW). Read together: the
 * capsule and the trunk 3.7 m across, the trunk the 3.7 m the capsule leaves of the 8.1 m, and
 * the 4 m the span of the trunk's fins. The hinged nose cone covers the docking port at launch
 * and re-entry and stands open for docking (DR-SX); it is the child named 'nose-cone', open by
 * default. Illustrative: the side wall's slope, the docking adapter's size, the nose cone's hinge
 * and opening angle, the SuperDraco pods, windows and fins.
 * Colours: a white capsule with black trim (the pods, windows and the heat shield's edge), a
 * white radiator half and a black solar-cell half on the trunk (photographs of Crew Dragon).
 * Axes: +X is forward, the docking port; the nose cone's hinge is on the +Y side; the solar cells
 * face −Y. Origin: the joint between the capsule and the trunk.
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import type { ModelSpec } from './model-spec.ts';
import { latheAlongX, mergeParts } from './parts.ts';

export const CREW_DRAGON_DIMENSIONS = {
  heightM: 8.1, // DR-SX: with the trunk, nose cone closed
  diameterM: 4.0, // DR-SX: here across the trunk's fins
  capsuleHeightM: 4.4, // AX-FW: nose cone closed
  capsuleDiameterM: 3.7, // AX-FW
  trunkLengthM: 8.1 - 4.4, // DR-SX less AX-FW
  dockingRingDiameterM: 1.25, // illustrative
  noseOpenDeg: 110, // illustrative
} as const;

const d = CREW_DRAGON_DIMENSIONS;
const radius = d.capsuleDiameterM / 2;
/** x of the docking adapter's mating plane (under the nose cone when it is closed). */
const portX = d.capsuleHeightM - 0.55;
const topX = portX - 0.25;
const noseBaseX = topX - 0.02;
const noseBaseRadius = 0.97;
/** The nose cone's hinge: at its rim on the +Y side, turning about Z. */
export const CREW_DRAGON_NOSE_HINGE_M: [number, number, number] = [noseBaseX, noseBaseRadius, 0];
export const CREW_DRAGON_NOSE_OPEN_RAD = THREE.MathUtils.degToRad(d.noseOpenDeg);

export const CREW_DRAGON_PORTS: Record<
  string,
  { positionM: [number, number, number]; axis: [number, number, number] }
> = {
  nose: { positionM: [portX, 0, 0], axis: [1, 0, 0] },
};

/** Radius of the capsule's conical side wall at x. */
const wallRadius = (x: number) => 1.83 - ((x - 0.45) * 0.8) / 2.7;

export function buildCrewDragon(options: { noseOpen?: boolean } = {}): THREE.Group {
  const noseOpen = options.noseOpen ?? true;
  const group = new THREE.Group();
  group.name = 'crew-dragon';
  const white = finish('white-paint');
  const black = finish('black-paint');

  const capsule = new THREE.Mesh(
    latheAlongX(
      [
        [0.22, 0],
        [0.22, radius],
        [0.45, wallRadius(0.45)],
        [3.15, wallRadius(3.15)],
        [3.3, 1.0],
        [topX, noseBaseRadius - 0.02],
        [topX, 0],
      ],
      64,
    ),
    white,
  );
  capsule.name = 'capsule';

  // The heat shield's edge, the four SuperDraco pods and four windows, all on the hull's surface.
  const trim: THREE.BufferGeometry[] = [
    latheAlongX(
      [
        [0, 0],
        [0, radius - 0.05],
        [0.05, radius],
        [0.22, radius],
        [0.22, 0],
      ],
      64,
    ),
  ];
  const band = (from: number, to: number, middle: number, arc: number) =>
    latheAlongX(
      [
        [from, wallRadius(from)],
        [to, wallRadius(to)],
      ],
      6,
      middle - arc / 2,
      arc,
    );
  for (let i = 0; i < 4; i++) {
    const roll = Math.PI / 4 + (i * Math.PI) / 2;
    trim.push(band(1.5, 2.5, roll, THREE.MathUtils.degToRad(24)));
    trim.push(band(2.75, 3.0, roll + Math.PI / 4, THREE.MathUtils.degToRad(9)));
  }
  const blackTrim = new THREE.Mesh(mergeParts(trim), black);
  blackTrim.name = 'black-trim';

  const metal = finish('machined-metal');
  const ring = d.dockingRingDiameterM / 2;
  const dockingAdapter = new THREE.Mesh(
    latheAlongX(
      [
        [topX - 0.05, ring - 0.08],
        [portX - 0.05, ring - 0.08],
        [portX - 0.03, ring],
        [portX, ring],
        [portX, ring - 0.18],
        [portX - 0.15, ring - 0.22],
        [portX - 0.15, 0],
      ],
      48,
    ),
    metal,
  );
  dockingAdapter.name = 'docking-adapter';

  // The trunk: one half radiator, the other solar cells, four fins at its aft end.
  const trunkAftX = -d.trunkLengthM;
  const trunkProfile: [number, number][] = [
    [trunkAftX, radius - 0.1],
    [trunkAftX, radius],
    [0, radius],
    [0, radius - 0.1],
  ];
  const fins: THREE.BufferGeometry[] = [];
  const finReach = d.diameterM / 2 - radius;
  for (let i = 0; i < 4; i++) {
    const shape = new THREE.Shape();
    shape.moveTo(trunkAftX, -0.02);
    shape.lineTo(trunkAftX, finReach);
    shape.lineTo(trunkAftX + 0.5, finReach);
    shape.lineTo(trunkAftX + 1.3, -0.02);
    // A roll about X takes +Y to the fin's radial direction without mirroring it.
    const turn = new THREE.Matrix4().makeRotationX((i * Math.PI) / 2);
    const fin = new THREE.ExtrudeGeometry(shape, { depth: 0.06, bevelEnabled: false })
      .translate(0, radius, -0.03)
      .applyMatrix4(turn);
    fins.push(fin);
  }
  const radiatorHalf = new THREE.Mesh(
    mergeParts([latheAlongX(trunkProfile, 32, Math.PI, Math.PI), ...fins]),
    white,
  );
  radiatorHalf.name = 'trunk-radiator';
  const cellHalf = new THREE.Mesh(
    latheAlongX(trunkProfile, 32, 0, Math.PI),
    finish('solar-cells', { color: 0x9aa2b4, repeat: [24, 6] }),
  );
  cellHalf.name = 'trunk-solar-cells';

  // The nose cone: a shell turning on its hinge; white outside, its inside seen when open.
  const noseHeight = d.capsuleHeightM - noseBaseX;
  const noseProfile: [number, number][] = [];
  for (let i = 0; i <= 12; i++) {
    const t = (i / 12) * (Math.PI / 2);
    noseProfile.push([noseHeight * Math.sin(t), noseBaseRadius * Math.cos(t)]);
  }
  const [hx, hy] = CREW_DRAGON_NOSE_HINGE_M;
  const noseShell = new THREE.Mesh(
    latheAlongX(noseProfile, 48).translate(noseBaseX - hx, -hy, 0),
    finish('white-paint', { side: THREE.DoubleSide }),
  );
  noseShell.name = 'nose-shell';
  const noseCone = new THREE.Group();
  noseCone.name = 'nose-cone';
  noseCone.position.set(hx, hy, 0);
  noseCone.rotation.z = noseOpen ? CREW_DRAGON_NOSE_OPEN_RAD : 0;
  noseCone.add(noseShell);

  group.add(capsule, blackTrim, dockingAdapter, radiatorHalf, cellHalf, noseCone);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'crew-dragon',
  lengthM: d.heightM,
  boundsM: { min: [-3.71, -2, -2], max: [5.41, 2.15, 2] },
  ports: CREW_DRAGON_PORTS,
  sources: ['DR-SX', 'AX-FW'],
  build: buildCrewDragon,
};
