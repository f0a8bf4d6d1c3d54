/**
 * Voskhod 3KD (Voskhod-2), procedural, in metres.
 *
 * Sources (docs/SOURCES.md): a Vostok built over for two — the same 2.3 m descent sphere and the
 * 2.25 m long, 2.43 m wide biconical instrument module (V2-VS), so the Vostok 3KA model is reused
 * as it stands; a backup solid-fuel retro-rocket on the nose of the sphere (V2-SF, V2-VS), which
 * makes the craft about 5 m long (V2-VS). The Volga inflatable airlock over the side crew hatch
 * (V2-RSWD, V2-SF): inflated 2.5 m long, 1.0 m inside and 1.2 m outside diameter, a 1.2 m metal
 * ring at each end, 0.65 m hatches (V2-AXV, V2-DE, V2-SF); stowed for launch 0.70 m across and
 * 0.77 m high, here above the top of the hull (V2-AXV, V2-DE). Illustrative: the retro-pack's diameter and nozzles, the bulges of
 * the airlock's cover, the roll of the hatch (between two portholes).
 * Colours: the Vostok's; an off-white cloth cover on the airlock, bare metal rings.
 * Axes: +X is forward, the retro-pack's end; the airlock stands out along +Y. Origin: the centre of
 * the descent sphere.
 * The airlock is the child named 'airlock' (the stowed one 'airlock-stowed', hidden), so a view
 * can swap or hide them: inflated in the first orbit, jettisoned after the spacewalk.
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import type { ModelSpec } from './model-spec.ts';
import { latheAlongX, mergeParts, radial, rod } from './parts.ts';
import { buildVostok3ka, VOSTOK_3KA_DIMENSIONS } from './vostok-3ka.ts';

export const VOSKHOD_3KD_DIMENSIONS = {
  sphereDiameterM: 2.3, // V2-VS
  moduleLengthM: 2.25, // V2-VS
  moduleMaxDiameterM: 2.43, // V2-VS
  overallLengthM: 5.0, // V2-VS: "about 5 m", with the backup retro-pack
  retroPackDiameterM: 0.62, // illustrative
  airlockLengthM: 2.5, // V2-AXV, V2-DE: inflated
  airlockOuterDiameterM: 1.2, // V2-AXV, V2-DE
  airlockInnerDiameterM: 1.0, // V2-AXV, V2-DE
  airlockRingDiameterM: 1.2, // V2-SF, V2-RSWD
  airlockHatchDiameterM: 0.65, // V2-SF, V2-RSWD
  stowedDiameterM: 0.7, // V2-AXV, V2-DE
  stowedHeightM: 0.77, // V2-AXV, V2-DE
} as const;

const d = VOSKHOD_3KD_DIMENSIONS;
const sphereRadius = d.sphereDiameterM / 2;
const ringRadius = d.airlockRingDiameterM / 2;
/** Where the airlock's base ring meets the sphere: its rim sits on the hull. */
const airlockBaseY = Math.sqrt(sphereRadius ** 2 - ringRadius ** 2);
const airlockTopY = airlockBaseY + d.airlockLengthM;

/**
 * Docking ports in the model's axes: Voskhod had none; its one way out is the airlock's outer
 * hatch, given in the same form for the views that place the spacewalker.
 */
export const VOSKHOD_3KD_PORTS: Record<
  string,
  { positionM: [number, number, number]; axis: [number, number, number] }
> = {
  'airlock-hatch': { positionM: [0, airlockTopY, 0], axis: [0, 1, 0] },
};

/** Where the tether is made fast: on the outer hatch's ring, towards the nose. */
export const VOSKHOD_3KD_TETHER_ANCHOR_M: [number, number, number] = [
  ringRadius - 0.12,
  airlockTopY,
  0,
];

