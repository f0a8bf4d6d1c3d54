import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, keepToOrigin, launchBrowser } from './browser.ts';
import { hideInterface, screenshotStats, type PixelStats } from './pixels.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Visit {
  page: Page;
  /** The map and transcoder files the page asked for (names only). */
  fetched: string[];
  errors: string[];
  stats: PixelStats;
}

/** Apollo's launch seen from above Florida at medium, every map in, the interface hidden. */
async function visit(maps: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
  await keepToOrigin(page);
  const fetched: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const name = request.url().split('/').pop()!;
    if (/\.ktx2$|basis_transcoder|\.(jpg|png|webp)$/.test(name)) fetched.push(name);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(appUrl(`?scene=apollo-soyuz&paused=1&quality=medium&lang=en${maps}`));
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.evaluate(() => window.urverseny!.seek(60));
  await hideInterface(page);
  return { page, fetched, errors, stats: await screenshotStats(page) };
}

describe("the Earth's maps as KTX2", () => {
  let images: Visit;
  beforeAll(async () => {
    images = await visit('');
  });
  afterAll(async () => {
    await images?.page.close();
  });

  it('are not used on a software renderer: images, and no transcoder fetched', () => {
    expect(images.errors).toEqual([]);
    expect(images.fetched).toContain('earth-day.jpg');
    expect(images.fetched.filter((name) => /ktx2|basis/.test(name))).toEqual([]);
  });

  it('draw the same Earth with `?maps=ktx2`, transcoded under the policy, and hold seek() until in', async () => {
    const ktx2 = await visit('&maps=ktx2');
    try {
      expect(ktx2.errors).toEqual([]);
      expect(ktx2.fetched).toEqual(
        expect.arrayContaining([
          'earth-day.ktx2',
          'earth-night.ktx2',
          'earth-water.ktx2',
          'earth-clouds.ktx2',
          'basis_transcoder.js',
          'basis_transcoder.wasm',
        ]),
      );
      // The Earth's full maps come only as KTX2 (the previews and the Moon stay images).
      expect(ktx2.fetched.filter((name) => /^earth-(day|night|clouds)\.jpg$/.test(name))).toEqual(
        [],
      );
      const state = await ktx2.page.evaluate(() => window.urverseny!.state());
      expect(state.pending).toEqual([]);
      // The same view within what the codec changes: ETC1S moves a texel by ~5 levels.
      expect(ktx2.stats.litFraction).toBeGreaterThan(0.2);
      expect(Math.abs(ktx2.stats.litFraction - images.stats.litFraction)).toBeLessThan(0.01);
      expect(Math.abs(ktx2.stats.blueFraction - images.stats.blueFraction)).toBeLessThan(0.03);
      for (let c = 0; c < 3; c++)
        expect(Math.abs(ktx2.stats.meanRgb[c]! - images.stats.meanRgb[c]!)).toBeLessThan(2);
      // Scene switches keep the KTX2 maps and free nothing twice: GPU objects back at their count.
      const counts = await ktx2.page.evaluate(async () => {
        const api = window.urverseny!;
        for (const id of ['vostok-1', 'sputnik-1']) {
          await api.load(id);
          await api.seek(90);
        }
        const baseline = api.renderer();
        for (const id of ['vostok-1', 'sputnik-1']) {
          await api.load(id);
          await api.seek(90);
        }
        return { baseline, after: api.renderer() };
      });
      expect(counts.after.textures).toBe(counts.baseline.textures);
      expect(counts.after.geometries).toBe(counts.baseline.geometries);
    } finally {
      await ktx2.page.close();
    }
  });
});
