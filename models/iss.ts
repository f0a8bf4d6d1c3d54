/**
 * The International Space Station as it flew in mid-2025, simplified, procedural, in metres.
 *
 * Sources (docs/SOURCES.md): the integrated truss 109 m long, 73 m across a pair of solar-array
 * wings (ISS-NASA, ISS-BO, ISS-SI); eight wings, each 35 m × 11.6 m, two blankets on a mast
 * (ISS-SAW), so a pair's 73 m leaves 3 m between the two wings' roots; Dragon docks at Harmony's
 * space-facing port (AX-NASA). The pressurised chain (a mating adapter, Harmony, Destiny, Unity,
 * an adapter, Zarya, Zvezda) adds up to about the 51 m of module length ISS-NASA gives. Illustrative: every
 * module's length and diameter, the truss's 4 m section and bays, where the array pairs and the
 * rotary joints stand along it, the main radiators' size and tilt, Zvezda's arrays, the adapters
 * stacked on Harmony's ports. Left out: the roll-out arrays laid over six wings since 2021
 * (ISS-IROSA), the robotic arms, visiting vehicles, the smaller modules and the external
 * payloads.
 * Colours: gold-brown array blankets, white and light grey module blankets, white radiators,
 * bare metal truss and adapters (photographs of the station).
 * Axes: +X is forward (the direction of flight, Harmony's end), +Y is zenith (away from the
 * Earth), +Z starboard; the truss runs along Z, the wings reach fore and aft along X.
 * Origin: the middle of the truss.
 * Repeated parts are merged (truss, modules, radiators) or instanced (the eight wings) so the whole
 * station is a handful of draw calls.
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import { buildRadiators, buildWings, buildZvezdaArrays } from './iss-arrays.ts';
import type { ModelSpec } from './model-spec.ts';
import { latheAlongX, mergeParts, rod } from './parts.ts';

export const ISS_DIMENSIONS = {
  trussLengthM: 109, // ISS-NASA, ISS-BO
  wingPairSpanM: 73, // ISS-NASA, ISS-SI, ISS-BO: tip to tip across a pair of wings
  wingCount: 8, // ISS-SAW
  wingLengthM: 35, // ISS-SAW
  wingWidthM: 11.6, // ISS-SAW
  moduleLengthM: 51, // ISS-NASA (2014): here the forward-aft chain of pressurised modules
  trussSectionM: 4, // illustrative
  trussBays: 24, // illustrative
  wingPanelsPerBlanket: 14, // illustrative
  moduleAxisY: -4.5, // illustrative: under the truss
  radiatorLengthM: 22, // illustrative
  radiatorWidthM: 3.4, // illustrative
} as const;

const d = ISS_DIMENSIONS;
const axisY = d.moduleAxisY;

/** Forward to aft along the module axis: [name, length, radius]; Destiny sits under the truss. */
const CHAIN: ReadonlyArray<readonly [string, number, number]> = [
  ['pma-2', 2.0, 1.0],
  ['harmony', 7.2, 2.2],
  ['destiny', 8.5, 2.15],
  ['unity', 5.5, 2.3],
  ['pma-1', 1.9, 1.1],
  ['zarya', 12.6, 2.05],
  ['zvezda', 13.1, 2.075],
];

/** x of each chain module's forward face. */
function chainStarts(): Map<string, number> {
  const destinyForward = CHAIN[2]![1] / 2;
  const starts = new Map<string, number>();
  let x = destinyForward + CHAIN[1]![1] + CHAIN[0]![1];
  for (const [name, length] of CHAIN) {
    starts.set(name, x);
    x -= length;
  }
  return starts;
}
const STARTS = chainStarts();
const harmonyX = STARTS.get('harmony')! - CHAIN[1]![1] / 2;
const harmonyRadius = CHAIN[1]![2];
/** The mating adapter and the docking adapter stacked on Harmony's zenith port, illustrative. */
const zenithStackM = 2.4;

export const ISS_PORTS: Record<
  string,
  { positionM: [number, number, number]; axis: [number, number, number] }
> = {
  'harmony-zenith': {
    positionM: [harmonyX, axisY + harmonyRadius + zenithStackM, 0],
    axis: [0, 1, 0],
  },
  'harmony-forward': { positionM: [STARTS.get('pma-2')! + 0.5, axisY, 0], axis: [1, 0, 0] },
};

/** |z| of the array pairs' roots (inboard and outboard on each side), illustrative. */
export const ISS_WING_PAIR_Z = [31, 46] as const;

