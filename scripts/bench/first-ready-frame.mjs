// When a cold page's first ready frame is drawn, timed in the page from navigation start. The
// bench's first-frame rounds, the kiosk's cold start and the cold-start trace all ask the same way.

/**
 * Before the page loads: the moment the app defines its automation API (before React renders),
 * notes the time as `window[key].apiMs` and asks for the first ready frame, `seek(0)` or, where
 * a loop owns the clock (the kiosk), `ready()`; `window[key].readyMs` is the promise of the
 * time it was on screen (the browser began the frame after it). `window[key].completeMs` is the promise of the first complete frame (the
 * API's complete()): every part of the scene drawn, the Earth perhaps still from its preview maps.
 * `readyDrawnMs` and `completeDrawnMs`: when those frames were drawn (their draw calls issued, the
 * moment the peer's and the floor page's first frames are timed at); null from a build that does
 * not tell.
 */
export function timeFirstReadyFrame(context, key, via = 'seek') {
  return context.addInitScript(
    ({ key, via }) => {
      let api;
      Object.defineProperty(window, 'urverseny', {
        configurable: true,
        get: () => api,
        set(value) {
          api = value;
          // Builds from before the frames told their times: on screen when they resolved.
          const timed = (promise) =>
            promise.then((frame) => ({
              shownMs: frame?.shownMs ?? performance.now(),
              drawnMs: frame?.drawnMs ?? null,
            }));
          const ready = timed(via === 'ready' ? value.ready() : value.seek(0));
          // A build from before the previews has no complete(): its first complete frame is its
          // ready one.
          const complete = timed((value.complete ?? value.ready)());
          window[key] = {
            apiMs: performance.now(),
            readyMs: ready.then((t) => t.shownMs),
            readyDrawnMs: ready.then((t) => t.drawnMs),
            completeMs: complete.then((t) => t.shownMs),
            completeDrawnMs: complete.then((t) => t.drawnMs),
          };
        },
      });
    },
    { key, via },
  );
}

/** Waits for the page's first ready frame (timeFirstReadyFrame) and returns its times. */
export async function firstReadyFrame(page, key, waitOptions = {}) {
  await page.waitForFunction((k) => window[k] !== undefined, key, waitOptions);
  return page.evaluate(
    async (k) => ({
      apiMs: window[k].apiMs,
      readyMs: await window[k].readyMs,
      completeMs: await window[k].completeMs,
      readyDrawnMs: await window[k].readyDrawnMs,
      completeDrawnMs: await window[k].completeDrawnMs,
    }),
    key,
  );
}
