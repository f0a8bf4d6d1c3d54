/**
 * A whole flight: a modelled ascent from the pad, the SGP4 orbit, a modelled descent to the
 * landing site. SGP4 covers only free flight, so ascent and descent are smooth blends between a
 * point fixed on the turning Earth and the SGP4 craft: they start (or end) exactly on the ground
 * and hand over to (or take over from) the orbit with the same position and velocity. Their
 * shape is illustrative, not reconstructed; scene files say so. A descent may end under a
 * parachute: the fall then reaches a given height above the site at a given time and sinks
 * straight down from there.
 */
import type { SatRec } from 'satellite.js';
import { eciToGeodetic } from 'satellite.js';
import { smoothstep } from '../easing.ts';
import { length, normalize, scale, slerp, type Vec3 } from '../vec3.ts';
import {
  geodeticToEciKm,
  gmstRad,
  propagateAt,
  turningWithEarthKms,
  wrapLonDeg,
  type OrbitState,
} from './propagate.ts';

export interface GroundLeg {
  readonly fromUtcMs: number;
  readonly untilUtcMs: number;
  /** The pad (ascent) or the landing site (descent). */
  readonly latDeg: number;
  readonly lonDeg: number;
  /** Descent only: from `utcMs` on, straight down from `altKm` above the site (a parachute). */
  readonly chute?: { readonly utcMs: number; readonly altKm: number };
}

export interface FlightPlan {
  /** The element set from launch (or the scene's start). */
  readonly satrec: SatRec;
  /** Later element sets, each from its burn on (in time order). */
  readonly changes?: readonly { readonly utcMs: number; readonly satrec: SatRec }[];
  readonly ascent?: GroundLeg;
  readonly descent?: GroundLeg;
}

/** The element set in force at `utcMs`. */
export function satrecAt(plan: FlightPlan, utcMs: number): SatRec {
  let satrec = plan.satrec;
  for (const change of plan.changes ?? []) {
    if (utcMs < change.utcMs) break;
    satrec = change.satrec;
  }
  return satrec;
}

export type FlightPhase = 'pad' | 'ascent' | 'orbit' | 'descent' | 'landed';

const DEG = Math.PI / 180;
const SAMPLE_MS = 1000;

/** Position, velocity and sub-point of the craft at `utcMs`, whatever the phase. */
export function flightStateAt(
  plan: FlightPlan,
  utcMs: number,
): OrbitState & { phase: FlightPhase } {
  const { ascent, descent } = plan;
  if (ascent && utcMs <= ascent.untilUtcMs) {
    // The lift-off second itself is the ascent's: the engines burn at full thrust.
    if (utcMs < ascent.fromUtcMs) return { ...groundState(ascent, utcMs), phase: 'pad' };
    return { ...blended(plan, ascent, utcMs, 'up'), phase: 'ascent' };
  }
  if (descent && utcMs >= descent.fromUtcMs) {
    if (utcMs >= descent.untilUtcMs) return { ...groundState(descent, utcMs), phase: 'landed' };
    return { ...blended(plan, descent, utcMs, 'down'), phase: 'descent' };
  }
  return { ...propagateAt(satrecAt(plan, utcMs), utcMs), phase: 'orbit' };
}

function blended(
  plan: FlightPlan,
  leg: GroundLeg,
  utcMs: number,
  direction: 'up' | 'down',
): OrbitState {
  const at = (t: number) =>
    direction === 'up' ? ascentPosition(plan, leg, t) : descentPosition(plan, leg, t);
  // Central difference: the curves are smooth, so this is the velocity to within metres/s.
  const t0 = Math.max(leg.fromUtcMs, utcMs - SAMPLE_MS);
  const t1 = Math.min(leg.untilUtcMs, utcMs + SAMPLE_MS);
  const before = at(t0);
  const after = at(t1);
  const dt = (t1 - t0) / 1000;
  const velKms: Vec3 = [
    (after[0] - before[0]) / dt,
    (after[1] - before[1]) / dt,
    (after[2] - before[2]) / dt,
  ];
  return withGeodetic(at(utcMs), velKms, utcMs);
}

