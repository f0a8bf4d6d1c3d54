/**
 * What replaces the script's camera this frame: an automation inspection, or the visitor's camera
 * preset following a body (which keeps the scene's time). Shared by the frame driver and state().
 */
import { defaultFollow, isCameraPreset, presetKey } from '../core/script/camera-presets.ts';
import type { Inspection, SceneFrame } from '../core/script/evaluate.ts';
import type { AppState } from './store.ts';

export function viewOf(
  state: Pick<AppState, 'scene' | 'inspection' | 'cameraMode' | 'followId'>,
  previous: SceneFrame | null,
): Inspection | null {
  const { scene, inspection, cameraMode, followId } = state;
  if (inspection) return inspection;
  if (!scene || !isCameraPreset(cameraMode)) return null;
  const id = followId ?? defaultFollow(scene);
  // The whole-Earth view hovers over the body's last drawn sub-point.
  const body = previous?.bodies.find((b) => b.id === id) ?? null;
  return { camera: presetKey(scene, cameraMode, id, body) };
}
