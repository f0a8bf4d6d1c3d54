import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Mean r+g+b of a 7×7 patch around a CSS pixel. */
async function brightnessAt(page: Page, x: number, y: number): Promise<number> {
  const png = await page.screenshot({ clip: { x: x - 3, y: y - 3, width: 7, height: 7 } });
  return page.evaluate(async (base64) => {
    // Decoded without fetch(): the page's CSP allows no data: connections.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += data[i]! + data[i + 1]! + data[i + 2]!;
    return sum / (data.length / 4);
  }, png.toString('base64'));
}

describe('Earth and sky', () => {
  it('turns the Earth with sidereal time: afternoon in Texas, night over the Mediterranean at 19:05 UTC', async () => {
    const page = await openApp(browser, '?scene=sputnik-1&paused=1&quality=medium');
    await page.evaluate(() => window.urverseny!.seek('1957-10-04T19:05:00Z'));
    const texas = await page.evaluate(() => window.urverseny!.project(31, -103));
    const mediterranean = await page.evaluate(() => window.urverseny!.project(34, 20));
    expect(texas.visible).toBe(true);
    expect(mediterranean.visible).toBe(true);
    const day = await brightnessAt(page, texas.x, texas.y);
    const night = await brightnessAt(page, mediterranean.x, mediterranean.y);
    expect(day).toBeGreaterThan(150);
    expect(day).toBeGreaterThan(4 * night);
    await page.close();
  });

  it('draws fewer calls and triangles at low quality than at high, and reports the tier', async () => {
    const page = await openApp(browser, '?scene=sputnik-1&paused=1&t=0&quality=low');
    const low = await page.evaluate(() => window.urverseny!.renderer());
    expect(await page.evaluate(() => window.urverseny!.state().quality)).toBe('low');
    await page.evaluate(() => window.urverseny!.setQuality('high'));
    await page.evaluate(() => window.urverseny!.seek(0));
    const high = await page.evaluate(() => window.urverseny!.renderer());
    expect(low.triangles).toBeLessThan(high.triangles);
    expect(low.calls).toBeLessThan(high.calls);
    expect(high.calls).toBeLessThanOrEqual(60);
    await page.close();
  });

  it('returns GPU memory to its baseline after switching scenes ten times', async () => {
    const page = await openApp(browser, '?scene=sputnik-1&paused=1&quality=medium');
    const counts = await page.evaluate(async () => {
      const api = window.urverseny!;
      // Warm-up: visit every scene once, so things first drawn there (coastlines) are uploaded.
      for (const id of ['vostok-1', 'sputnik-1']) {
        await api.load(id);
        await api.seek(90);
      }
      const baseline = api.renderer();
      for (let i = 0; i < 10; i++) {
        await api.load(i % 2 === 0 ? 'vostok-1' : 'sputnik-1');
        await api.seek(90);
      }
      return { baseline, after: api.renderer() };
    });
    expect(counts.after.geometries).toBe(counts.baseline.geometries);
    expect(counts.after.textures).toBe(counts.baseline.textures);
    await page.close();
  });

  it('falls back visibly from an unknown ?quality=', async () => {
    const page = await openApp(browser, '?scene=sputnik-1&lang=en&quality=ultra');
    await expect.poll(() => page.getByTestId('notices').innerText()).toContain('"quality"');
    await page.close();
  });
});
