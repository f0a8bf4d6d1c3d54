/**
 * The Soyuz 7K's service module and the small parts its close shots need, shared by the 7K-TM
 * (soyuz-7k-tm.ts) and the 7K-T ferry, which flew the same modules and engines.
 *
 * Sources (docs/SOURCES.md):
 * - the service module in three sections (PAO-RSW): an open, truss-like intermediate compartment
 *   fixed to the descent module at 10 points, carrying oxygen tanks and attitude thrusters; a
 *   drum-shaped pressurised instrument compartment; the propulsion compartment at the tail, with
 *   the main engines, the solar arrays and the main radiator (8 m²), the one outer surface left
 *   bare of the insulating blankets (FIN-SZB);
 * - the KTDU-35 engines (KTDU-W): the main engine's one nozzle in the tail, the backup engine's
 *   two nozzles either side of it;
 * - the descent module's periscope and its eight attitude thrusters (SA-RSW), its circular window
 *   and the periscope as Stafford photographed Soyuz 19 (A-SFA); the orbital module's side hatch,
 *   through which the crew boarded, near the descent module, and its window (SOY-W, SOY-BL).
 * The sections' lengths, the sizes and places of the nozzles, tanks, thrusters, windows, hatch
 * and periscope are illustrative; the documented outer dimensions are the modules' own.
 * Axes as in the models: +X forward; phi (roll) measured from +Y towards +Z.
 */
import * as THREE from 'three';
import { latheAlongX, type Profile, radial, rod } from './parts.ts';

/** The sources of what this file adds, cited by both models. */
export const SOYUZ_DETAIL_SOURCES = ['PAO-RSW', 'KTDU-W', 'SA-RSW', 'SOY-W', 'SOY-BL', 'A-SFA'];

export interface ServiceModuleFrame {
  /** x of the tail (the propulsion compartment's aft face). */
  readonly aftX: number;
  /** x of the front, where the intermediate compartment meets the descent module's heat shield. */
  readonly frontX: number;
  readonly aftRadius: number;
  readonly forwardRadius: number;
}

/**
 * Lengths of the propulsion compartment's cylinder and of its flare to the instrument drum: the
 * cylinder is the radiator, long enough for its documented 8 m² at the 2.72 m diameter.
 */
const PROPULSION_CYLINDER_M = 0.93;
const FLARE_M = 0.45;
/** The open intermediate compartment between the instrument drum and the heat shield. */
const INTERMEDIATE_M = 0.4;
const RING_DEPTH_M = 0.04;
const RING_WIDTH_M = 0.07;
/** How deep the tail's bulkhead sits inside the skirt, the nozzles within it. */
const RECESS_M = 0.45;
/** The truss's attachment points on the descent module (PAO-RSW). */
const ATTACHMENTS = 10;

/** x range of the radiator band: the propulsion compartment's cylinder. */
export function radiatorSpan(sm: ServiceModuleFrame): [number, number] {
  return [sm.aftX, sm.aftX + PROPULSION_CYLINDER_M];
}

/**
 * The painted structure: the tail's recessed bulkhead and the skirt's bore, the flare, the instrument drum with its domed front
 * and the intermediate compartment's ring and struts, through which the heat shield shows.
 */
export function serviceModuleHull(sm: ServiceModuleFrame): THREE.BufferGeometry[] {
  const drumFrontX = sm.frontX - INTERMEDIATE_M;
  const recessX = sm.aftX + RECESS_M;
  const parts = [
    // The bulkhead the engines stand on, inside the skirt's bore, and the skirt's rim.
    latheAlongX([
      [recessX, 0],
      [recessX, sm.aftRadius - 0.02],
      [sm.aftX, sm.aftRadius - 0.02],
      [sm.aftX, sm.aftRadius],
    ]),
    latheAlongX([
      [sm.aftX + PROPULSION_CYLINDER_M, sm.aftRadius],
      [sm.aftX + PROPULSION_CYLINDER_M + FLARE_M, sm.forwardRadius],
      [drumFrontX, sm.forwardRadius],
      [drumFrontX + 0.03, sm.forwardRadius - 0.2],
      [drumFrontX + 0.12, 0],
    ]),
    // The ring the truss holds up to the heat shield: an annulus with a bore.
    latheAlongX([
      [sm.frontX - RING_DEPTH_M, sm.forwardRadius - RING_WIDTH_M],
      [sm.frontX - RING_DEPTH_M, sm.forwardRadius],
      [sm.frontX, sm.forwardRadius],
      [sm.frontX, sm.forwardRadius - RING_WIDTH_M],
      [sm.frontX - RING_DEPTH_M, sm.forwardRadius - RING_WIDTH_M],
    ]),
  ];
  // A zig-zag of struts: each attachment point on the ring braced to the drum's rim either side.
  const strutRadius = sm.forwardRadius - RING_WIDTH_M / 2;
  const step = (Math.PI * 2) / ATTACHMENTS;
  for (let k = 0; k < ATTACHMENTS; k++) {
    const top = new THREE.Vector3(sm.frontX - RING_DEPTH_M, 0, 0).addScaledVector(
      radial(k * step),
      strutRadius,
    );
    for (const side of [-0.5, 0.5]) {
      const foot = new THREE.Vector3(drumFrontX, 0, 0).addScaledVector(
        radial((k + side) * step),
        strutRadius,
      );
      parts.push(rod(foot, top, 0.022));
    }
  }
  return parts;
}