/**
 * From the pad into the SGP4 craft, which it joins at insertion with the craft's position and
 * velocity: the height follows an early weight and the direction a late one, so the rocket rises
 * first and turns downrange later (a gravity turn's shape, not its physics). The direction aims
 * at the craft near insertion, moving to the craft itself as insertion nears: at lift-off the
 * SGP4 craft may still be uprange of the pad, and aiming at it would fly the rocket backwards.
 */
function ascentPosition(plan: FlightPlan, leg: GroundLeg, utcMs: number): Vec3 {
  const s = (utcMs - leg.fromUtcMs) / (leg.untilUtcMs - leg.fromUtcMs);
  // Reaches the craft with its pace and no jolt (the aim's time runs at 1, unaccelerated).
  const aimMs = leg.untilUtcMs + (utcMs - leg.untilUtcMs) * s * s * (3 - 2 * s);
  const aim = propagateAt(satrecAt(plan, aimMs), aimMs).eciKm;
  const ground = groundEci(leg, utcMs);
  const height = 1 - (1 - s) ** 3 * (1 + 3 * s);
  const downrange = s ** 4 * (35 - 84 * s + 70 * s * s - 20 * s ** 3);
  return scale(
    slerp(normalize(ground), normalize(aim), downrange),
    length(ground) + (length(aim) - length(ground)) * height,
  );
}

/**
 * After retrofire the craft falls behind its orbit: it follows the orbit's track on a clock that
 * slows to a stop where the track passes the landing site, sinks, and is pulled onto the site
 * over the last part of the leg. With a chute, that fall ends `altKm` above the site at the
 * chute's time, and the craft sinks straight down from there at a steady rate.
 */
function descentPosition(plan: FlightPlan, leg: GroundLeg, utcMs: number): Vec3 {
  const chute = leg.chute;
  if (!chute) return fallPosition(plan, leg, leg.untilUtcMs, 0, utcMs);
  if (utcMs < chute.utcMs) return fallPosition(plan, leg, chute.utcMs, chute.altKm, utcMs);
  const s = (utcMs - chute.utcMs) / (leg.untilUtcMs - chute.utcMs);
  return geodeticToEciKm(leg.latDeg, leg.lonDeg, chute.altKm * (1 - s), utcMs);
}

/** The fall from the orbit to `endAltKm` above the site, reached at `endMs`. */
function fallPosition(
  plan: FlightPlan,
  leg: GroundLeg,
  endMs: number,
  endAltKm: number,
  utcMs: number,
): Vec3 {
  const s = (utcMs - leg.fromUtcMs) / (endMs - leg.fromUtcMs);
  const d = endMs - leg.fromUtcMs;
  const reach = closestPassMs(plan, leg, endMs) - leg.fromUtcMs;
  // τ(s) = D·s + a·s² + b·s³ with τ'(0) = D (orbital pace), τ(1) = reach, τ'(1) = 0.
  const a = 3 * reach - 2 * d;
  const b = d - 2 * reach;
  const tau = leg.fromUtcMs + d * s + a * s * s + b * s * s * s;
  const craft = propagateAt(satrecAt(plan, tau), tau).eciKm;
  const ground = geodeticToEciKm(leg.latDeg, leg.lonDeg, endAltKm, utcMs);
  const toSite = smoothstep(0.55, 1, s);
  const radius = length(ground) + (length(craft) - length(ground)) * (1 - s * s);
  return scale(slerp(normalize(craft), normalize(ground), toSite), radius);
}

const closestPass = new WeakMap<GroundLeg, Map<number, number>>();

/**
 * The moment before `endMs` the orbit's track comes nearest the landing site (searched once per
 * leg and end).
 */
