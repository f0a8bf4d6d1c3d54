/**
 * Salyut-6, the fifth DOS station, procedural, in metres.
 *
 * Sources (docs/SOURCES.md): 15.8 m long, 4.15 m at its widest (S6-W, S6-SKC); three steerable
 * solar arrays, two lateral and one dorsal, 51 m² in all, 17 m across the lateral pair (S6-SKC,
 * S6-RP); from front to aft a docking port and the transfer compartment, the small-diameter work
 * section, the large 4.15 m work section, and the aft docking port in an unpressurised
 * propulsion bay of the same 4.15 m with two engines off the axis (S6-SPR, S6-RP). The 15.8 m is
 * read as running between the two docking rings' faces. Illustrative: the lengths and the
 * diameters of the sections other than the 4.15 m, the arrays' place along the hull (each array's
 * width follows from the 51 m² and the span), the drogues' depth, the engines' size.
 * Colours: white and light grey thermal covers, grey metal at the aft bay, dark blue cells
 * (photographs of the Salyut-6/7 stations).
 * Axes: +X is forward, the front port; the dorsal array stands along +Y, the lateral ones along
 * ±Z. Origin: the middle of the 15.8 m.
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import type { ModelSpec } from './model-spec.ts';
import { latheAlongX, mergeParts, radial, rod } from './parts.ts';

export const SALYUT_6_DIMENSIONS = {
  lengthM: 15.8, // S6-W, S6-SKC: between the docking rings' faces
  maxDiameterM: 4.15, // S6-W, S6-SKC
  arraySpanM: 17, // S6-SKC: tip to tip across the lateral arrays
  arrayAreaM2: 51, // S6-SKC: the three together
  arrayCount: 3, // S6-SKC, S6-RP
  smallSectionDiameterM: 2.9, // illustrative
  transferDiameterM: 2.0, // illustrative
  dockingRingDiameterM: 1.3, // illustrative
  drogueDepthM: 0.4, // illustrative: deeper than a ferry's probe reaches
  propulsionBayLengthM: 2.2, // illustrative
} as const;

const d = SALYUT_6_DIMENSIONS;
const half = d.lengthM / 2;

export const SALYUT_6_PORTS: Record<
  string,
  { positionM: [number, number, number]; axis: [number, number, number] }
> = {
  front: { positionM: [half, 0, 0], axis: [1, 0, 0] },
  aft: { positionM: [-half, 0, 0], axis: [-1, 0, 0] },
};

/** x along the hull where the sections meet, aft to front. */
const X = {
  aftRing: -half,
  bayAft: -half + 0.45,
  bayFront: -half + 0.45 + d.propulsionBayLengthM,
  largeFront: -1.2,
  smallAft: 0.1,
  smallFront: 3.9,
  transferAft: 4.3,
  transferFront: 6.9,
  frontRing: half,
};

