// The benchmark's kiosk cold-start phase: a museum kiosk restarts every night and opens `?kiosk`
// again with its service worker installed (every file of the build in its cache). Opens the
// kiosk once so the worker installs and takes control, then `rounds` times opens it in a new
// page and times, in the page from navigation start, the attract loop's first complete frame
// (every part drawn, the Earth perhaps still from its preview maps: what a visitor first sees)
// and its first frame drawn with everything loaded (the automation API's ready()).
import { firstReadyFrame, timeFirstReadyFrame } from './first-ready-frame.mjs';
import { sizeLabel } from './format.mjs';
import { settleGpu } from './gpu-settle.mjs';

const VIEWPORT = { width: 1280, height: 720 };

export async function measureKioskColdStart(ctx, scenes) {
  const sceneId = scenes.includes('sputnik-1') ? 'sputnik-1' : scenes[0];
  const url = `${ctx.oursUrl}?kiosk&scenes=${sceneId}`;
  console.log(
    `\nKiosk cold start, service worker warm: ms to the attract loop's first complete frame / full-quality frame, ${ctx.rounds} rounds (${sceneId}, ${sizeLabel(VIEWPORT)})`,
  );
  const context = await ctx.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const first = await context.newPage();
    await first.goto(url);
    await first.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
      undefined,
      { timeout: 120_000 },
    );
    await first.close();
    await timeFirstReadyFrame(context, '__benchReady', 'ready');
    const samplesMs = [];
    const readySamplesMs = [];
    const settledMs = [];
    for (let round = 0; round < ctx.rounds; round++) {
      settledMs.push(Math.round(await settleGpu(ctx.browser)));
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      const { readyMs: ready, completeMs: complete } = await firstReadyFrame(page, '__benchReady', {
        timeout: 120_000,
      });
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      const mode = await page.evaluate(() => window.urverseny.state().mode);
      await page.close();
      if (errors.length > 0) throw new Error(`kiosk cold start: page errors: ${errors.join('; ')}`);
      if (!controlled)
        throw new Error('kiosk cold start: the service worker did not control the page');
      if (mode !== 'attract')
        throw new Error(`kiosk cold start: mode ${mode}, not the attract loop`);
      samplesMs.push(Math.round(complete));
      readySamplesMs.push(Math.round(ready));
      console.log(
        `round ${round + 1}  complete frame ${Math.round(complete)} ms, full quality ${Math.round(ready)} ms`,
      );
    }
    return {
      sceneId,
      width: VIEWPORT.width,
      height: VIEWPORT.height,
      samplesMs,
      medianMs: ctx.lib.median(samplesMs),
      readySamplesMs,
      readyMedianMs: ctx.lib.median(readySamplesMs),
      settledMs,
    };
  } finally {
    await context.close();
  }
}