/** The propulsion compartment's cylinder: the radiator, painted white over its tubes. */
export function radiatorBand(sm: ServiceModuleFrame): THREE.BufferGeometry {
  const [from, to] = radiatorSpan(sm);
  return latheAlongX(
    [
      [from, sm.aftRadius],
      [to, sm.aftRadius],
    ],
    64,
  );
}

function bell(length: number, throat: number, exit: number, segments = 16): THREE.BufferGeometry {
  // Walking from the exit towards the throat along the bell's outside (it faces out), drawn
  // double-sided so its inside shows from behind.
  return latheAlongX(
    [
      [-length, exit],
      [-length * 0.55, exit * 0.78],
      [-length * 0.15, throat * 1.4],
      [0, throat],
    ],
    segments,
  );
}

/**
 * The KTDU-35's nozzles on the tail's recessed bulkhead (KTDU-W), inside the skirt: the main
 * engine's on the axis, the backup engine's two either side of it (along ±Y, away from the arrays).
 */
export function engineNozzles(sm: ServiceModuleFrame): THREE.BufferGeometry[] {
  const bulkheadX = sm.aftX + RECESS_M;
  const main = bell(0.42, 0.06, 0.2, 24).translate(bulkheadX, 0, 0);
  const backups = [1, -1].map((side) =>
    bell(0.24, 0.035, 0.1).translate(bulkheadX, side * 0.48, 0),
  );
  return [main, ...backups];
}

/** A small thruster bell standing on a surface, pointing along `out`, its throat at `root`. */
function thruster(root: THREE.Vector3, out: THREE.Vector3, size = 1): THREE.BufferGeometry {
  return bell(0.09 * size, 0.018 * size, 0.04 * size, 10)
    .rotateZ(Math.PI) // the bell opens along +X now
    .applyQuaternion(new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(1, 0, 0), out))
    .translate(root.x, root.y, root.z);
}

/** A point on a solid of revolution and its surface's frame: +Z out of the surface, +Y forward. */
export function onProfile(profile: Profile, x: number, rollRad: number, lift = 0): THREE.Matrix4 {
  let i = 1;
  while (i < profile.length - 1 && profile[i]![0] < x) i++;
  const [x0, r0] = profile[i - 1]!;
  const [x1, r1] = profile[i]!;
  const t = x1 === x0 ? 0 : (x - x0) / (x1 - x0);
  const r = r0 + (r1 - r0) * t;
  const out = radial(rollRad);
  // The wall's tangent in the (axis, out) plane; its normal turns it a quarter towards the outside.
  const tangent = new THREE.Vector3(x1 - x0, 0, 0).addScaledVector(out, r1 - r0).normalize();
  const normal = new THREE.Vector3(-(r1 - r0), 0, 0).addScaledVector(out, x1 - x0).normalize();
  const side = new THREE.Vector3().crossVectors(tangent, normal);
  const at = new THREE.Vector3(x, 0, 0).addScaledVector(out, r).addScaledVector(normal, lift);
  return new THREE.Matrix4().makeBasis(side, tangent, normal).setPosition(at);
}

/**
 * The same point with the frame squared to the craft: +Z straight out from the axis, +Y along
 * it, for fittings that look along the craft whatever the wall's slope.
 */
function squaredOnProfile(profile: Profile, x: number, rollRad: number): THREE.Matrix4 {
  const at = new THREE.Vector3().setFromMatrixPosition(onProfile(profile, x, rollRad));
  const out = radial(rollRad);
  const forward = new THREE.Vector3(1, 0, 0);
  return new THREE.Matrix4()
    .makeBasis(new THREE.Vector3().crossVectors(forward, out), forward, out)
    .setPosition(at);
}

