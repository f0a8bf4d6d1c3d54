// What the benchmark measures in a page, the app's or the peer's alike: a cold load to the first
// ready frame, frame intervals over a seek sequence, and the JS heap after a forced GC.
import { firstReadyFrame, timeFirstReadyFrame } from './first-ready-frame.mjs';
import { settleGpu } from './gpu-settle.mjs';

/**
 * Opens `url` in a fresh browser context (empty cache: a cold start) and resolves once the first
 * frame is drawn with everything loaded, timed in the page from navigation start. It starts once
 * the GPU process has finished the pages before it (`settledMs`: how long that took). Fails the
 * benchmark if the page asks for anything outside its own origin.
 */
export async function coldLoad(browser, kind, url, viewport) {
  const settledMs = await settleGpu(browser);
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const offOrigin = [];
  const errors = [];
  const sizes = [];
  page.on('request', (request) => {
    const target = request.url();
    if (/^(data|blob):/.test(target)) return;
    if (new URL(target).origin !== origin) offOrigin.push(target);
  });
  page.on('requestfinished', (request) =>
    sizes.push(
      request
        .sizes()
        .then((s) => s.responseBodySize)
        .catch(() => 0),
    ),
  );
  page.on('pageerror', (error) => errors.push(error.message));
  if (kind === 'ours') {
    await timeFirstReadyFrame(context, '__benchFirstFrame');
  }
  await page.goto(url);
  let firstFrameMs;
  let firstCompleteMs;
  // Ours is timed twice: as drawn (draw calls issued, the moment the peer and the floor report)
  // and as shown (the browser's next frame begun, the drawn one on screen).
  let drawn = { firstFrameMs: null, firstCompleteMs: null };
  try {
    if (kind === 'ours') {
      const times = await firstReadyFrame(page, '__benchFirstFrame');
      firstFrameMs = times.readyMs;
      firstCompleteMs = times.completeMs;
      drawn = { firstFrameMs: times.readyDrawnMs, firstCompleteMs: times.completeDrawnMs };
    } else {
      await page.waitForFunction(() => window.peer !== undefined);
      firstFrameMs = await page.evaluate(() => window.peer.firstFrame());
    }
  } catch (error) {
    throw new Error(`${url}: no first frame (${errors.join('; ') || error.message})`);
  }
  const transferred = await Promise.all(sizes.slice());
  if (offOrigin.length > 0)
    throw new Error(
      `${url} asked for ${offOrigin.length} off-origin resources, e.g. ${offOrigin[0]}`,
    );
  if (errors.length > 0) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
  return {
    context,
    page,
    settledMs,
    firstFrameMs,
    firstCompleteMs,
    drawn,
    transfer: { requests: transferred.length, bytes: transferred.reduce((a, b) => a + b, 0) },
    assertClean() {
      if (offOrigin.length > 0)
        throw new Error(`${url} asked for off-origin resources, e.g. ${offOrigin[0]}`);
      if (errors.length > 0) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
    },
  };
}

export async function heapBytes(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Frame intervals (ms), `framesPerSeek` after each of `seeks` points of the scene. `views`: the
 * floor page's globe placed at each of these instead of a seek. `withViews`: also where the
 * app has the Earth at each point (`urverseny.earthInView()`), for the floor to draw it there.
 * Resolves with `{ times, views }`.
 */
export function timeFrames(page, kind, { seeks, framesPerSeek }, { views, withViews } = {}) {
  return page.evaluate(
    async ({ kind, seeks, frames, views, withViews }) => {
      const target = kind === 'ours' ? window.urverseny : window.peer;
      const duration = kind === 'ours' ? target.state().durationSec : target.durationSec;
      const times = [];
      const seen = [];
      for (let i = 0; i < (views ? views.length : seeks); i++) {
        if (views) await target.show(views[i]);
        else await target.seek((duration * (i + 0.5)) / seeks);
        if (withViews) seen.push(target.earthInView());
        // Ours draws a paused frame only when asked (its redraw gate): wait on drawn frames.
        // (Builds before it had no frame(): every animation frame drew.)
        const next =
          kind === 'ours' && target.frame
            ? () => target.frame().then(() => performance.now())
            : () => new Promise((r) => requestAnimationFrame(r));
        let last = await next();
        for (let f = 0; f < frames; f++) {
          const now = await next();
          times.push(now - last);
          last = now;
        }
      }
      return { times, views: withViews ? seen : null };
    },
    { kind, seeks, frames: framesPerSeek, views: views ?? null, withViews: Boolean(withViews) },
  );
}

/** V8's used heap after a GC; with `detailed`, a heap snapshot's objects, code and native parts. */
export async function heapReading(cdp, detailed, snapshotSizes) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  if (!detailed) return { usedBytes: usedSize };
  const chunks = [];
  const collect = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return { usedBytes: usedSize, ...snapshotSizes(JSON.parse(chunks.join(''))) };
}
