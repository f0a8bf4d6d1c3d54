/**
 * The scripted camera as a pure function of playback time.
 *
 * A keyframe looks at Earth from above a place (azimuth = longitude, elevation = latitude, in the
 * Earth-fixed frame) or at a body from its local frame (azimuth from the velocity in the local
 * horizontal plane, elevation above it). Between keyframes with the same target the parameters
 * ease; across a change of target the eye swings around Earth's centre (so it never cuts
 * through the planet) while the gaze turns from the old target to the new one.
 */
import { gmstRad } from '../orbit/propagate.ts';
import {
  add,
  cross,
  dot,
  length,
  lerp3,
  normalize,
  scale,
  slerp,
  sub,
  type Vec3,
} from '../vec3.ts';
import type { CompiledCameraKey } from './compiled-scene.ts';

export interface CameraPose {
  readonly eyeEci: Vec3;
  readonly targetEci: Vec3;
  readonly upEci: Vec3;
  readonly fovDeg: number;
  readonly craftScale: number;
  /** Id of the body (or "earth") the camera is mostly looking at: the floating origin. */
  readonly targetId: string;
}

export type BodyPositions = (id: string) => { eciKm: Vec3; velKms: Vec3 } | undefined;

const DEG = Math.PI / 180;
const NORTH: Vec3 = [0, 0, 1];

/**
 * Where a body was (or will be) at another moment of playback, when that is, and whether it is
 * then near the ground (where its drawing may be lifted off its true position).
 */
export type BodyPositionsAt = (
  id: string,
  playbackSec: number,
) => { eciKm: Vec3; velKms: Vec3; utcMs: number; nearGround: boolean } | undefined;

export function cameraAt(
  keys: readonly CompiledCameraKey[],
  playbackSec: number,
  utcMs: number,
  bodies: BodyPositions,
  bodiesAt?: BodyPositionsAt,
): CameraPose {
  const { a, b, s } = bracket(keys, playbackSec);
  if (a === b) return poseOf(a, utcMs, bodies);
  if (a.target === b.target) {
    return poseOf(
      {
        ...b,
        distanceKm: logLerp(a.distanceKm, b.distanceKm, s),
        azimuthDeg: a.azimuthDeg + shortestTurnDeg(a.azimuthDeg, b.azimuthDeg) * s,
        elevationDeg: lerp(a.elevationDeg, b.elevationDeg, s),
        fovDeg: lerp(a.fovDeg, b.fovDeg, s),
        craftScale: logLerp(a.craftScale, b.craftScale, s),
      },
      utcMs,
      bodies,
    );
  }
  if (s <= 0) return poseOf(a, utcMs, bodies);
  // Leaving a craft for the Earth, the swing starts from where the craft was when it began,
  // carried on for a moment (a craft that laps the Earth in a second of playback, as in phasing at
  // 4,700×, would drag the eye round after it). Between two craft flying together, the live one.
  const left =
    bodiesAt && b.target === 'earth' && coastingFrom(a, b.playbackSec, playbackSec, bodiesAt);
  const from = poseOf(a, utcMs, left || bodies);
  const to = poseOf(b, utcMs, bodies);
  const arrival = a.target === 'earth' ? arrivalInOrbit(from, b, utcMs, s, bodiesAt) : undefined;
  const eyeEci = arrival
    ? settledOn(to, arrival.eyeEci)
    : swingAroundEarth(from.eyeEci, to.eyeEci, s);
  // Leaving, the gaze starts the way it looked (the eye soon passes the craft it left, and the
  // way to that craft would whip round), turned with the eye as it swings round the Earth: held
  // still while the eye travels a quarter of the way round, it looked out into empty sky.
  // Arriving, it ends on the craft wherever the eye is.
  const fromGaze = left
    ? turnedWithSwing(sub(from.targetEci, from.eyeEci), from.eyeEci, to.eyeEci, s)
    : sub(from.targetEci, eyeEci);
  return {
    eyeEci,
    // Leaving, the gaze runs ahead of the eye (eased out) so the Earth fills the view early.
    targetEci: turnGaze(eyeEci, fromGaze, to.targetEci, left ? 1 - (1 - s) ** 2 : s),
    upEci: arrival?.upEci ?? normalize(lerp3(from.upEci, to.upEci, s)),
    fovDeg: lerp(from.fovDeg, to.fovDeg, s),
    craftScale: logLerp(from.craftScale, to.craftScale, s),
    targetId: s < 0.5 ? from.targetId : to.targetId,
  };
}

