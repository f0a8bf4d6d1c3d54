/**
 * The press that takes the camera from the script also drives it. The free camera's controls
 * mount (and load) only after that press, so they never saw it: a visitor's first drag or wheel
 * turn did nothing but switch modes. The press is kept until the controls listen, then replayed
 * to them once, unless the pointer was lifted in between (a click leaves nothing to drag).
 */
export interface PressHandover {
  /** A press or wheel turn on the view that took the camera. */
  took(event: Event): void;
  /** A pointer lifted or cancelled anywhere. */
  released(event: Event): void;
  /** The controls now listen on `target`: the kept press is replayed there. */
  handTo(target: EventTarget): void;
}

const pointerOf = (event: Event) => (event as Partial<PointerEvent>).pointerId;

export function pressHandover(): PressHandover {
  let kept: Event | null = null;
  return {
    took(event) {
      kept = event;
    },
    released(event) {
      if (kept?.type === 'pointerdown' && pointerOf(kept) === pointerOf(event)) kept = null;
    },
    handTo(target) {
      if (!kept) return;
      const event = kept;
      kept = null;
      // A copy: an event is dispatched once. Its constructor reads the original's fields
      // (pointer id, button, position; wheel deltas) as its init dictionary.
      const Kind = event.constructor as new (type: string, init: EventInit) => Event;
      target.dispatchEvent(new Kind(event.type, event as unknown as EventInit));
    },
  };
}
