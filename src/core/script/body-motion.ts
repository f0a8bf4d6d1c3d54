/**
 * Where each body is and which way it points, as functions of UTC built once per scene. A body
 * flies its own SGP4 flight (with burns, and displacements such as backing off its stage), or in
 * its last minutes before docking follows the proximity model in its target's frame, or is
 * carried by another body, or leaves one and comes down under a parachute of its own. Every
 * function here is pure; evaluate() calls them each frame.
 */
import {
  attitudeOf,
  climbingAttitude,
  yawAt,
  type Attitude,
  type AttitudeKey,
} from '../orbit/attitude.ts';
import { fromRelative, toRelative, type RelativeState } from '../orbit/clohessy-wiltshire.ts';
import { fromLvlh, type DockingGeometry } from '../orbit/docking-geometry.ts';
import {
  flightStateAt,
  withGeodetic,
  type FlightPhase,
  type FlightPlan,
} from '../orbit/flight-path.ts';
import { geodeticToEciKm, type OrbitState } from '../orbit/propagate.ts';
import {
  proximityStateAt,
  type ProximityPhase,
  type ProximityPlan,
} from '../orbit/proximity-operations.ts';
import { add, cross, dot, length, normalize, scale, slerp, sub, type Vec3 } from '../vec3.ts';

export type BodyPhase = FlightPhase | ProximityPhase | 'carried' | 'parachute';

export interface BodyState extends OrbitState, Attitude {
  readonly phase: BodyPhase;
}

export type BodyMotion = (utcMs: number) => BodyState;

export interface OffsetKey {
  readonly utcMs: number;
  readonly alongM: number;
}

export interface CarriedPhase {
  readonly fromMs: number;
  readonly to: string;
  readonly offsetM: readonly [number, number, number];
  readonly reversed: boolean;
}

/** Docking with `targetId`: the proximity plan and where the two ports sit on their craft. */
export interface Rendezvous {
  readonly targetId: string;
  readonly plan: ProximityPlan;
  readonly geometry: DockingGeometry;
  /** The chaser's docking axis in its own model axes (its HUD's boresight). */
  readonly chaserAxisInModel: Vec3;
}

/** Seconds the chaser takes to turn from its own attitude to the docking attitude. */
const DOCKING_TURN_SEC = 120;

/** Along-track displacement at `utcMs`, eased between keys (0 outside them). */
export function offsetAt(keys: readonly OffsetKey[], utcMs: number): number {
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (!first || !last || utcMs <= first.utcMs) return first?.alongM ?? 0;
  if (utcMs >= last.utcMs) return last.alongM;
  const i = keys.findIndex((k) => k.utcMs > utcMs);
  const a = keys[i - 1]!;
  const b = keys[i]!;
  const s = (utcMs - a.utcMs) / (b.utcMs - a.utcMs);
  return a.alongM + (b.alongM - a.alongM) * (s * s * (3 - 2 * s));
}

/** A body flying its own orbit (and, if given, docking with another). */
export function flownMotion(
  plan: FlightPlan,
  offsets: readonly OffsetKey[],
  attitude: readonly AttitudeKey[],
  rendezvous: (Rendezvous & { target: BodyMotion }) | null,
): BodyMotion {
  return (utcMs) => {
    if (rendezvous && utcMs >= rendezvous.plan.handOverMs) {
      const target = rendezvous.target(utcMs);
      const relative = proximityStateAt(rendezvous.plan, utcMs);
      const own = fromRelative(target, originsRelative(relative, rendezvous.geometry));
      const docking = rendezvous.geometry.chaserAttitude;
      const turned = attitudeOf(target, yawAt(attitude, utcMs));
      const s = Math.min(1, (utcMs - rendezvous.plan.handOverMs) / 1000 / DOCKING_TURN_SEC);
      const w = s * s * (3 - 2 * s);
      return {
        ...withGeodetic(own.eciKm, own.velKms, utcMs),
        ...blendAttitude(
          turned,
          { forward: fromLvlh(target, docking.forward), up: fromLvlh(target, docking.up) },
          w,
        ),
        phase: relative.phase,
      };
    }
    const flight = flightStateAt(plan, utcMs);
    const along = offsetAt(offsets, utcMs);
    const base = along === 0 ? flight : shifted(flight, along / 1000, utcMs);
    const climbing = flight.phase === 'pad' || flight.phase === 'ascent';
    return {
      ...base,
      ...(climbing
        ? climbingAttitude(flight, climbed(plan, utcMs))
        : attitudeOf(flight, yawAt(attitude, utcMs))),
      phase: flight.phase,
    };
  };
}

