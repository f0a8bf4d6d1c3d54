/**
 * What the kiosk does to the page it runs in beyond the player: reload it, listen to the window
 * (visitor input, uncaught errors) and find the player's canvas (for WebGL context events).
 * Injected, so the whole driver runs in Node tests against a fake page and a hand-moved clock.
 */

export interface KioskPage {
  /** Starts the page over (the kiosk continues from its session record). */
  reload(): void;
  /** Listens on the window; returns the undo. */
  listen(
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): () => void;
  /** The kiosk player's canvas now (a remount after a crash makes a new one); null if none. */
  canvas(): KioskCanvas | null;
}

/** A canvas as far as the context guard needs one: its context events, and whether it is shown. */
export type KioskCanvas = EventTarget & { readonly isConnected: boolean };

export const browserKioskPage: KioskPage = {
  reload: () => window.location.reload(),
  listen(type, listener, options) {
    window.addEventListener(type, listener, options);
    return () => window.removeEventListener(type, listener, options);
  },
  canvas: () => document.querySelector<HTMLCanvasElement>('.kiosk canvas'),
};
