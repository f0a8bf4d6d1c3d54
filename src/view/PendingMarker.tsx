import { useLayoutEffect } from 'react';
import { useViewServices } from './view-context.ts';

export interface PendingMarkerProps {
  /** What is loading, for diagnostics (`window.urverseny.state()` lists it). */
  label: string;
}

/** Suspense fallback that keeps the frame marked "not ready" while its subtree loads. */
export function PendingMarker({ label }: PendingMarkerProps) {
  const { readiness } = useViewServices();
  useLayoutEffect(() => readiness.hold(label), [readiness, label]);
  return null;
}
