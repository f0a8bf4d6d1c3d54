// The benchmark's kiosk phase: how long the picture is gone after a lost WebGL context. Opens
// `?kiosk` on one scene, then `restores` times loses the context (WEBGL_lose_context), lets the
// kiosk notice it, restores it and times, in the page, from restoreContext() to the first frame
// drawn after the context came back (every texture and buffer uploaded again). The browser test
// (tests/e2e/kiosk.test.ts) checks that the restored picture is the same; this says how fast.
import { sizeLabel } from './format.mjs';

const VIEWPORT = { width: 640, height: 360 };

export async function measureKioskRestore(ctx, scenes) {
  const { restores } = ctx;
  // Vostok-1 draws the Earth, the largest textures to upload again.
  const sceneId = scenes.includes('vostok-1') ? 'vostok-1' : scenes[0];
  console.log(
    `\nKiosk: ms from restoreContext() to the first drawn frame, ${restores} restores (${sceneId}, ${sizeLabel(VIEWPORT)}, low)`,
  );
  // No service worker: nothing in between the page and the server, as in the other phases.
  const context = await ctx.browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ctx.oursUrl}?kiosk&quality=low&rate=1&scenes=${sceneId}`);
  const drawing = () =>
    page.waitForFunction(
      () => {
        const api = window.urverseny;
        if (!api?.kiosk) return false;
        window.__benchFramesFrom ??= api.kiosk.health().frames;
        return (
          api.kiosk.health().frames >= window.__benchFramesFrom + 2 &&
          api.state().pending.length === 0 &&
          api.state().playing
        );
      },
      undefined,
      { timeout: 120_000, polling: 50 },
    );
  await drawing();
  const samplesMs = [];
  for (let i = 0; i < restores; i++) {
    await page.evaluate(() => {
      const gl = document.querySelector('canvas').getContext('webgl2');
      window.__benchLose = gl.getExtension('WEBGL_lose_context');
      window.__benchLose.loseContext();
    });
    await page.waitForFunction(() => window.urverseny.kiosk.health().contextLost, undefined, {
      polling: 50,
    });
    const ms = await page.evaluate(async () => {
      const api = window.urverseny;
      let framesAtEvent = Number.POSITIVE_INFINITY;
      document
        .querySelector('canvas')
        .addEventListener(
          'webglcontextrestored',
          () => (framesAtEvent = api.kiosk.health().frames),
          { once: true },
        );
      const started = performance.now();
      window.__benchLose.restoreContext();
      while (api.kiosk.health().frames <= framesAtEvent)
        await new Promise((resolve) => setTimeout(resolve, 2));
      return performance.now() - started;
    });
    samplesMs.push(Math.round(ms));
    // Playing again before the next loss, as a kiosk would be.
    await page.evaluate(() => delete window.__benchFramesFrom);
    await drawing();
  }
  const health = await page.evaluate(() => window.urverseny.kiosk.health());
  await context.close();
  if (errors.length > 0) throw new Error(`kiosk restore: page errors: ${errors.join('; ')}`);
  if (health.contextRestores !== restores || health.reloads !== 0)
    throw new Error(
      `kiosk restore: ${health.contextRestores} of ${restores} restores seen, ${health.reloads} reloads`,
    );
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const result = {
    sceneId,
    width: VIEWPORT.width,
    height: VIEWPORT.height,
    quality: 'low',
    samplesMs,
    medianMs: ctx.lib.median(samplesMs),
    minMs: sorted[0],
    maxMs: sorted.at(-1),
  };
  console.log(
    `restore → first frame: ${samplesMs.join(', ')} ms (median ${result.medianMs}, min ${result.minMs}, max ${result.maxMs})`,
  );
  return result;
}
