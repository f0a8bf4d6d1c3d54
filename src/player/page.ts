/**
 * What a player asks of the page it runs in: are the web fonts in (captions must not be drawn in a
 * fallback), is the page visible (a hidden tab draws no frames), when does the browser begin its
 * next frame. Injected, so Node tests can run a player without a document.
 */
export interface PageSignals {
  fontsLoaded(): boolean;
  visible(): boolean;
  /**
   * Resolves with the time (performance.now's clock) the browser began its next frame. Asked for
   * while a frame is drawn, that is once the drawn frame is handed to the screen: the browser
   * begins no frame before it has.
   */
  nextAnimationFrame(): Promise<number>;
}

export const browserPage: PageSignals = {
  fontsLoaded: () => document.fonts.status === 'loaded',
  visible: () => document.visibilityState === 'visible',
  nextAnimationFrame: () => new Promise((resolve) => requestAnimationFrame(resolve)),
};
