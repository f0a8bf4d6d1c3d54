import type { ReactNode } from 'react';
import { ViewContext } from '../view/view-context.ts';
import { PlayerContext } from './player-context.ts';
import type { PlayerRuntime } from './player-runtime.ts';

export interface PlayerProviderProps {
  runtime: PlayerRuntime;
  children: ReactNode;
}

/** Hands one player's runtime to the UI and (bridged into the Canvas by R3F) to the 3D view. */
export function PlayerProvider({ runtime, children }: PlayerProviderProps) {
  return (
    <PlayerContext.Provider value={runtime}>
      <ViewContext.Provider value={runtime}>{children}</ViewContext.Provider>
    </PlayerContext.Provider>
  );
}
