import { useLayoutEffect } from 'react';
import { holdReady } from './readiness.ts';

export interface PendingMarkerProps {
  /** What is loading, for diagnostics (`window.urverseny.state()` lists it). */
  label: string;
}

/** Suspense fallback that keeps the frame marked "not ready" while its subtree loads. */
export function PendingMarker({ label }: PendingMarkerProps) {
  useLayoutEffect(() => holdReady(label), [label]);
  return null;
}