type Axis = '+x' | '-x' | '+y' | '-y' | '+z' | '-z';
const TURN: Record<Axis, THREE.Matrix4> = {
  '+x': new THREE.Matrix4(),
  '-x': new THREE.Matrix4().makeRotationY(Math.PI),
  '+y': new THREE.Matrix4().makeRotationZ(Math.PI / 2),
  '-y': new THREE.Matrix4().makeRotationZ(-Math.PI / 2),
  '+z': new THREE.Matrix4().makeRotationY(-Math.PI / 2),
  '-z': new THREE.Matrix4().makeRotationY(Math.PI / 2),
};

/** A cylindrical module from `from` along `axis`, its ends slightly domed. */
function module(
  from: THREE.Vector3,
  axis: Axis,
  length: number,
  radius: number,
  segments = 32,
): THREE.BufferGeometry {
  const end = Math.min(0.35, length / 6);
  return latheAlongX(
    [
      [0, 0],
      [0, radius * 0.75],
      [end, radius],
      [length - end, radius],
      [length, radius * 0.75],
      [length, 0],
    ],
    segments,
  )
    .applyMatrix4(TURN[axis])
    .translate(from.x, from.y, from.z);
}

/** A docking adapter: a short cone narrowing to a ring, from `from` along `axis`. */
function adapter(
  from: THREE.Vector3,
  axis: Axis,
  length: number,
  base: number,
): THREE.BufferGeometry {
  return latheAlongX(
    [
      [0, 0],
      [0, base],
      [length * 0.7, base * 0.72],
      [length - 0.08, base * 0.72],
      [length, base * 0.66],
      [length, 0],
    ],
    24,
  )
    .applyMatrix4(TURN[axis])
    .translate(from.x, from.y, from.z);
}

export function buildIss(): THREE.Group {
  const group = new THREE.Group();
  group.name = 'iss';
  group.add(
    buildTruss(),
    buildWings(d, ISS_WING_PAIR_Z),
    buildModules(),
    buildAdapters(),
    buildRadiators(d),
    buildZvezdaArrays(STARTS.get('zvezda')! - 10.5, axisY),
  );
  return group;
}

/**
 * The lattice's struts: a few pixels wide even in the closest shots, with their ends inside the
 * longerons, so six sides and no caps (an eight-sided capped rod has four times the vertices, and
 * a software renderer pays for every one, even where the station is a speck).
 */
const STRUT = { sides: 6, capped: false } as const;

function buildTruss(): THREE.Mesh {
  const half = d.trussLengthM / 2;
  const s = d.trussSectionM / 2;
  const corners = [
    [s, s],
    [-s, s],
    [-s, -s],
    [s, -s],
  ] as const;
  const at = (corner: number, z: number) =>
    new THREE.Vector3(corners[corner % 4]![0], corners[corner % 4]![1], z);
  // Longerons, a frame and a diagonal per face every bay, round a core of boxed equipment: from
  // a distance the lattice reads as the grey beam of the photographs.
  const rods: THREE.BufferGeometry[] = [
    new THREE.BoxGeometry(s * 1.1, s * 1.1, d.trussLengthM - 1).translate(0, 0, 0),
  ];
  for (let c = 0; c < 4; c++) rods.push(rod(at(c, -half), at(c, half), 0.2));
  const bay = d.trussLengthM / d.trussBays;
  const frame = 0.12;
  for (let b = 0; b <= d.trussBays; b++) {
    const z = THREE.MathUtils.clamp(-half + b * bay, -half + frame, half - frame);
    for (let c = 0; c < 4; c++) rods.push(rod(at(c, z), at(c + 1, z), frame, STRUT));
    if (b < d.trussBays) {
      const next = Math.min(-half + (b + 1) * bay, half - frame);
      for (let c = 0; c < 4; c++) rods.push(rod(at(c, z), at(c + 1, next), 0.09, STRUT));
    }
  }
  // The rotary joints inboard of the arrays, and the struts down to Destiny.
  const sarjZ = ISS_WING_PAIR_Z[0] - 8;
  for (const side of [1, -1]) {
    rods.push(
      new THREE.CylinderGeometry(s * 1.2, s * 1.2, 1.6, 24)
        .rotateX(Math.PI / 2)
        .translate(0, 0, side * sarjZ),
    );
    for (const pairZ of ISS_WING_PAIR_Z) {
      // The mast canisters' housing, where the two wings of a pair meet.
      rods.push(new THREE.BoxGeometry(3.0, 1.6, 3.2).translate(0, 0, side * pairZ));
    }
  }
  const destinyTop = axisY + CHAIN[2]![2];
  for (const x of [-2.5, 2.5]) {
    for (const z of [-s, s]) {
      rods.push(
        rod(
          new THREE.Vector3(x * 0.6, -s, z),
          new THREE.Vector3(x, destinyTop, z * 0.5),
          0.1,
          STRUT,
        ),
      );
    }
  }
  // The wings' masts run down the middle of each wing, between its two blankets.
  const root = 1.5;
  for (const side of [1, -1]) {
    for (const pairZ of ISS_WING_PAIR_Z) {
      for (const fore of [1, -1]) {
        rods.push(
          rod(
            new THREE.Vector3(fore * root, 0, side * pairZ),
            new THREE.Vector3(fore * (root + d.wingLengthM), 0, side * pairZ),
            0.09,
            STRUT,
          ),
        );
      }
    }
  }
  const truss = new THREE.Mesh(mergeParts(rods), finish('machined-metal', { color: 0xc4c6c8 }));
  truss.name = 'truss';
  return truss;
}

