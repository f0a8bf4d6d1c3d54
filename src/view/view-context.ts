import { createContext, useContext } from 'react';
import type * as THREE from 'three';
import type { AtmosphereSource } from './atmosphere-model.ts';
import type { Readiness } from './readiness.ts';

/** What the 3D view needs from the player it is drawn for (handed down, never global). */
export interface ViewServices {
  readonly readiness: Readiness;
  /**
   * The atmosphere's tables, computed once per player: a scene view may render many times
   * before it commits (each asset that suspends it), and the tables cost tens of milliseconds.
   */
  readonly atmosphere: AtmosphereSource;
  /**
   * Set by the view when it draws through post-processing (bloom on medium and high): the
   * player's frame driver then renders through it instead of straight to the canvas.
   */
  readonly screenPass: { current: ScreenPass | null };
  /**
   * Part of when the environment map is redrawn. The player counts its jumps of time (seeks,
   * pauses, scene loads, inspections), so a still frame reflects its own moment whatever was shown
   * before; a recording sets it to the clip frame's key-frame interval, so a slice of a clip
   * (which starts on a key frame) redraws its environment at the same frames as the whole clip
   * and the slices join frame-identical.
   */
  readonly environmentEpoch: { current: number };
  /**
   * The Earth's maps last drawn with. The low tier draws from one baked map, the others from
   * four: when the tier changes the set, the GPU copies of the set left behind are released
   * (the loaded images stay, and upload again if that tier returns); a scene switch keeps them.
   */
  readonly earthMaps: { current: readonly THREE.Texture[] | null };
}

export interface ScreenPass {
  /** Draws the Canvas's scene with its camera to the screen, all passes included. */
  render(): void;
}

export const ViewContext = createContext<ViewServices | null>(null);

export function useViewServices(): ViewServices {
  const services = useContext(ViewContext);
  if (!services) throw new Error('a view component outside <ViewContext.Provider>');
  return services;
}
