/**
 * The maths of the two wide projections a clip can be rendered in, shared by the shader that
 * draws them (src/view/projection) and the tests that check where things land.
 *
 * Directions are in the camera's own frame: x right, y up, −z forward (three's convention).
 * Image coordinates u, v run from −1 (left, bottom) to 1 (right, top).
 *
 * - Fisheye (domemaster): angular (equidistant) fisheye in the inscribed circle of a square;
 *   the distance from the centre is proportional to the angle from the dome's axis. The axis is
 *   the scripted camera's view direction pitched up by the dome's tilt, so on a tilted dome the
 *   subject sits towards the bottom of the frame, the front of the dome where the seats face.
 * - Equirectangular: longitude across the width (the camera's forward at the centre, behind it
 *   at both edges), latitude up the height; the full sphere at 2:1.
 */
import type { Vec3 } from '../vec3.ts';

export type ProjectionKind = 'flat' | 'fisheye' | 'equirect';
export const PROJECTIONS: readonly ProjectionKind[] = ['flat', 'fisheye', 'equirect'];

export interface DomeSettings {
  /** Field of the fisheye across its circle, degrees (domemaster: 180). */
  readonly fovDeg: number;
  /** Upward pitch of the dome's axis from the camera's view direction, degrees. */
  readonly tiltDeg: number;
}

export const DOME_DEFAULTS: DomeSettings = { fovDeg: 180, tiltDeg: 0 };
/** A domemaster master is at most 4096² (8K domes take several projectors' slices of it). */
export const MAX_DOME_SIZE = 4096;

const RAD = Math.PI / 180;

/** Rotation about the camera's x axis by `deg` (positive pitches forward upwards). */
function pitch([x, y, z]: Vec3, deg: number): Vec3 {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  return [x, y * c - z * s, y * s + z * c];
}

/** The direction seen at (u, v) of a fisheye frame, or null outside its circle. */
export function fisheyeDirection(u: number, v: number, dome: DomeSettings): Vec3 | null {
  const r = Math.hypot(u, v);
  if (r > 1) return null;
  const theta = (r * dome.fovDeg * RAD) / 2;
  const phi = Math.atan2(v, u);
  const local: Vec3 = [
    Math.sin(theta) * Math.cos(phi),
    Math.sin(theta) * Math.sin(phi),
    -Math.cos(theta),
  ];
  return pitch(local, dome.tiltDeg);
}

/** Where a direction lands in a fisheye frame (u, v), or null when it is outside the field. */
export function fisheyePoint(direction: Vec3, dome: DomeSettings): [number, number] | null {
  const length = Math.hypot(...direction);
  const [x, y, z] = pitch(
    [direction[0] / length, direction[1] / length, direction[2] / length],
    -dome.tiltDeg,
  );
  const theta = Math.acos(Math.min(1, Math.max(-1, -z)));
  const r = theta / ((dome.fovDeg * RAD) / 2);
  if (r > 1) return null;
  const phi = Math.atan2(y, x);
  return [r * Math.cos(phi), r * Math.sin(phi)];
}

/** The direction seen at (u, v) of an equirectangular frame. */
export function equirectDirection(u: number, v: number): Vec3 {
  const lon = u * Math.PI;
  const lat = (v * Math.PI) / 2;
  return [Math.cos(lat) * Math.sin(lon), Math.sin(lat), -Math.cos(lat) * Math.cos(lon)];
}

/** Where a direction lands in an equirectangular frame (u, v). */
export function equirectPoint([x, y, z]: Vec3): [number, number] {
  const length = Math.hypot(x, y, z);
  return [Math.atan2(x, -z) / Math.PI, (Math.asin(y / length) * 2) / Math.PI];
}

/** (u, v) → pixel (x right, y down from the top-left corner), for a width × height frame. */
export function toPixel([u, v]: [number, number], width: number, height: number) {
  return { x: ((u + 1) / 2) * width, y: ((1 - v) / 2) * height };
}

/**
 * Edge of each cube face, pixels: enough that the cube map is no blurrier than the output at the
 * centre of the projection (a fisheye spends width/fov pixels per degree, a cube face 90°).
 */
export function cubeFaceSize(
  kind: Exclude<ProjectionKind, 'flat'>,
  width: number,
  dome: DomeSettings,
  maxSize: number,
): number {
  const perDegree = kind === 'fisheye' ? width / dome.fovDeg : width / 360;
  const size = 2 ** Math.ceil(Math.log2(Math.max(16, perDegree * 90)));
  return Math.min(maxSize, size);
}

/**
 * Where burned-in captions go, pixels: a 16:9 box the overlay is drawn into as if it were a flat
 * frame. Dome: low in the front of the circle, where a seated audience reads without turning
 * (the bottom of a domemaster is the front of the dome). 360°: just below the horizon ahead.
 */
export function readingZone(
  kind: ProjectionKind,
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number } {
  if (kind === 'fisheye')
    return { x: 0.25 * width, y: 0.6 * height, width: 0.5 * width, height: 0.28125 * height };
  if (kind === 'equirect') {
    const zoneWidth = width / 4;
    return {
      x: (width - zoneWidth) / 2,
      y: height / 2,
      width: zoneWidth,
      height: zoneWidth * (9 / 16),
    };
  }
  return { x: 0, y: 0, width, height };
}
