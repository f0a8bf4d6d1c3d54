/**
 * Apollo Command and Service Module (ASTP, CSM-111), procedural, in metres.
 *
 * Sources (docs/SOURCES.md): command module a cone 3.23 m high on a 3.91 m base;
 * service module 6.88 m long without the fairing, 3.91 m wide; about 11.0 m overall; the SPS
 * engine bell at the aft end; the high-gain antenna four dishes on an arm at the SM aft end
 * (A-204, A-4012f, A-CSMW, A-HGA). SP-4012 gives the CM as 3.63 m long (A-4012f) against 3.23 m;
 * the 0.40 m between them is read as the docking probe, which sets the probe's reach here.
 * Illustrative, not documented: the SPS bell's exit (2.1 m) and its reach past the SM (chosen so
 * CM + SM + bell make the 11.0 m), the cone's half-angle and the tunnel, the HGA arm's length and
 * the dishes' size (0.79 m), the radiator panels' layout, the RCS quads' size.
 * Finishes: the CM covered in strips of aluminised polyimide tape, mirror-like (FIN-CMT, FIN-APF);
 * the SM in aluminium paint with white radiator panels; four RCS quads 90° apart near its forward
 * end, each four thrusters (FIN-AMS). Illustrative: the windows' size and place, the tape
 * strips' width, the panel lines and the forward (EPS) radiators' layout.
 * Axes: +X is forward (the CM apex and probe); the HGA arm hangs towards −Y. Origin: the CM/SM
 * joint (the CM heat shield's rim).
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import type { ModelSpec } from './model-spec.ts';
import { hatchAndWindows, rcsNozzles } from './apollo-csm-details.ts';
import { latheAlongX, mergeParts, radial, rod } from './parts.ts';

export const APOLLO_CSM_DIMENSIONS = {
  commandModuleHeightM: 3.23, // 10 ft 7 in
  commandModuleBaseDiameterM: 3.91, // 12 ft 10 in
  serviceModuleLengthM: 6.88, // A-204, A-4012f: excluding the fairing
  serviceModuleDiameterM: 3.91,
  overallLengthM: 11.0, // A-CSMW: here CM + SM + SPS bell, probe excluded
  probeReachM: 0.4, // A-4012f 3.63 m less A-204 3.23 m (our reading)
  coneHalfAngleDeg: 32.5, // illustrative
  tunnelDiameterM: 0.9, // illustrative
  tunnelRingOuterDiameterM: 1.0, // matches the DM's Apollo ring, illustrative
  tunnelRingInnerDiameterM: 0.64, // illustrative
  tunnelRingDepthM: 0.1, // illustrative
  spsExitDiameterM: 2.1, // illustrative (exit size not found)
  hgaArmLengthM: 1.3, // from the hull, illustrative
  hgaDishDiameterM: 0.79, // illustrative
  hgaDishCount: 4, // A-HGA
  radiatorPanels: 6, // illustrative
} as const;

const d = APOLLO_CSM_DIMENSIONS;

/** x of the CM docking-tunnel ring plane: the DM's Apollo-end interface sits here, hard-docked. */
export const APOLLO_CSM_TUNNEL_RING_X = d.commandModuleHeightM;
/** x of the docking probe's tip. */
export const APOLLO_CSM_PROBE_TIP_X = APOLLO_CSM_TUNNEL_RING_X + d.probeReachM;

