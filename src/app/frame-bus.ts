/**
 * The latest evaluated frame, for DOM readouts that change every frame (time, scrub position):
 * they write to the DOM from here instead of re-rendering React per frame.
 */
import type { SceneFrame } from '../core/script/evaluate.ts';

type Listener = (frame: SceneFrame) => void;
const listeners = new Set<Listener>();
let latest: SceneFrame | null = null;

export function publishFrame(frame: SceneFrame): void {
  latest = frame;
  for (const listener of listeners) listener(frame);
}

export function latestFrame(): SceneFrame | null {
  return latest;
}

export function subscribeFrame(listener: Listener): () => void {
  listeners.add(listener);
  if (latest) listener(latest);
  return () => {
    listeners.delete(listener);
  };
}