export function buildSalyut6(): THREE.Group {
  const group = new THREE.Group();
  group.name = 'salyut-6';
  const big = d.maxDiameterM / 2;
  const small = d.smallSectionDiameterM / 2;
  const transfer = d.transferDiameterM / 2;
  const ring = d.dockingRingDiameterM / 2;

  const cover = finish('white-blanket', { repeat: [60, 12] });
  // The pressurised hull, aft bay to transfer compartment, in one lathe.
  const hull = new THREE.Mesh(
    latheAlongX(
      [
        [X.bayFront, 0],
        [X.bayFront, big - 0.05],
        [X.bayFront + 0.05, big],
        [X.largeFront, big],
        [X.smallAft, small],
        [X.smallFront, small],
        [X.transferAft, transfer],
        [X.transferFront, transfer],
        [X.transferFront + 0.4, ring + 0.1],
        [X.frontRing - 0.3, ring + 0.1],
        [X.frontRing - 0.3, 0],
      ],
      64,
    ),
    cover,
  );
  hull.name = 'hull';
  group.add(hull);

  // Belts of a lighter grey round the large section: the radiators under their covers.
  const belts = new THREE.Mesh(
    mergeParts(
      [
        [X.bayFront + 0.5, X.bayFront + 1.6],
        [X.bayFront + 2.3, X.largeFront - 0.3],
        [X.smallAft + 0.6, X.smallAft + 1.4],
      ].map(([from, to]) => {
        const r = from! < X.largeFront ? big : small;
        return latheAlongX(
          [
            [from!, r],
            [to!, r],
          ],
          64,
        );
      }),
    ),
    // On the hull's own surface, drawn over it.
    Object.assign(finish('white-radiator', { color: 0xc9cccd, repeat: [90, 1] }), {
      polygonOffset: true,
      polygonOffsetFactor: -2,
      polygonOffsetUnits: -2,
    }),
  );
  belts.name = 'radiator-belts';
  group.add(belts);

  const metal = finish('machined-metal');
  // A docking ring at each end with its drogue, a cone open outwards; the aft one stands out of
  // the propulsion bay, which is open aft around it.
  const drogue = (face: number, dir: 1 | -1): THREE.BufferGeometry => {
    const back = face - dir * 0.3;
    const profile: [number, number][] = [
      [back, ring],
      [face - dir * 0.04, ring],
      [face, ring - 0.04],
      [face, 0.55],
      [face - dir * d.drogueDepthM, 0.06],
      [face - dir * d.drogueDepthM, 0],
    ];
    // The lathe faces outwards when walked towards +X: the aft port is walked mirrored.
    return latheAlongX(
      dir === 1 ? profile : profile.map(([x, r]) => [-x, r] as [number, number]),
    ).applyMatrix4(new THREE.Matrix4().makeScale(dir, 1, dir));
  };
  const bayWall = latheAlongX([
    [X.bayAft + 0.4, big - 0.25],
    [X.bayAft, big - 0.25],
    [X.bayAft, big - 0.05],
    [X.bayAft + 0.1, big],
    [X.bayFront, big],
  ]);
  const bayFloor = latheAlongX([
    [X.bayAft + 0.4, 0.75],
    [X.bayAft + 0.4, big - 0.05],
  ]);
  const tunnel = latheAlongX([
    [X.aftRing + 0.3, ring],
    [X.bayAft + 0.4, 0.75],
  ]);
  const booms: THREE.BufferGeometry[] = [];
  const arrayRootX = (X.smallAft + X.smallFront) / 2 + 0.3;
  for (const roll of [0, Math.PI / 2, -Math.PI / 2]) {
    const out = radial(roll);
    booms.push(
      rod(
        new THREE.Vector3(arrayRootX, 0, 0).addScaledVector(out, small - 0.05),
        new THREE.Vector3(arrayRootX, 0, 0).addScaledVector(out, small + 0.45),
        0.06,
      ),
    );
  }
  const dockingUnits = new THREE.Mesh(
    mergeParts([
      drogue(X.frontRing, 1),
      drogue(X.aftRing, -1),
      bayWall,
      bayFloor,
      tunnel,
      ...booms,
    ]),
    metal,
  );
  dockingUnits.name = 'docking-units';
  group.add(dockingUnits);

  // The two main engines inside the aft bay, off the axis, their bells just showing.
  const engines = new THREE.Mesh(
    mergeParts(
      [1, -1].map((side) =>
        latheAlongX(
          [
            [X.bayAft + 0.1, 0.22],
            [X.bayAft + 0.4, 0.12],
          ],
          16,
        ).translate(0, 0, side * 1.3),
      ),
    ),
    finish('engine-bell', { side: THREE.DoubleSide }),
  );
  engines.name = 'engines';
  group.add(engines);

  // Three arrays, each a wing of panels reaching out from the small section: two lateral along
  // ±Z whose tips make the 17 m, one dorsal along +Y; their cells make the 51 m².
  const wingLength = d.arraySpanM / 2 - small;
  const panels: THREE.BufferGeometry[] = [];
  const rows = 3;
  const columns = 3;
  const gap = 0.05;
  const rootGap = 0.5;
  const cellsLength = wingLength - rootGap - gap * (rows - 1);
  const rowLength = cellsLength / rows;
  const panelWidth = d.arrayAreaM2 / d.arrayCount / cellsLength / columns;
  const wingWidth = panelWidth * columns + gap * (columns - 1);
  for (const roll of [0, Math.PI / 2, -Math.PI / 2]) {
    const out = radial(roll);
    const turn = new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 0, 1), out);
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const along = small + rootGap + row * (rowLength + gap) + rowLength / 2;
        const across = -wingWidth / 2 + column * (panelWidth + gap) + panelWidth / 2;
        panels.push(
          new THREE.BoxGeometry(panelWidth, 0.04, rowLength)
            .applyQuaternion(turn)
            .translate(arrayRootX + across, 0, 0)
            .translate(out.x * along, out.y * along, out.z * along),
        );
      }
    }
  }
  // The lateral wings' 0.04 m thickness lies along Y; the outermost panels' tips set the span.
  const arrays = new THREE.Mesh(mergeParts(panels), finish('solar-cells', { repeat: [8, 12] }));
  arrays.name = 'solar-arrays';
  group.add(arrays);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'salyut-6',
  lengthM: d.lengthM,
  boundsM: { min: [-7.91, -2.08, -8.5], max: [7.91, 8.5, 8.5] },
  ports: SALYUT_6_PORTS,
  sources: ['S6-W', 'S6-SKC', 'S6-RP', 'S6-SPR'],
  build: buildSalyut6,
};
