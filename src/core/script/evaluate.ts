/**
 * A frame of a scene as a pure function of playback time: what the view draws and the UI shows.
 * The player, the kiosk and the recorder all call this with the clock's time and nothing else.
 */
import { gmstRad, type Vec3 } from '../orbit/propagate.ts';
import { moonPositionEci } from '../sky/moon.ts';
import { subsolarPoint, sunDirectionEci } from '../sky/sun.ts';
import { utcAt, warpAt } from '../time/timeline.ts';
import { relativeReading, type BodyState, type RelativeReading } from './body-motion.ts';
import { cameraAt, craftScaleAt, type CameraPose } from './camera.ts';
import { exhaustsIn, type Exhaust } from './exhaust.ts';
import { liftsOffGround, mayBeLifted } from './ground-clearance.ts';
import { add, scale, sub } from '../vec3.ts';
import type { CompiledCameraKey, CompiledCaption, CompiledScene } from './compiled-scene.ts';

export interface BodyFrame extends BodyState {
  readonly id: string;
  readonly visible: boolean;
  /** Named parts of its model hidden at this moment. */
  readonly hiddenParts: readonly string[];
  /**
   * Where its model is drawn: `eciKm`, or above it where the camera's enlargement would bury the
   * model or its flame in the ground (ground-clearance.ts). The camera frames this point.
   */
  readonly drawnEciKm: Vec3;
}

export interface SceneFrame {
  readonly playbackSec: number;
  readonly utcMs: number;
  /** Earth's rotation angle (Greenwich sidereal), rad. */
  readonly gmstRad: number;
  readonly sunDirectionEci: Vec3;
  readonly subsolar: { readonly latDeg: number; readonly lonDeg: number };
  /** Geocentric Moon, km. */
  readonly moonEci: Vec3;
  readonly bodies: readonly BodyFrame[];
  /** The rockets burning: one flame per rocket climbing (exhaust.ts). */
  readonly exhausts: readonly Exhaust[];
  readonly camera: CameraPose;
  readonly caption: CompiledCaption | null;
  /** A chaser and its target during the approach (the docking HUD reads this). */
  readonly relative: RelativeReading | null;
  readonly events: readonly {
    readonly id: string;
    readonly utcMs: number;
    readonly passed: boolean;
  }[];
}

/**
 * An inspection replaces the scene's camera, and its time if `utcMs` is given (screenshots of any
 * moment, tests, a visitor's camera preset); bodies, captions and events follow from that UTC.
 */
export interface Inspection {
  readonly utcMs?: number;
  readonly camera: CompiledCameraKey;
}

export function evaluate(
  scene: CompiledScene,
  playbackSec: number,
  inspection?: Inspection | null,
): SceneFrame {
  const t = Math.min(scene.timeline.durationSec, Math.max(0, playbackSec));
  const utcMs = inspection?.utcMs ?? utcAt(scene.timeline, t);
  const moving = scene.bodies.map((body) => ({
    id: body.id,
    // A scene's craft exist only within its time span (an inspection may look elsewhere in time).
    visible:
      utcMs >= Math.max(body.visibleFromMs, scene.timeline.startUtcMs) &&
      utcMs <= Math.min(body.visibleUntilMs, scene.timeline.endUtcMs),
    hiddenParts: body.parts.filter((p) => utcMs < p.fromMs || utcMs > p.untilMs).map((p) => p.name),
    ...body.motion(utcMs),
  }));
  const keys = inspection ? [inspection.camera] : scene.camera;
  // Where the bodies are drawn depends on the enlargement, which does not depend on them.
  const craftScale = craftScaleAt(keys, t);
  // A flame starts at the tail of its model: how far its box reaches behind the origin.
  const exhausts = exhaustsIn(moving, (id) => {
    const body = scene.bodies.find((b) => b.id === id);
    return body ? Math.max(0, -body.boundsM.min[0]) : 0;
  });
  const lifts = liftsOffGround(
    moving,
    scene.bodies.map((b) => b.boundsM),
    exhausts,
    craftScale,
  );
  const bodies = moving.map((body, i) => ({ ...body, drawnEciKm: add(body.eciKm, lifts[i]!) }));
  // In a hold no UTC passes, and the heading is the velocity itself.
  const headingSpan = HEADING_SPAN_SEC * warpAt(scene.timeline, t);
  const camera = cameraAt(
    keys,
    t,
    utcMs,
    (id) => {
      const body = bodies.find((b) => b.id === id);
      const motion = scene.bodies.find((b) => b.id === id)?.motion;
      return (
        body &&
        motion && {
          eciKm: body.drawnEciKm,
          velKms: headingSpan > 0 ? headingAt(motion, utcMs, headingSpan) : body.velKms,
        }
      );
    },
    // Where a craft the camera leaves was, or one it swings to will be: its true position.
    (id, sec) => {
      const body = scene.bodies.find((b) => b.id === id);
      if (!body) return undefined;
      const at = utcAt(scene.timeline, sec);
      const { eciKm, velKms, phase } = body.motion(at);
      return { eciKm, velKms, utcMs: at, nearGround: mayBeLifted(phase) };
    },
  );
  return {
    playbackSec: t,
    utcMs,
    gmstRad: gmstRad(utcMs),
    sunDirectionEci: sunDirectionEci(utcMs),
    subsolar: subsolarPoint(utcMs),
    moonEci: moonPositionEci(utcMs),
    bodies,
    exhausts,
    camera,
    caption: captionAt(scene.captions, t),
    relative: relativeAt(scene, bodies, utcMs),
    events: scene.events.map((e) => ({ id: e.id, utcMs: e.utcMs, passed: utcMs >= e.utcMs })),
  };
}

/** Playback seconds over which the camera takes a craft's heading (below). */
const HEADING_SPAN_SEC = 0.4;

/**
 * The way a craft is heading, for the camera that follows it: its mean velocity over `spanSec` of
 * UTC round `utcMs`. Its velocity changes in an instant where its motion changes phase (a
 * parachute opens, a capsule lands), and a camera placed from it twitched (Voskhod-2 turned 1.2°
 * and then 0.3° a frame as its chute opened); a position is continuous, so a chord of it is too. On
 * a circle a centred chord lies along the velocity, so in orbit the camera keeps its place.
 */
function headingAt(motion: (utcMs: number) => BodyState, utcMs: number, spanSec: number): Vec3 {
  const half = spanSec * 500;
  return scale(sub(motion(utcMs + half).eciKm, motion(utcMs - half).eciKm), 1 / spanSec);
}

/** The caption on screen at playback `t` (captions are ordered and do not overlap). */
export function captionAt(captions: readonly CompiledCaption[], t: number): CompiledCaption | null {
  return captions.find((c) => t >= c.fromSec && t < c.untilSec) ?? null;
}

/** Within this range (or from the terminal phase on) a chaser is approaching its target. */
const APPROACH_RANGE_M = 100_000;

function relativeAt(
  scene: CompiledScene,
  bodies: readonly BodyFrame[],
  utcMs: number,
): RelativeReading | null {
  for (const body of scene.bodies) {
    if (!body.rendezvous) continue;
    const chaser = bodies.find((b) => b.id === body.id);
    const target = bodies.find((b) => b.id === body.rendezvous?.targetId);
    if (!chaser?.visible || !target?.visible) continue;
    const reading = relativeReading(body.id, body.rendezvous, chaser, target);
    if (utcMs >= body.rendezvous.plan.handOverMs || reading.rangeM < APPROACH_RANGE_M)
      return reading;
  }
  return null;
}