export function buildApolloCsm(): THREE.Group {
  const group = new THREE.Group();
  group.name = 'apollo-csm';
  const baseRadius = d.commandModuleBaseDiameterM / 2;
  const smRadius = d.serviceModuleDiameterM / 2;
  const smAftX = -d.serviceModuleLengthM;
  const ringBack = APOLLO_CSM_TUNNEL_RING_X - d.tunnelRingDepthM;
  const tunnelRadius = d.tunnelDiameterM / 2;

  // A mirror broken into strips: what it shows is the Earth below and the Sun.
  const tape = finish('aluminised-tape', { repeat: [40, 1] });
  const openings = hatchAndWindows(baseRadius, d.coneHalfAngleDeg);
  // Blunt heat shield, the cone, then a rounded shoulder into the docking tunnel; the tunnel is
  // closed by the forward hatch, which shows through the ring with the probe in front of it.
  const coneSlope = Math.tan(THREE.MathUtils.degToRad(d.coneHalfAngleDeg));
  const shoulderRadius = 0.62;
  const shoulderX = 0.1 + (baseRadius - shoulderRadius) / coneSlope;
  const commandModule = new THREE.Mesh(
    mergeParts([
      latheAlongX([
        [0, 0],
        [0, baseRadius - 0.12],
        [0.04, baseRadius - 0.03],
        [0.1, baseRadius],
        [shoulderX, shoulderRadius],
        [shoulderX + 0.12, tunnelRadius + 0.05],
        [shoulderX + 0.22, tunnelRadius],
        [ringBack, tunnelRadius],
        [ringBack, 0],
      ]),
      ...openings.frames,
    ]),
    tape,
  );
  commandModule.name = 'command-module';
  group.add(commandModule);

  const windows = new THREE.Mesh(mergeParts(openings.panes), finish('glass'));
  windows.name = 'windows';
  group.add(windows);

  const metal = finish('machined-metal');
  const ringOuter = d.tunnelRingOuterDiameterM / 2;
  const ringInner = d.tunnelRingInnerDiameterM / 2;
  const tunnelRing = new THREE.Mesh(
    latheAlongX([
      [ringBack, tunnelRadius],
      [ringBack, ringOuter],
      [APOLLO_CSM_TUNNEL_RING_X, ringOuter],
      [APOLLO_CSM_TUNNEL_RING_X, ringInner],
      [ringBack, ringInner],
    ]),
    metal,
  );
  tunnelRing.name = 'tunnel-ring';
  group.add(tunnelRing);

  // Shaft, capture head and three struts to the ring, one draw.
  const shaftRadius = 0.04;
  const headBase = APOLLO_CSM_PROBE_TIP_X - 0.1;
  const probeParts = [
    rod(new THREE.Vector3(ringBack, 0, 0), new THREE.Vector3(headBase, 0, 0), shaftRadius),
    latheAlongX([
      [headBase, 0],
      [headBase, 0.07],
      [APOLLO_CSM_PROBE_TIP_X, 0],
    ]),
  ];
  for (let i = 0; i < 3; i++) {
    const out = radial((i * 2 * Math.PI) / 3).multiplyScalar(ringInner - 0.02);
    probeParts.push(
      rod(
        new THREE.Vector3(ringBack + 0.02, out.y, out.z),
        new THREE.Vector3(ringBack + 0.22, 0, 0),
        0.015,
      ),
    );
  }
  const probe = new THREE.Mesh(mergeParts(probeParts), metal);
  probe.name = 'docking-probe';
  group.add(probe);

  // The wall on its own lathe so its texture runs evenly along it: six sectors, two rows.
  const serviceModule = new THREE.Mesh(
    mergeParts([
      latheAlongX([
        [smAftX, smRadius],
        [0, smRadius],
      ]),
      latheAlongX([
        [smAftX, 0],
        [smAftX, smRadius],
      ]),
      latheAlongX([
        [0, smRadius],
        [0, 0],
      ]),
    ]),
    finish('silver-paint', { repeat: [6, 2] }),
  );
  serviceModule.name = 'service-module';
  group.add(serviceModule);

  // Curved strips standing just proud of the hull; the gaps between them are the bare aluminium
  // sectors and the places of the RCS quads.
  const panelArc = THREE.MathUtils.degToRad(34);
  const strips: THREE.BufferGeometry[] = [];
  for (let i = 0; i < d.radiatorPanels; i++) {
    const middle = ((i + 0.5) * 2 * Math.PI) / d.radiatorPanels;
    strips.push(
      latheAlongX(
        [
          [smAftX + 1.4, smRadius + 0.01],
          [smAftX + 4.6, smRadius + 0.01],
        ],
        8,
        middle - panelArc / 2,
        panelArc,
      ),
    );
  }
  // The smaller forward panels between the RCS quads.
  const forwardArc = THREE.MathUtils.degToRad(40);
  for (let i = 0; i < 4; i++) {
    const middle = THREE.MathUtils.degToRad(52.25) + (i * Math.PI) / 2;
    strips.push(
      latheAlongX(
        [
          [-1.3, smRadius + 0.01],
          [-0.45, smRadius + 0.01],
        ],
        6,
        middle - forwardArc / 2,
        forwardArc,
      ),
    );
  }
  const radiators = new THREE.Mesh(
    mergeParts(strips),
    finish('white-radiator', { repeat: [16, 1] }),
  );
  radiators.name = 'radiators';
  group.add(radiators);

  // Four RCS quads near the forward end, 90° apart, in one instanced draw.
  const quads = new THREE.InstancedMesh(
    new THREE.BoxGeometry(0.7, 0.25, 0.5),
    finish('white-paint'),
    4,
  );
  quads.name = 'rcs-quads';
  const place = new THREE.Matrix4();
  const turn = new THREE.Quaternion();
  const nozzles: THREE.BufferGeometry[] = [];
  for (let i = 0; i < 4; i++) {
    const roll = THREE.MathUtils.degToRad(7.25) + (i * Math.PI) / 2;
    const out = radial(roll);
    turn.setFromAxisAngle(new THREE.Vector3(1, 0, 0), roll);
    const at = new THREE.Vector3(-1.7, 0, 0).addScaledVector(out, smRadius + 0.12);
    quads.setMatrixAt(i, place.compose(at, turn, new THREE.Vector3(1, 1, 1)));
    nozzles.push(...rcsNozzles(place));
  }
  quads.computeBoundingBox();
  group.add(quads);
  const thrusters = new THREE.Mesh(mergeParts(nozzles), finish('engine-bell'));
  thrusters.name = 'rcs-thrusters';
  group.add(thrusters);

  // What stands out past the SM is what the 11.0 m leaves; the throat is hidden in the SM.
  const bellReach = d.overallLengthM - d.commandModuleHeightM - d.serviceModuleLengthM;
  const exit = d.spsExitDiameterM / 2;
  const bell = new THREE.Mesh(
    latheAlongX([
      [smAftX - bellReach, exit],
      [smAftX - bellReach * 0.6, exit * 0.8],
      [smAftX - bellReach * 0.25, exit * 0.6],
      [smAftX, exit * 0.47],
    ]),
    finish('engine-bell', { side: THREE.DoubleSide }),
  );
  bell.name = 'sps-bell';
  group.add(bell);

  // The arm leaves the hull near the aft end and holds the dishes below it, facing −Y.
  const armRoot = new THREE.Vector3(smAftX + 0.35, -smRadius, 0);
  const armEnd = new THREE.Vector3(smAftX + 0.35, -smRadius - d.hgaArmLengthM, 0);
  const pitch = d.hgaDishDiameterM * 1.04;
  const arm = new THREE.Mesh(
    mergeParts([
      rod(armRoot, armEnd, 0.05),
      rod(
        armEnd.clone().add(new THREE.Vector3(-pitch / 2, 0, 0)),
        armEnd.clone().add(new THREE.Vector3(pitch / 2, 0, 0)),
        0.03,
      ),
      rod(
        armEnd.clone().add(new THREE.Vector3(0, 0, -pitch / 2)),
        armEnd.clone().add(new THREE.Vector3(0, 0, pitch / 2)),
        0.03,
      ),
    ]),
    metal,
  );
  arm.name = 'hga-arm';
  group.add(arm);

  // Shallow paraboloids, opening towards −Y; two-sided as their backs are as visible as their faces.
  const dishRadius = d.hgaDishDiameterM / 2;
  const depth = 0.12;
  const dishProfile: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const r = (dishRadius * i) / 8;
    dishProfile.push([(depth * r * r) / (dishRadius * dishRadius), r]);
  }
  const dishGeometry = latheAlongX(dishProfile, 32).rotateZ(-Math.PI / 2);
  const dishes = new THREE.InstancedMesh(
    dishGeometry,
    finish('white-paint', { side: THREE.DoubleSide }),
    d.hgaDishCount,
  );
  dishes.name = 'hga-dishes';
  [
    [-1, -1],
    [-1, 1],
    [1, -1],
    [1, 1],
  ].forEach(([sx, sz], i) => {
    dishes.setMatrixAt(
      i,
      place.makeTranslation(armEnd.x + (sx! * pitch) / 2, armEnd.y, armEnd.z + (sz! * pitch) / 2),
    );
  });
  dishes.computeBoundingBox();
  group.add(dishes);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'apollo-csm',
  lengthM: d.overallLengthM,
  boundsM: { min: [-7.77, -3.38, -2.22], max: [3.64, 2.22, 2.22] },
  ports: { tunnel: { positionM: [APOLLO_CSM_TUNNEL_RING_X, 0, 0], axis: [1, 0, 0] } },
  sources: ['A-204', 'A-4012f', 'A-CSMW', 'A-HGA', 'FIN-CMT', 'FIN-APF', 'FIN-AMS'],
  build: buildApolloCsm,
};