/**
 * Arriving from the Earth at a craft in orbit, the eye swings towards where the craft will be when
 * the swing ends, carried round the craft's orbit in step with the swing. (Towards the live craft,
 * one that laps the Earth during the swing, as in phasing at 473×, flipped the swing's great
 * circle whenever it passed the far side of the Earth: the view jumped up to 36° a frame.) At the
 * swing's end both are the live pose, and the eye already moves with the craft.
 */
function arrivalInOrbit(
  from: CameraPose,
  b: CompiledCameraKey,
  utcMs: number,
  s: number,
  bodiesAt: BodyPositionsAt | undefined,
): { eyeEci: Vec3; upEci: Vec3 } | undefined {
  const ahead = bodiesAt?.(b.target, b.playbackSec);
  if (!ahead || ahead.nearGround) return undefined;
  const end = poseOf(b, ahead.utcMs, () => ahead);
  const carry = alongOrbit(ahead, ((utcMs - ahead.utcMs) / 1000) * s);
  return {
    eyeEci: carry(swingAroundEarth(from.eyeEci, end.eyeEci, s)),
    upEci: carry(normalize(lerp3(from.upEci, end.upEci, s))),
  };
}

/** The longest a departure coasts on, in playback seconds, and as a share of its swing. */
const COAST_MAX_SEC = 1.5;
const COAST_MAX_SHARE = 0.3;
/** How far a departure may coast on, km: farther, the eye is dragged round after the craft. */
const COAST_MAX_KM = 1500;
/** How far back the playback rate at a departure is read, playback seconds. */
const RATE_PROBE_SEC = 1 / 60;

/**
 * Where a craft the camera leaves for the Earth is taken to be: its place at the key, carried on
 * along its velocity with its speed easing to nothing. (Held at the key, the view that had moved
 * with the craft stopped dead in one frame: 0.68° a frame to nothing in Voskhod-2.)
 */
function coastingFrom(
  a: CompiledCameraKey,
  swingEndSec: number,
  playbackSec: number,
  bodiesAt: BodyPositionsAt,
): BodyPositions {
  return (id) => {
    const at = bodiesAt(id, a.playbackSec);
    const before = bodiesAt(id, a.playbackSec - RATE_PROBE_SEC);
    if (!at || !before) return at;
    // UTC seconds per playback second just before the key, and the craft's speed in playback.
    const rate = (at.utcMs - before.utcMs) / 1000 / RATE_PROBE_SEC;
    const kmPerSec = length(at.velKms) * rate;
    // The speed eases out over `span` (1 − smoothstep), so the way covered is span·h(u), h(1) = ½.
    const span = Math.min(
      COAST_MAX_SEC,
      COAST_MAX_SHARE * (swingEndSec - a.playbackSec),
      kmPerSec > 0 ? (2 * COAST_MAX_KM) / kmPerSec : Infinity,
    );
    const u = Math.min(1, Math.max(0, (playbackSec - a.playbackSec) / span));
    const coastSec = span * (u - u ** 3 + u ** 4 / 2) * rate;
    return { eciKm: add(at.eciKm, scale(at.velKms, coastSec)), velKms: at.velKms };
  };
}

/** From how many times its final distance the eye closing on a craft turns fully, and not at all. */
const SETTLE_NEAR = 1.5;
const SETTLE_FAR = 60;

/**
 * The eye closing on a craft, turned about it towards the side it will look from. Swinging round
 * the Earth alone, the eye came down on the craft from above and dropped to its side in the last
 * second: the view whipped round at up to 4.6° a frame (Soyuz-36 reaching Salyut-6).
 */
function settledOn(to: CameraPose, eye: Vec3): Vec3 {
  const offset = sub(eye, to.targetEci);
  const final = sub(to.eyeEci, to.targetEci);
  const distance = length(offset);
  const far = Math.log(distance / length(final));
  const w = 1 - smoothstep((far - Math.log(SETTLE_NEAR)) / Math.log(SETTLE_FAR / SETTLE_NEAR));
  return add(to.targetEci, scale(slerp(normalize(offset), normalize(final), w), distance));
}

/** Turns a vector about a craft's orbit normal by the angle it covers in `seconds` (circular). */
function alongOrbit(state: { eciKm: Vec3; velKms: Vec3 }, seconds: number): (v: Vec3) => Vec3 {
  const h = cross(state.eciKm, state.velKms);
  const n = normalize(h);
  return turnAbout(n, (length(h) / dot(state.eciKm, state.eciKm)) * seconds);
}

/** Rotation by `angle` (rad) about the unit axis `n` (Rodrigues). */
function turnAbout(n: Vec3, angle: number): (v: Vec3) => Vec3 {
  const c = Math.cos(angle);
  const sn = Math.sin(angle);
  return (v) => add(add(scale(v, c), scale(cross(n, v), sn)), scale(n, dot(n, v) * (1 - c)));
}

