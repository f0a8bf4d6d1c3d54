import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlayerRuntime } from './player-runtime.ts';
import type { AppState, AppStore } from './store.ts';

/** The player this part of the tree belongs to (see player-runtime.ts). */
export const PlayerContext = createContext<PlayerRuntime | null>(null);

export function usePlayer(): PlayerRuntime {
  const runtime = useContext(PlayerContext);
  if (!runtime) throw new Error('usePlayer outside <PlayerProvider>');
  return runtime;
}

export function useAppStore(): AppStore {
  return usePlayer().store;
}

/** Subscribes a component to one slice of the app state. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** Subscribes to every frame this player evaluates (for readouts written straight to the DOM). */
export function useFrameSubscription(): PlayerRuntime['frames']['subscribe'] {
  return usePlayer().frames.subscribe;
}
