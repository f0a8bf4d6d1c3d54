import type { SceneFrame } from '../core/script/evaluate.ts';

/** The frame being drawn, written once per tick by the driver before any view component reads it. */
export interface FrameRef {
  current: SceneFrame | null;
}

/** useFrame priorities: one ordered tick, so the camera never draws last frame's objects. */
export const TICK = { evaluate: -30, bodies: -20, camera: -10 } as const;
