/**
 * What a player asks of the page it runs in: are the web fonts in (captions must not be drawn in a
 * fallback), is the page visible (a hidden tab draws no frames). Injected, so Node tests can run
 * a player without a document.
 */
export interface PageSignals {
  fontsReady(): Promise<unknown>;
  fontsLoaded(): boolean;
  visible(): boolean;
}

export const browserPage: PageSignals = {
  fontsReady: () => document.fonts.ready,
  fontsLoaded: () => document.fonts.status === 'loaded',
  visible: () => document.visibilityState === 'visible',
};
