/**
 * Keeps the picture through a lost WebGL context: asks the browser for the context back, holds
 * the scene at the moment it was lost, and plays on once that moment is drawn again. Follows the
 * canvas, since a remount after a crash makes a new one. Whether a context that stays lost calls
 * for a reload is the health machine's decision (src/core/kiosk/health.ts), not this one's.
 */
import type { PlayerRuntime } from '../../player/player-runtime.ts';
import type { KioskCanvas, KioskPage } from './kiosk-page.ts';

export interface ContextEvents {
  lost(): void;
  restored(): void;
}

export function createContextGuard(
  runtime: PlayerRuntime,
  page: Pick<KioskPage, 'canvas'>,
  events: ContextEvents,
) {
  const { store, progress } = runtime;
  let canvas: KioskCanvas | null = null;
  let lost = false;
  let playAfterRestore = false;
  let framesAtRestore: number | null = null;

  const onLost = (event: Event) => {
    // A canvas already taken out of the page (a remounted player) gives its context up on purpose.
    if (!(event.target as KioskCanvas).isConnected) return;
    event.preventDefault(); // tells the browser we want the context back
    lost = true;
    playAfterRestore = store.getState().clock.playing;
    if (playAfterRestore) store.pause();
    events.lost();
  };
  const restored = (frames: number) => {
    lost = false;
    // The scene goes on from the moment it was lost, once that moment is on screen again.
    framesAtRestore = frames;
    events.restored();
  };
  const onRestored = () => restored(progress.drawnFrames());

  return {
    /** Called each heartbeat with the frames drawn so far. */
    check(frames: number): void {
      const next = page.canvas();
      if (next !== canvas) {
        canvas?.removeEventListener('webglcontextlost', onLost);
        canvas?.removeEventListener('webglcontextrestored', onRestored);
        canvas = next;
        canvas?.addEventListener('webglcontextlost', onLost);
        canvas?.addEventListener('webglcontextrestored', onRestored);
        // A new canvas has a new context: whatever the old one lost no longer matters.
        if (lost) restored(frames);
      }
      if (framesAtRestore !== null && frames > framesAtRestore) {
        framesAtRestore = null;
        if (playAfterRestore) store.play();
        playAfterRestore = false;
      }
    },
    stop(): void {
      canvas?.removeEventListener('webglcontextlost', onLost);
      canvas?.removeEventListener('webglcontextrestored', onRestored);
      canvas = null;
    },
  };
}
