/**
 * The page events the kiosk listens to: any touch, drag, key or wheel is a visitor at the screen
 * (it postpones "Still there?"), and errors nothing caught are counted for the operator.
 */
import type { KioskPage } from './kiosk-page.ts';

export interface KioskInputHandlers {
  /** A visitor did something. */
  input(): void;
  /** True while the visitor has the player (no attract or "Still there?" screen over it). */
  interactive(): boolean;
  /** An uncaught error or unhandled rejection on the page. */
  error(): void;
}

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/** Starts listening; returns the undo. */
export function listenForInput(page: Pick<KioskPage, 'listen'>, handlers: KioskInputHandlers) {
  const onInput = (event: Event) => {
    // A mouse merely passing by is nobody (a touch or a drag has buttons down).
    if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
    // The attract and "Still there?" screens take their tap on click, so it reaches nothing below.
    const target = event.target as Element | null;
    if (!handlers.interactive() && target?.closest?.('[data-kiosk-overlay]')) return;
    handlers.input();
  };
  const onError = () => handlers.error();
  // Capture: the player's own controls stop some events, but each is still a visitor's.
  const undo = [
    ...INPUT_EVENTS.map((type) => page.listen(type, onInput, { capture: true, passive: true })),
    page.listen('error', onError),
    page.listen('unhandledrejection', onError),
  ];
  return (): void => {
    for (const step of undo.splice(0)) step();
  };
}