/**
 * How far a climbing craft has turned from its rocket's path to its orbit's horizontal: not at
 * all for most of the climb, where its flame trails it along that path; over the last fifth,
 * eased, so that it runs into its orbit attitude at insertion.
 */
function climbed(plan: FlightPlan, utcMs: number): number {
  const leg = plan.ascent;
  if (!leg) return 1;
  const s = (utcMs - leg.fromUtcMs) / (leg.untilUtcMs - leg.fromUtcMs);
  const w = Math.min(1, Math.max(0, (s - 0.8) / 0.2));
  return w * w * (3 - 2 * w);
}

function shifted(state: OrbitState, alongKm: number, utcMs: number): OrbitState {
  const { forward } = attitudeOf(state, 0);
  return withGeodetic(add(state.eciKm, scale(forward, alongKm)), state.velKms, utcMs);
}

/** A body carried by others, phase by phase. */
export function carriedMotion(
  phases: readonly CarriedPhase[],
  carrier: (id: string) => BodyMotion,
): BodyMotion {
  return (utcMs) => {
    const phase = [...phases].reverse().find((p) => utcMs >= p.fromMs) ?? phases[0]!;
    const c = carrier(phase.to)(utcMs);
    const side = cross(c.forward, c.up);
    const [f, u, s] = phase.offsetM;
    const offsetKm = scale(add(add(scale(c.forward, f), scale(c.up, u)), scale(side, s)), 0.001);
    return {
      ...withGeodetic(add(c.eciKm, offsetKm), c.velKms, utcMs),
      forward: phase.reversed ? scale(c.forward, -1) : c.forward,
      up: c.up,
      phase: 'carried',
    };
  };
}

/** Leaving a carrier at `leaveMs` and landing under a parachute at a site at `landMs`. */
export interface ParachuteDescent {
  readonly leaveMs: number;
  readonly landMs: number;
  readonly latDeg: number;
  readonly lonDeg: number;
}

/**
 * Inside the carrier until it leaves; then from the carrier's place at that moment down to the
 * site: the sub-point moves along the great circle and the height falls, both at a steady rate
 * (a parachute's drift and sink); then on the ground at the site, turning with the Earth.
 */
export function parachuteMotion(descent: ParachuteDescent, carrier: BodyMotion): BodyMotion {
  let start: { latDeg: number; lonDeg: number; altKm: number } | null = null;
  const place = (utcMs: number): { latDeg: number; lonDeg: number; altKm: number } => {
    start ??= carrier(descent.leaveMs);
    const s = Math.min(1, (utcMs - descent.leaveMs) / (descent.landMs - descent.leaveMs));
    return { ...greatCircleStep(start, descent, s), altKm: start.altKm * (1 - s) };
  };
  const eciAt = (utcMs: number): Vec3 => {
    const p = place(utcMs);
    return geodeticToEciKm(p.latDeg, p.lonDeg, p.altKm, utcMs);
  };
  return (utcMs) => {
    if (utcMs < descent.leaveMs) return { ...carrier(utcMs), phase: 'carried' };
    const eciKm = eciAt(utcMs);
    // Central difference over one second: the path is smooth, so this is the velocity.
    const velKms = sub(eciAt(utcMs + 500), eciAt(utcMs - 500));
    const state = withGeodetic(eciKm, velKms, utcMs);
    return {
      ...state,
      ...attitudeOf(state, 0),
      phase: utcMs >= descent.landMs ? 'landed' : 'parachute',
    };
  };
}

/** The point a fraction `s` of the way from `a` to `b` along the great circle. */
function greatCircleStep(
  a: { latDeg: number; lonDeg: number },
  b: { latDeg: number; lonDeg: number },
  s: number,
): { latDeg: number; lonDeg: number } {
  const rad = Math.PI / 180;
  const unit = (p: { latDeg: number; lonDeg: number }): Vec3 => [
    Math.cos(p.latDeg * rad) * Math.cos(p.lonDeg * rad),
    Math.cos(p.latDeg * rad) * Math.sin(p.lonDeg * rad),
    Math.sin(p.latDeg * rad),
  ];
  const [x, y, z] = slerp(unit(a), unit(b), s);
  return { latDeg: Math.atan2(z, Math.hypot(x, y)) / rad, lonDeg: Math.atan2(y, x) / rad };
}

