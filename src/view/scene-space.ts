/**
 * Render space: kilometres, Y up, origin floating on the camera's target.
 * Inertial (ECI) x, y, z map to three's x, z, −y, so Earth's north pole points up the screen.
 * Keeping the target at the origin keeps float32 precise where the camera looks.
 */
import type { Vector3 } from 'three';
import type { Vec3 } from '../core/orbit/propagate.ts';

export function eciToScene(eci: Readonly<Vec3>, origin: Readonly<Vec3>, out: Vector3): Vector3 {
  return out.set(eci[0] - origin[0], eci[2] - origin[2], -(eci[1] - origin[1]));
}

export function directionToScene(eci: Readonly<Vec3>, out: Vector3): Vector3 {
  return out.set(eci[0], eci[2], -eci[1]);
}

/** ECI position of the floating origin for a frame: the camera's look-at point. */
export function originOf(frame: { camera: { targetEci: Vec3 } }): Vec3 {
  return frame.camera.targetEci;
}
