/**
 * A frame of a scene as a pure function of playback time: what the view draws and the UI shows.
 * The player, the kiosk and the recorder all call this with the clock's time and nothing else.
 */
import { gmstRad, propagateAt, type OrbitState, type Vec3 } from '../orbit/propagate.ts';
import { moonPositionEci } from '../sky/moon.ts';
import { subsolarPoint, sunDirectionEci } from '../sky/sun.ts';
import { utcAt } from '../time/timeline.ts';
import { cameraAt, type CameraPose } from './camera.ts';
import type { CompiledCaption, CompiledScene } from './compiled-scene.ts';

export interface BodyFrame extends OrbitState {
  readonly id: string;
  readonly visible: boolean;
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

export function evaluate(scene: CompiledScene, playbackSec: number): SceneFrame {
  const t = Math.min(scene.timeline.durationSec, Math.max(0, playbackSec));
  const utcMs = utcAt(scene.timeline, t);
  const bodies = scene.bodies.map((body) => ({
    id: body.id,
    visible: utcMs >= body.visibleFromMs && utcMs <= body.visibleUntilMs,
    ...propagateAt(body.satrec, utcMs),
  }));
  const camera = cameraAt(scene.camera, t, utcMs, (id) => bodies.find((b) => b.id === id));
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
