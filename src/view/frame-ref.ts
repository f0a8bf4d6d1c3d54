import type { SceneFrame } from '../core/script/evaluate.ts';

/** The frame being drawn, written once per tick by the driver before any view component reads it. */
export interface FrameRef {
  current: SceneFrame | null;
}

/**
 * useFrame priorities: one ordered tick, so the camera never draws last frame's objects. The
 * player draws the frame itself last (a positive priority takes rendering over from R3F), so it
 * knows which frame its own Canvas drew even with two players in one page.
 */
export const TICK = { evaluate: -30, bodies: -20, camera: -10, render: 1 } as const;