/** Where the periscope stands: on the descent module's wall, underneath (−Y). */
const periscopeFrame = (f: SoyuzDetailFrame) => squaredOnProfile(f.descentProfile, -1.55, Math.PI);

export interface SoyuzDetailFrame {
  readonly sm: ServiceModuleFrame;
  /** The descent module's outer wall, aft to front. */
  readonly descentProfile: Profile;
  /** The orbital module's outer wall, aft to front. */
  readonly orbitalProfile: Profile;
}

/**
 * Metal fittings: the intermediate compartment's oxygen tanks and thruster pairs, the tail's
 * thruster pairs, the descent module's eight thrusters and periscope, the orbital module's hatch.
 */
export function soyuzFittings(f: SoyuzDetailFrame): THREE.BufferGeometry[] {
  const { sm } = f;
  const parts: THREE.BufferGeometry[] = [];
  const tankX = sm.frontX - INTERMEDIATE_M / 2 - RING_DEPTH_M / 2;
  for (let k = 0; k < 4; k++) {
    const at = new THREE.Vector3(tankX, 0, 0).addScaledVector(
      radial(Math.PI / 4 + k * (Math.PI / 2)),
      0.7,
    );
    parts.push(new THREE.SphereGeometry(0.15, 16, 12).translate(at.x, at.y, at.z));
  }
  for (let k = 0; k < 4; k++) {
    const roll = k * (Math.PI / 2);
    const out = radial(roll);
    const tangent = radial(roll + Math.PI / 2);
    // On the intermediate compartment: one thruster firing outwards, one sideways for roll.
    const pkho = new THREE.Vector3(tankX, 0, 0).addScaledVector(out, sm.forwardRadius - 0.1);
    parts.push(thruster(pkho, out), thruster(pkho.clone().addScaledVector(tangent, 0.06), tangent));
    // On the skirt near the tail: one firing outwards, one sideways.
    const tail = new THREE.Vector3(sm.aftX + 0.12, 0, 0).addScaledVector(out, sm.aftRadius);
    parts.push(thruster(tail, out), thruster(tail.clone().addScaledVector(tangent, 0.06), tangent));
  }
  // The descent module's thrusters, in pairs at four rolls, set into its wall (SA-RSW: eight).
  for (let k = 0; k < 4; k++) {
    for (const dx of [-0.09, 0.09]) {
      const place = onProfile(f.descentProfile, -1.45 + dx, Math.PI / 4 + k * (Math.PI / 2), -0.03);
      parts.push(
        thruster(new THREE.Vector3(), new THREE.Vector3(0, 0, 1), 0.8).applyMatrix4(place),
      );
    }
  }
  // The periscope: a housing on the descent module's wall, its head looking forward (SA-RSW).
  const periscope = periscopeFrame(f);
  parts.push(
    new THREE.CylinderGeometry(0.1, 0.12, 0.22, 16)
      .rotateX(Math.PI / 2)
      .translate(0, 0, 0.1)
      .applyMatrix4(periscope),
    new THREE.BoxGeometry(0.2, 0.26, 0.16).translate(0, 0.05, 0.28).applyMatrix4(periscope),
  );
  // The side hatch's rim, near the descent module (SOY-W, SOY-BL).
  const hatch = onProfile(f.orbitalProfile, 0.62, Math.PI / 2 + 0.5, 0.01);
  parts.push(new THREE.TorusGeometry(0.33, 0.03, 8, 32).applyMatrix4(hatch));
  return parts;
}

/** Window panes: two on the descent module, the periscope's head, one on the orbital module. */
export function soyuzWindows(f: SoyuzDetailFrame): THREE.BufferGeometry[] {
  const pane = (profile: Profile, x: number, roll: number, radius: number) =>
    new THREE.CircleGeometry(radius, 20).applyMatrix4(onProfile(profile, x, roll, 0.008));
  const periscope = periscopeFrame(f);
  const head = new THREE.PlaneGeometry(0.14, 0.1)
    .rotateX(-Math.PI / 2)
    .translate(0, 0.181, 0.3)
    .applyMatrix4(periscope);
  return [
    pane(f.descentProfile, -1.2, Math.PI - 0.9, 0.1),
    pane(f.descentProfile, -1.2, Math.PI + 0.9, 0.1),
    head,
    pane(f.orbitalProfile, 1.7, Math.PI / 2 + 0.5, 0.1),
  ];
}
