/**
 * Cameras a visitor can pick instead of the script's: each is a camera key recomputed for the
 * followed body every frame, so it is evaluated exactly like a scripted one.
 */
import type { CompiledCameraKey, CompiledScene } from './compiled-scene.ts';

export const CAMERA_PRESETS = ['earth', 'chase', 'docking'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];

export function isCameraPreset(value: unknown): value is CameraPreset {
  return CAMERA_PRESETS.includes(value as CameraPreset);
}

/** Presets that make sense in `scene` (a docking view needs a rendezvous). */
export function presetsOf(scene: CompiledScene): CameraPreset[] {
  return CAMERA_PRESETS.filter((p) => p !== 'docking' || scene.bodies.some((b) => b.rendezvous));
}

/** The body followed by default: the first one whose path the scene draws. */
export function defaultFollow(scene: CompiledScene): string {
  return (scene.bodies.find((b) => b.showPath) ?? scene.bodies[0])?.id ?? 'earth';
}

/**
 * The camera key of `preset` following `bodyId`, given where that body is (latitude and
 * longitude of its sub-point, for the whole-Earth view).
 */
export function presetKey(
  scene: CompiledScene,
  preset: CameraPreset,
  bodyId: string,
  subPoint: { latDeg: number; lonDeg: number } | null,
): CompiledCameraKey {
  const common = { playbackSec: 0, fovDeg: 40, ease: 'linear' as const };
  const body = scene.bodies.find((b) => b.id === bodyId);
  if (preset === 'docking') {
    const chaser = scene.bodies.find((b) => b.rendezvous);
    const target = scene.bodies.find((b) => b.id === chaser?.rendezvous?.targetId) ?? body;
    // Far enough to frame both craft: three and a half times their lengths together.
    const framedM = ((target?.lengthM ?? 10) + (chaser?.lengthM ?? 0)) * 3.5;
    return {
      ...common,
      target: target?.id ?? bodyId,
      distanceKm: framedM / 1000,
      azimuthDeg: 250,
      elevationDeg: 12,
      craftScale: 1,
    };
  }
  if (preset === 'chase' && body) {
    return {
      ...common,
      target: body.id,
      distanceKm: (body.lengthM * 6) / 1000,
      azimuthDeg: 200,
      elevationDeg: 15,
      craftScale: 1,
    };
  }
  // Whole Earth, above the followed body: craft drawn large enough to be seen.
  return {
    ...common,
    target: 'earth',
    distanceKm: 30_000,
    azimuthDeg: subPoint?.lonDeg ?? 0,
    elevationDeg: subPoint ? Math.max(-60, Math.min(60, subPoint.latDeg)) : 20,
    craftScale: 60_000,
  };
}