function buildModules(): THREE.Mesh {
  const parts: THREE.BufferGeometry[] = [];
  for (const [name, length, radius] of CHAIN) {
    if (name.startsWith('pma') || name === 'zvezda') continue;
    parts.push(
      module(new THREE.Vector3(STARTS.get(name)! - length, axisY, 0), '+x', length, radius),
    );
  }
  // Columbus to starboard and Kibo (with its logistics module and exposed facility) to port of
  // Harmony; Tranquility with the Cupola to port of Unity, Quest to starboard; Nauka under Zvezda.
  const unityX = STARTS.get('unity')! - CHAIN[3]![1] / 2;
  const unityRadius = CHAIN[3]![2];
  const zvezdaFront = STARTS.get('zvezda')!;
  parts.push(
    module(new THREE.Vector3(harmonyX, axisY, harmonyRadius - 0.2), '+z', 7.0, 2.2),
    module(new THREE.Vector3(harmonyX, axisY, -harmonyRadius + 0.2), '-z', 11.2, 2.2),
    module(new THREE.Vector3(harmonyX, axisY + 2.0, -9.5), '+y', 4.2, 2.2),
    new THREE.BoxGeometry(5.0, 1.2, 5.6).translate(harmonyX, axisY, -2.0 - 11.2 - 2.8),
    module(new THREE.Vector3(unityX, axisY, -unityRadius + 0.2), '-z', 6.7, 2.2),
    module(new THREE.Vector3(unityX, axisY - 2.0, -6.0), '-y', 1.5, 1.5, 16),
    module(new THREE.Vector3(unityX, axisY, unityRadius - 0.2), '+z', 5.5, 2.0),
    // Zvezda: the wide aft section, the narrow working section, the transfer sphere at the
    // front with Nauka hanging from it.
    latheAlongX(
      [
        [0, 0],
        [0, 1.9],
        [0.3, 2.075],
        [6.0, 2.075],
        [6.6, 1.45],
        [10.6, 1.45],
        [10.6, 0],
      ],
      32,
    ).translate(zvezdaFront - 13.1, axisY, 0),
    new THREE.SphereGeometry(1.3, 24, 16).translate(zvezdaFront - 1.3, axisY, 0),
    module(new THREE.Vector3(zvezdaFront - 1.3, axisY - 1.1, 0), '-y', 13.0, 2.1),
  );
  const modules = new THREE.Mesh(mergeParts(parts), finish('white-blanket', { repeat: [24, 4] }));
  modules.name = 'modules';
  return modules;
}

function buildAdapters(): THREE.Mesh {
  const zenith = ISS_PORTS['harmony-zenith']!.positionM;
  const forward = ISS_PORTS['harmony-forward']!.positionM;
  const pma1 = STARTS.get('pma-1')!;
  const parts = [
    adapter(
      new THREE.Vector3(harmonyX, axisY + harmonyRadius - 0.1, 0),
      '+y',
      zenith[1] - (axisY + harmonyRadius - 0.1),
      1.1,
    ),
    adapter(
      new THREE.Vector3(STARTS.get('harmony')!, axisY, 0),
      '+x',
      forward[0] - STARTS.get('harmony')!,
      1.1,
    ),
    module(new THREE.Vector3(pma1 - CHAIN[4]![1], axisY, 0), '+x', CHAIN[4]![1], CHAIN[4]![2], 24),
  ];
  const adapters = new THREE.Mesh(mergeParts(parts), finish('machined-metal'));
  adapters.name = 'docking-adapters';
  return adapters;
}

export const MODEL: ModelSpec = {
  id: 'iss',
  lengthM: d.trussLengthM,
  boundsM: { min: [-37.35, -18.61, -54.5], max: [36.5, 2.41, 54.5] },
  ports: ISS_PORTS,
  sources: ['ISS-NASA', 'ISS-BO', 'ISS-SI', 'ISS-SAW', 'ISS-IROSA'],
  build: buildIss,
};
