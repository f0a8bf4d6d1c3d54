import { useEffect, type RefObject } from 'react';
import { FOCUSABLE, nextFocusIndex } from './focus-order.ts';

/**
 * Keeps Tab inside `container` while it is mounted (a menu or a dialog), moves focus into it when
 * it opens, and gives focus back to where it was when it closes.
 */
export function useFocusTrap(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const before = document.activeElement as HTMLElement | null;
    const focusables = () =>
      [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (node) => node.getClientRects().length > 0,
      );
    if (!element.contains(document.activeElement))
      (focusables()[0] ?? element).focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const nodes = focusables();
      event.preventDefault();
      const index = nodes.indexOf(document.activeElement as HTMLElement);
      nodes[nextFocusIndex(index, nodes.length, event.shiftKey)]?.focus();
    };
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('keydown', onKey);
      // Back to the control that opened it (if it is still there and nothing else took focus).
      const active = document.activeElement;
      if (before?.isConnected && (!active || active === document.body || element.contains(active)))
        before.focus({ preventScroll: true });
    };
  }, [container]);
}

/**
 * For a panel that does not trap focus: when it closes, focus goes back to the control that was
 * focused when it opened (if nothing else has taken it). `focusFirst` moves focus in on opening.
 */
export function useReturnFocus(
  container: RefObject<HTMLElement | null>,
  { focusFirst }: { focusFirst: boolean },
): void {
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    if (focusFirst)
      container.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
    return () => {
      const active = document.activeElement;
      if (before?.isConnected && before !== document.body && (!active || active === document.body))
        before.focus({ preventScroll: true });
    };
  }, [container, focusFirst]);
}
