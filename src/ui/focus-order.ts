/** Where Tab goes inside a trapped menu or dialog (pure, so it is unit-tested). */

/** The index Tab (or Shift+Tab) moves to among `count` focusable elements, wrapping round. */
export function nextFocusIndex(current: number, count: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (current < 0) return backwards ? count - 1 : 0;
  return (current + (backwards ? count - 1 : 1)) % count;
}

/** What can take focus by Tab inside a container. */
export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
