/**
 * Labelled "not ready yet" handles (the idea of Remotion's delayRender): while any is held,
 * a frame on screen may be missing something (a texture still loading). `seek()` and the
 * recorder wait for none to be held before they trust a frame. One per mounted player.
 *
 * A `preview` hold marks a frame that is complete but not yet at full quality (the Earth drawn
 * from its small preview maps): a visitor may look at it, a recording may not.
 */
export type HoldKind = 'missing' | 'preview';

export interface Readiness {
  /** Marks the frame not ready until the returned release is called. */
  hold(label: string, kind?: HoldKind): () => void;
  /** What is still loading, for diagnostics. */
  pending(): string[];
  /** Nothing held: the frame is at full quality. */
  isReady(): boolean;
  /** Nothing missing: every part is drawn, perhaps from a preview. */
  isComplete(): boolean;
}

export function createReadiness(): Readiness {
  const held = new Map<number, { label: string; kind: HoldKind }>();
  let nextHandle = 1;
  return {
    hold(label, kind = 'missing') {
      const handle = nextHandle++;
      held.set(handle, { label, kind });
      return () => {
        held.delete(handle);
      };
    },
    pending: () => [...held.values()].map((h) => h.label),
    isReady: () => held.size === 0,
    // Asked on every tick by the frame driver: no array made for it.
    isComplete: () => {
      for (const h of held.values()) if (h.kind !== 'preview') return false;
      return true;
    },
  };
}
