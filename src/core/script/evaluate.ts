/**
 * A frame of a scene as a pure function of playback time: what the view draws and the UI shows.
 * The player, the kiosk and the recorder all call this with the clock's time and nothing else.
 */
import { flightStateAt, type FlightPhase } from '../orbit/flight-path.ts';
import { gmstRad, type OrbitState, type Vec3 } from '../orbit/propagate.ts';
import { moonPositionEci } from '../sky/moon.ts';
import { subsolarPoint, sunDirectionEci } from '../sky/sun.ts';
import { utcAt } from '../time/timeline.ts';
import { cameraAt, type CameraPose } from './camera.ts';
import type { CompiledCameraKey, CompiledCaption, CompiledScene } from './compiled-scene.ts';

export interface BodyFrame extends OrbitState {
  readonly id: string;
  readonly visible: boolean;
  readonly phase: FlightPhase;
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
  readonly camera: CameraPose;
  readonly caption: CompiledCaption | null;
  readonly events: readonly {
    readonly id: string;
    readonly utcMs: number;
    readonly passed: boolean;
  }[];
}

/**
 * An inspection replaces the scene's time and camera (screenshots of any moment, tests); the
 * scene's bodies, captions and events still follow from that UTC.
 */
export interface Inspection {
  readonly utcMs: number;
  readonly camera: CompiledCameraKey;
}

export function evaluate(
  scene: CompiledScene,
  playbackSec: number,
  inspection?: Inspection | null,
): SceneFrame {
  const t = Math.min(scene.timeline.durationSec, Math.max(0, playbackSec));
  const utcMs = inspection ? inspection.utcMs : utcAt(scene.timeline, t);
  const bodies = scene.bodies.map((body) => ({
    id: body.id,
    // A scene's craft exist only within its time span (an inspection may look elsewhere in time).
    visible:
      utcMs >= Math.max(body.visibleFromMs, scene.timeline.startUtcMs) &&
      utcMs <= Math.min(body.visibleUntilMs, scene.timeline.endUtcMs),
    ...flightStateAt(body.plan, utcMs),
  }));
  const keys = inspection ? [inspection.camera] : scene.camera;
  const camera = cameraAt(keys, t, utcMs, (id) => bodies.find((b) => b.id === id));
  return {
    playbackSec: t,
    utcMs,
    gmstRad: gmstRad(utcMs),
    sunDirectionEci: sunDirectionEci(utcMs),
    subsolar: subsolarPoint(utcMs),
    moonEci: moonPositionEci(utcMs),
    bodies,
    camera,
    caption: captionAt(scene.captions, t),
    events: scene.events.map((e) => ({ id: e.id, utcMs: e.utcMs, passed: utcMs >= e.utcMs })),
  };
}

/** The caption on screen at playback `t` (captions are ordered and do not overlap). */
export function captionAt(captions: readonly CompiledCaption[], t: number): CompiledCaption | null {
  return captions.find((c) => t >= c.fromSec && t < c.untilSec) ?? null;
}
