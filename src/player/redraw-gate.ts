/**
 * Whether a tick draws. A frame with a part still missing (the scene's maps or a craft's model
 * still loading) is never drawn for a visitor: the picture before it stays on screen (the page's
 * own background before the first), which is what they would see anyway, and on a software
 * renderer each such frame held up the first complete one (about 70 ms at 1920×1080). The
 * recorder waits for everything before it draws, and draws what it is asked to.
 *
 * A paused player with nothing changing shows the same picture, and where
 * WebGL runs in software each redraw of it costs a whole core (a laptop's fan, a kiosk PC's
 * heat). So while paused it draws only when something the picture depends on changed: the
 * player's state (any change at all: a seek, a setting, the quality), the camera (the free
 * camera's drag, the reduced-motion camera still easing in, a resized view), assets still
 * arriving, or someone waiting for a drawn frame (`seek()`, `ready()`). Once a second it draws
 * anyway, so whatever a missed trigger left stale is put right within a second, and the kiosk's
 * watchdog, which counts drawn frames, sees the player alive.
 */

export interface RedrawInput {
  readonly playing: boolean;
  readonly recording: boolean;
  /** Nothing missing: every part can be drawn, perhaps from a preview. */
  readonly complete: boolean;
  /** Nothing loading and no preview left: the full picture is on screen. */
  readonly settled: boolean;
  /** A caller waits for the next drawn frame. */
  readonly awaited: boolean;
  /** The player's state object: a new one after every change. */
  readonly state: unknown;
  /** The camera's placement and lens and the view's size, as numbers. */
  readonly view: ArrayLike<number>;
  readonly nowSec: number;
}

export const HEARTBEAT_SEC = 1;

/** Relative change below which a camera number counts as still (an eased camera settles). */
const STILL = 1e-9;

function sameView(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Math.abs(x - y) > STILL * Math.max(1, Math.abs(x), Math.abs(y))) return false;
  }
  return true;
}

export function createRedrawGate(heartbeatSec = HEARTBEAT_SEC) {
  let lastState: unknown = undefined;
  let lastView = new Float64Array(0);
  let lastDrawSec = -Infinity;
  return {
    /** True when this tick must draw; remembers what it drew. */
    shouldDraw(input: RedrawInput): boolean {
      if (!input.complete && !input.recording) return false;
      const draw =
        input.playing ||
        input.recording ||
        !input.settled ||
        input.awaited ||
        input.state !== lastState ||
        !sameView(lastView, input.view) ||
        input.nowSec - lastDrawSec >= heartbeatSec;
      if (draw) {
        lastState = input.state;
        // Copied into the same buffer: this runs on every frame while playing.
        if (lastView.length !== input.view.length) lastView = new Float64Array(input.view.length);
        lastView.set(input.view);
        lastDrawSec = input.nowSec;
      }
      return draw;
    },
  };
}