/** From attitude `a` to `b` by the fraction `w` (a half turn switches halfway). */
function blendAttitude(a: Attitude, b: Attitude, w: number): Attitude {
  if (w <= 0) return a;
  if (w >= 1) return b;
  if (dot(a.forward, b.forward) < -0.999 || dot(a.up, b.up) < -0.999) return w < 0.5 ? a : b;
  const forward = normalize(slerp(a.forward, b.forward, w));
  const side = cross(forward, slerp(a.up, b.up, w));
  if (length(side) < 1e-9) return w < 0.5 ? a : b;
  return { forward, up: normalize(cross(side, forward)) };
}

/**
 * Interface-to-interface relative state → origin-to-origin: docked, the chaser's origin sits
 * where its port meets the target's.
 */
function originsRelative(relative: RelativeState, geometry: DockingGeometry): RelativeState {
  return {
    posKm: add(sub(relative.posKm, geometry.chaserPortKm), geometry.targetPortKm),
    velKms: relative.velKms,
  };
}

export interface RelativeReading {
  readonly chaser: string;
  readonly target: string;
  /** Interface to interface, m. */
  readonly rangeM: number;
  /** d(range)/dt, m/s: negative while closing. */
  readonly rangeRateMs: number;
  /**
   * Offsets from the line out of the target's port (for a port facing along the velocity line:
   * radial, out of plane), m, and their rates, m/s.
   */
  readonly lateralM: readonly [number, number];
  readonly lateralRateMs: readonly [number, number];
  /** Angle between the chaser's docking axis and the line to the target's interface, degrees. */
  readonly attitudeErrorDeg: number;
  readonly phase: BodyPhase;
  /** Where station keeping holds, m from the target's port. */
  readonly holdM: number;
}

/** How the chaser sees its target at `utcMs` (whatever model the chaser flies by then). */
export function relativeReading(
  chaserId: string,
  rendezvous: Rendezvous,
  chaser: BodyState,
  target: BodyState,
): RelativeReading {
  const origins = toRelative(target, chaser);
  const g = rendezvous.geometry;
  const posKm = sub(add(origins.posKm, g.chaserPortKm), g.targetPortKm);
  const rangeKm = length(posKm);
  const rangeRate = rangeKm > 1e-9 ? dot(posKm, origins.velKms) / rangeKm : 0;
  const toTarget = sub(target.eciKm, chaser.eciKm);
  const lineLength = length(toTarget);
  const [ax, ay, az] = rendezvous.chaserAxisInModel;
  const side = cross(chaser.forward, chaser.up);
  const boresight = add(add(scale(chaser.forward, ax), scale(chaser.up, ay)), scale(side, az));
  const cosine = lineLength > 1e-9 ? dot(toTarget, boresight) / lineLength : 1;
  const [e1, e2] = g.lateral;
  return {
    chaser: chaserId,
    target: rendezvous.targetId,
    rangeM: rangeKm * 1000,
    rangeRateMs: rangeRate * 1000,
    lateralM: [dot(posKm, e1) * 1000, dot(posKm, e2) * 1000],
    lateralRateMs: [dot(origins.velKms, e1) * 1000, dot(origins.velKms, e2) * 1000],
    attitudeErrorDeg:
      chaser.phase === 'docked'
        ? 0
        : (Math.acos(Math.min(1, Math.max(-1, cosine))) * 180) / Math.PI,
    phase: chaser.phase,
    holdM: rendezvous.plan.holdKm * 1000,
  };
}

/**
 * Interface range of a rendezvous sampled `count` times from `fromMs` to `toMs` (for the HUD's
 * range plot), whatever model the chaser flies at each instant.
 */
export function rangeProfile(
  chaserId: string,
  rendezvous: Rendezvous,
  chaser: BodyMotion,
  target: BodyMotion,
  fromMs: number,
  toMs: number,
  count: number,
): { utcMs: number; rangeM: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const utcMs = fromMs + ((toMs - fromMs) * i) / (count - 1);
    const reading = relativeReading(chaserId, rendezvous, chaser(utcMs), target(utcMs));
    return { utcMs, rangeM: reading.rangeM };
  });
}

/** Radius of the approach cone at `rangeM` (as Orbiter's docking HUD draws it), m. */
export const approachConeRadiusM = (rangeM: number): number => 0.0875 * rangeM + 0.3;
