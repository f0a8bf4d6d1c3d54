import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useAppStore } from '../player/player-context.ts';
import { pictureShift } from './picture-shift.ts';
import './side-panels.css';

/**
 * The panels beside the picture (map, docking display, facts) in one column at the right edge,
 * clear of the middle where the scripted camera frames its subject; on a phone, in the upper
 * part above it, and the picture's centre moves below them (picture-shift.ts). The facts panel
 * takes what height is left and scrolls.
 */
export function SidePanels({ children }: { children: ReactNode }) {
  const store = useAppStore();
  const column = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = column.current;
    if (!element) return;
    // The panels come and go by their own state (the map, the docking display), so the column
    // is watched for children as well as for sizes.
    const measure = () => {
      const panels = [...element.children]
        .filter((child) => child.getClientRects().length > 0)
        .map((child) => child.getBoundingClientRect());
      store.setPictureShift(
        pictureShift({ width: window.innerWidth, height: window.innerHeight }, panels),
      );
    };
    const sizes = new ResizeObserver(measure);
    const watchChildren = () => {
      sizes.disconnect();
      sizes.observe(element);
      for (const child of element.children) sizes.observe(child);
      measure();
    };
    const children = new MutationObserver(watchChildren);
    children.observe(element, { childList: true });
    window.addEventListener('resize', measure);
    watchChildren();
    return () => {
      children.disconnect();
      sizes.disconnect();
      window.removeEventListener('resize', measure);
      store.setPictureShift(0);
    };
  }, [store]);
  return (
    <div className="side-panels" ref={column}>
      {children}
    </div>
  );
}
