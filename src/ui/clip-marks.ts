import type { AppStore } from '../player/store.ts';

/**
 * Marks the clip's in or out point at the time now. A mark past the other one starts a new range
 * rather than an empty one.
 */
export function markClip(store: AppStore, which: 'in' | 'out'): void {
  const now = store.playbackSec();
  const marks = store.getState().clipMarks;
  store.setClipMark(which, now);
  if (which === 'in' && marks.outSec !== null && marks.outSec <= now)
    store.setClipMark('out', null);
  if (which === 'out' && marks.inSec !== null && marks.inSec >= now) store.setClipMark('in', null);
}
