/**
 * The attract screen's "Touch to explore" breathes gently. It changes only when the player draws
 * a frame: a CSS animation would ask the compositor for frames of its own, 60 a second, and on a
 * software renderer those share the GPU process with WebGL: a cold kiosk waited 6.5 s for its
 * first picture instead of 2.5 s (docs/PERFORMANCE.md).
 */
import type { FrameBus } from '../../player/frame-bus.ts';

const PERIOD_SEC = 3.2;
const DIMMEST = 0.72;

/** The call to action's opacity at wall time `sec`: DIMMEST to 1 and back, every PERIOD_SEC. */
export function breathOpacity(sec: number): number {
  const phase = (2 * Math.PI * sec) / PERIOD_SEC;
  return DIMMEST + ((1 - DIMMEST) * (1 - Math.cos(phase))) / 2;
}

/** Calls `apply` with the opacity for the wall time of every frame drawn; returns the stop. */
export function breatheWithFrames(
  subscribe: FrameBus['subscribe'],
  nowSec: () => number,
  apply: (opacity: number) => void,
): () => void {
  return subscribe(() => apply(breathOpacity(nowSec())));
}