export function buildVoskhod3kd(): THREE.Group {
  const group = new THREE.Group();
  group.name = 'voskhod-3kd';
  // The Vostok turned half a roll, so the hatch (+Y) falls between two of its three portholes.
  const vostok = buildVostok3ka();
  const flip = new THREE.Matrix4().makeRotationX(Math.PI);
  for (const part of [...vostok.children]) {
    part.applyMatrix4(flip);
    group.add(part);
  }

  const metal = finish('machined-metal');
  // Seat on the sphere, a drum, then the nozzle plate facing forward; it reaches the 5 m.
  const moduleAftX = sphereRadius - VOSTOK_3KA_DIMENSIONS.overallLengthM;
  const noseX = moduleAftX + d.overallLengthM;
  const packRadius = d.retroPackDiameterM / 2;
  const seatX = Math.sqrt(sphereRadius ** 2 - 0.42 ** 2);
  const nozzles: THREE.BufferGeometry[] = [];
  for (let i = 0; i < 4; i++) {
    const out = radial(Math.PI / 4 + (i * Math.PI) / 2).multiplyScalar(packRadius * 0.55);
    nozzles.push(
      latheAlongX(
        [
          [noseX - 0.08, 0.05],
          [noseX, 0.08],
        ],
        12,
      ).translate(0, out.y, out.z),
    );
  }
  const retroPack = new THREE.Mesh(
    mergeParts([
      latheAlongX([
        [seatX - 0.05, 0],
        [seatX - 0.05, 0.42],
        [seatX + 0.12, packRadius],
        [noseX - 0.1, packRadius],
        [noseX - 0.08, packRadius - 0.03],
        [noseX - 0.08, 0],
      ]),
      ...nozzles,
    ]),
    metal,
  );
  retroPack.name = 'retro-pack';
  group.add(retroPack);

  group.add(buildAirlock(metal), buildStowedAirlock());
  return group;
}

/** The inflated Volga: a cloth-covered drum between two metal rings, standing out along +Y. */
function buildAirlock(metal: THREE.Material): THREE.Group {
  const airlock = new THREE.Group();
  airlock.name = 'airlock';
  const cloth = finish('white-blanket', { repeat: [24, 6] });
  const outer = d.airlockOuterDiameterM / 2;
  const ringDepth = 0.1;
  // Three gentle bulges, one per group of inflatable tubes; the cover stays inside the rings.
  const bodyProfile: [number, number][] = [];
  const from = airlockBaseY + ringDepth;
  const to = airlockTopY - ringDepth;
  for (let i = 0; i <= 36; i++) {
    const s = i / 36;
    bodyProfile.push([
      from + (to - from) * s,
      outer - 0.035 + 0.025 * Math.abs(Math.sin(3 * Math.PI * s)),
    ]);
  }
  // Stand the lathe (built along X) up along +Y.
  const upright = new THREE.Matrix4().makeRotationZ(Math.PI / 2);
  const body = new THREE.Mesh(latheAlongX(bodyProfile, 40).applyMatrix4(upright), cloth);
  body.name = 'airlock-body';

  const hatch = d.airlockHatchDiameterM / 2;
  const inner = d.airlockInnerDiameterM / 2;
  const rings = new THREE.Mesh(
    mergeParts([
      latheAlongX(
        [
          [airlockBaseY, inner],
          [airlockBaseY, ringRadius],
          [from, ringRadius],
          [from, inner],
        ],
        40,
      ),
      // The top ring, closed by the outer hatch's lid with a handle across it.
      latheAlongX(
        [
          [to, inner],
          [to, ringRadius],
          [airlockTopY, ringRadius],
          [airlockTopY, hatch + 0.04],
          [airlockTopY - 0.03, hatch],
          [airlockTopY - 0.03, 0],
        ],
        40,
      ),
      rod(
        new THREE.Vector3(airlockTopY - 0.02, 0, -0.2),
        new THREE.Vector3(airlockTopY - 0.02, 0, 0.2),
        0.015,
      ),
    ]).applyMatrix4(upright),
    metal,
  );
  rings.name = 'airlock-rings';
  airlock.add(body, rings);
  return airlock;
}

/** The airlock folded for launch, hidden: a squat drum over the hatch. */
function buildStowedAirlock(): THREE.Mesh {
  const r = d.stowedDiameterM / 2;
  const base = Math.sqrt(sphereRadius ** 2 - r ** 2);
  const top = sphereRadius + d.stowedHeightM;
  const stowed = new THREE.Mesh(
    latheAlongX(
      [
        [base - 0.02, 0],
        [base - 0.02, r],
        [top - 0.05, r],
        [top, r - 0.05],
        [top, 0],
      ],
      32,
    ).rotateZ(Math.PI / 2),
    finish('white-blanket', { color: 0xd8d5cc, repeat: [16, 2] }),
  );
  stowed.name = 'airlock-stowed';
  stowed.visible = false;
  return stowed;
}

export const MODEL: ModelSpec = {
  id: 'voskhod-3kd',
  lengthM: d.overallLengthM,
  boundsM: { min: [-3.25, -2.1, -2.01], max: [1.78, 3.49, 1.22] },
  ports: VOSKHOD_3KD_PORTS,
  sources: ['V2-VS', 'V2-SF', 'V2-RSWD', 'V2-AXV', 'V2-DE'],
  build: buildVoskhod3kd,
};
