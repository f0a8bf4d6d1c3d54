import type { ReactNode } from 'react';
import './side-panels.css';

/**
 * The panels beside the picture (map, docking display, facts) in one column at the right edge,
 * clear of the middle where the scripted camera frames its subject; on a phone, in the upper
 * part above it. The facts panel takes what height is left and scrolls.
 */
export function SidePanels({ children }: { children: ReactNode }) {
  return <div className="side-panels">{children}</div>;
}
