/**
 * The latest evaluated frame, for DOM readouts that change every frame (time, scrub position):
 * they write to the DOM from here instead of re-rendering React per frame. One per player.
 */
import type { SceneFrame } from '../core/script/evaluate.ts';

type Listener = (frame: SceneFrame) => void;

export interface FrameBus {
  publish(frame: SceneFrame): void;
  /** The frame evaluated in the last tick (it is drawn in that same tick). */
  latest(): SceneFrame | null;
  /** Calls `listener` with every published frame (and the latest one at once); returns the unsubscribe. */
  subscribe(listener: Listener): () => void;
}

export function createFrameBus(): FrameBus {
  const listeners = new Set<Listener>();
  let latest: SceneFrame | null = null;
  return {
    publish(frame) {
      latest = frame;
      for (const listener of listeners) listener(frame);
    },
    latest: () => latest,
    subscribe(listener) {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
