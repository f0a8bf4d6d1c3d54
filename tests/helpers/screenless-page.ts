import type { PageSignals } from '../../src/player/page.ts';

/**
 * The page a player runs in under Node: fonts in, visible, and no screen, so a drawn frame counts
 * as shown at once.
 */
export function screenlessPage(overrides: Partial<PageSignals> = {}): PageSignals {
  return {
    fontsLoaded: () => true,
    visible: () => true,
    nextAnimationFrame: () => Promise.resolve(0),
    ...overrides,
  };
}