/**
 * How many times their size the craft are drawn at `playbackSec`: the camera's `craftScale`,
 * which depends on the keys alone (not on where the bodies are).
 */
export function craftScaleAt(keys: readonly CompiledCameraKey[], playbackSec: number): number {
  const { a, b, s } = bracket(keys, playbackSec);
  return logLerp(a.craftScale, b.craftScale, s);
}

/** The keys either side of `playbackSec` and the eased way from one to the other. */
function bracket(
  keys: readonly CompiledCameraKey[],
  playbackSec: number,
): { a: CompiledCameraKey; b: CompiledCameraKey; s: number } {
  const nextIndex = keys.findIndex((key) => key.playbackSec > playbackSec);
  const a = keys[nextIndex <= 0 ? (nextIndex === 0 ? 0 : keys.length - 1) : nextIndex - 1]!;
  const b = nextIndex > 0 ? keys[nextIndex]! : a;
  if (a === b) return { a, b, s: 0 };
  const linear = (playbackSec - a.playbackSec) / (b.playbackSec - a.playbackSec);
  return { a, b, s: b.ease === 'inOut' ? smootherstep(linear) : linear };
}

function poseOf(key: CompiledCameraKey, utcMs: number, bodies: BodyPositions): CameraPose {
  const az = key.azimuthDeg * DEG;
  const el = key.elevationDeg * DEG;
  const body = key.target === 'earth' ? undefined : bodies(key.target);
  if (!body) {
    const lon = az + gmstRad(utcMs);
    const direction: Vec3 = [
      Math.cos(el) * Math.cos(lon),
      Math.cos(el) * Math.sin(lon),
      Math.sin(el),
    ];
    return {
      eyeEci: scale(direction, key.distanceKm),
      targetEci: [0, 0, 0],
      upEci: Math.abs(key.elevationDeg) > 85 ? horizontalUp(direction, lon) : NORTH,
      fovDeg: key.fovDeg,
      craftScale: key.craftScale,
      targetId: 'earth',
    };
  }
  const up = normalize(body.eciKm);
  const along = normalize(sub(body.velKms, scale(up, dot(body.velKms, up))));
  const side = cross(up, along);
  const horizontal = add(scale(along, Math.cos(az)), scale(side, Math.sin(az)));
  const direction = add(scale(horizontal, Math.cos(el)), scale(up, Math.sin(el)));
  return {
    eyeEci: add(body.eciKm, scale(direction, key.distanceKm)),
    targetEci: body.eciKm,
    upEci: up,
    fovDeg: key.fovDeg,
    craftScale: key.craftScale,
    targetId: key.target,
  };
}

/** Looking straight down on a pole, "up" is the meridian of the viewpoint. */
function horizontalUp(direction: Vec3, lonRad: number): Vec3 {
  const sign = direction[2] > 0 ? -1 : 1;
  return [sign * Math.cos(lonRad), sign * Math.sin(lonRad), 0];
}

/**
 * The look-at point across a change of target: the gaze turns from `toFrom` (towards the old
 * target) to the new target at a steady angle. (A point sliding from the Earth's centre to a
 * craft passes thousands of km below the craft while the eye is already near it, so the craft
 * would leave the frame mid-swing.)
 */
function turnGaze(eye: Vec3, toFrom: Vec3, to: Vec3, s: number): Vec3 {
  const toTo = sub(to, eye);
  const gaze = slerp(normalize(toFrom), normalize(toTo), s);
  return add(eye, scale(gaze, lerp(length(toFrom), length(toTo), s)));
}

/** `v` turned about the Earth's centre as `swingAroundEarth` turns the eye by step `s`. */
function turnedWithSwing(v: Vec3, from: Vec3, to: Vec3, s: number): Vec3 {
  const axis = cross(from, to);
  if (length(axis) < 1e-9 * length(from) * length(to)) return v;
  return turnAbout(normalize(axis), Math.atan2(length(axis), dot(from, to)) * s)(v);
}

function swingAroundEarth(from: Vec3, to: Vec3, s: number): Vec3 {
  const r0 = Math.hypot(...from);
  const r1 = Math.hypot(...to);
  return scale(slerp(scale(from, 1 / r0), scale(to, 1 / r1), s), logLerp(r0, r1, s));
}

function smoothstep(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

export function smootherstep(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * t * (t * (t * 6 - 15) + 10);
}

const lerp = (a: number, b: number, s: number): number => a + (b - a) * s;
const logLerp = (a: number, b: number, s: number): number =>
  Math.exp(lerp(Math.log(a), Math.log(b), s));
const shortestTurnDeg = (a: number, b: number): number => ((((b - a) % 360) + 540) % 360) - 180;
