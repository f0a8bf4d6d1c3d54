// Cold loads are timed one after another in one browser, and every page's WebGL runs in the
// browser's one GPU process. A page closed with drawing still queued (a paused player's
// once-a-second redraw at medium takes about a second in software at 1920×1080) leaves that work
// to finish, and the next page's start waited for it: after such a page, the next load's scripts
// ran 0.7 s late. Each timed load therefore first waits for the GPU process to have nothing left.

/**
 * Resolves once the GPU process has finished what earlier pages queued: a throwaway page reads
 * back one pixel of its own WebGL context, which the GPU process answers only after the work
 * ahead of it. Resolves with the milliseconds it waited (a page's own start included), for the
 * report.
 */
export async function settleGpu(browser) {
  const started = performance.now();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1;
      canvas.height = 1;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      if (!gl) return;
      gl.clear(gl.COLOR_BUFFER_BIT);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    });
  } finally {
    await context.close();
  }
  return performance.now() - started;
}
