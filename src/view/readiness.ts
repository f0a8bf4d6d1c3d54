/**
 * Labelled "not ready yet" handles (the idea of Remotion's delayRender): while any is held,
 * a frame on screen may be missing something (a texture still loading). `seek()` and the
 * recorder wait for none to be held before they trust a frame.
 */
const held = new Map<number, string>();
let nextHandle = 1;

export function holdReady(label: string): () => void {
  const handle = nextHandle++;
  held.set(handle, label);
  return () => {
    held.delete(handle);
  };
}

export function pendingLabels(): string[] {
  return [...held.values()];
}

export function isReady(): boolean {
  return held.size === 0;
}
