/**
 * Labelled "not ready yet" handles (the idea of Remotion's delayRender): while any is held,
 * a frame on screen may be missing something (a texture still loading). `seek()` and the
 * recorder wait for none to be held before they trust a frame. One per mounted player.
 */
export interface Readiness {
  /** Marks the frame not ready until the returned release is called. */
  hold(label: string): () => void;
  /** What is still loading, for diagnostics. */
  pending(): string[];
  isReady(): boolean;
}

export function createReadiness(): Readiness {
  const held = new Map<number, string>();
  let nextHandle = 1;
  return {
    hold(label) {
      const handle = nextHandle++;
      held.set(handle, label);
      return () => {
        held.delete(handle);
      };
    },
    pending: () => [...held.values()],
    isReady: () => held.size === 0,
  };
}