function closestPassMs(plan: FlightPlan, leg: GroundLeg, endMs: number): number {
  const known = closestPass.get(leg) ?? new Map<number, number>();
  closestPass.set(leg, known);
  const cached = known.get(endMs);
  if (cached !== undefined) return cached;
  const site = normalize(groundEci(leg, endMs));
  let best = leg.fromUtcMs;
  let bestDot = -2;
  for (let t = leg.fromUtcMs; t <= endMs; t += 5000) {
    const u = normalize(propagateAt(satrecAt(plan, t), t).eciKm);
    const dot = u[0] * site[0] + u[1] * site[1] + u[2] * site[2];
    if (dot > bestDot) {
      bestDot = dot;
      best = t;
    }
  }
  known.set(endMs, best);
  return best;
}

/** A place on the ground (WGS ellipsoid, height 0) in inertial coordinates at `utcMs`. */
const groundEci = (site: { latDeg: number; lonDeg: number }, utcMs: number): Vec3 =>
  geodeticToEciKm(site.latDeg, site.lonDeg, 0, utcMs);

function groundState(site: GroundLeg, utcMs: number): OrbitState {
  const position = groundEci(site, utcMs);
  const velKms = turningWithEarthKms(position);
  return { eciKm: position, velKms, latDeg: site.latDeg, lonDeg: site.lonDeg, altKm: 0 };
}

export function withGeodetic(eciKm: Vec3, velKms: Vec3, utcMs: number): OrbitState {
  const g = eciToGeodetic({ x: eciKm[0], y: eciKm[1], z: eciKm[2] }, gmstRad(utcMs));
  return {
    eciKm,
    velKms,
    latDeg: g.latitude / DEG,
    lonDeg: wrapLonDeg(g.longitude / DEG),
    altKm: g.height,
  };
}

export interface TrackPoint {
  readonly utcMs: number;
  readonly latDeg: number;
  readonly lonDeg: number;
}

/** Points computed at a time: an hour of track at the map's 20 s step. */
const POINTS_PER_CHUNK = 180;

/**
 * Sub-craft points every `stepSec` from `fromUtcMs` to `toUtcMs` (for ground-track maps),
 * computed only where asked for and kept: a map shows the last hours of a flight, and working out
 * all four days of Apollo–Soyuz at once took 0.15 s of a cold start.
 */
export function createFlightTrack(
  stateAt: (utcMs: number) => { readonly latDeg: number; readonly lonDeg: number },
  fromUtcMs: number,
  toUtcMs: number,
  stepSec: number,
) {
  const stepMs = stepSec * 1000;
  const count = toUtcMs >= fromUtcMs ? Math.floor((toUtcMs - fromUtcMs) / stepMs) + 1 : 0;
  const chunks = new Map<number, TrackPoint[]>();
  const chunk = (index: number): TrackPoint[] => {
    let points = chunks.get(index);
    if (!points) {
      points = [];
      const end = Math.min(count, (index + 1) * POINTS_PER_CHUNK);
      for (let i = index * POINTS_PER_CHUNK; i < end; i++) {
        const utcMs = fromUtcMs + i * stepMs;
        const { latDeg, lonDeg } = stateAt(utcMs);
        points.push({ utcMs, latDeg, lonDeg });
      }
      chunks.set(index, points);
    }
    return points;
  };
  return {
    /** Visits the track's points from `fromMs` to `toMs`, in time order. */
    forEachBetween(fromMs: number, toMs: number, visit: (point: TrackPoint) => void): void {
      const first = Math.max(0, Math.ceil((fromMs - fromUtcMs) / stepMs));
      const last = Math.min(count - 1, Math.floor((toMs - fromUtcMs) / stepMs));
      for (let i = first; i <= last; i++)
        visit(chunk(Math.floor(i / POINTS_PER_CHUNK))[i % POINTS_PER_CHUNK]!);
    },
  };
}

export type FlightTrack = ReturnType<typeof createFlightTrack>;
