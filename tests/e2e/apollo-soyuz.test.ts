import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';
import { screenshotStats } from './pixels.ts';

let browser: Browser;
// One page for the file: every test seeks to its own moment (Hungarian, the museum's language;
// what is read here besides the captions does not depend on it).
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await openApp(browser, '?scene=apollo-soyuz&paused=1&lang=hu');
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
});

/** Bright pixels in a clip of the screen (the craft against black space): count and centroid. */
const silhouette = async (
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
) => (await screenshotStats(page, clip)).bright;

describe('Apollo–Soyuz in the browser', () => {
  it('at 16:09:09 UTC shows the docked pair, the docking event and the HUD at 0 m', async () => {
    await page.evaluate(() => window.urverseny!.seek('1975-07-17T16:09:09Z'));
    const state = await page.evaluate(() => window.urverseny!.state());
    expect(state.bodies['apollo']).toMatchObject({ visible: true, phase: 'docked' });
    expect(state.bodies['soyuz-19']?.visible).toBe(true);
    expect(state.bodies['docking-module']?.visible).toBe(true);
    expect(state.events.find((e) => e.id === 'docking')).toMatchObject({
      utc: '1975-07-17T16:09:09.000Z',
      passed: true,
    });
    expect(state.relative).toMatchObject({ chaser: 'apollo', target: 'soyuz-19', phase: 'docked' });
    expect(state.relative!.rangeM).toBeLessThan(0.5);
    await expect.poll(() => page.getByTestId('hud-range').innerText()).toBe('0.0 m');
    // The pair fills the middle of the screen: many lit pixels where the camera looks.
    const middle = await silhouette(page, { x: 340, y: 200, width: 600, height: 320 });
    expect(middle.count).toBeGreaterThan(5000);
  });

  it('reports the chaser closing on its target during the approach', async () => {
    await page.evaluate(() => window.urverseny!.seek('1975-07-17T16:00:00Z'));
    const { relative } = await page.evaluate(() => window.urverseny!.state());
    expect(relative).toMatchObject({
      chaser: 'apollo',
      target: 'soyuz-19',
      phase: 'final-approach',
    });
    expect(relative!.rangeM).toBeGreaterThan(20);
    expect(relative!.rangeM).toBeLessThan(150);
    expect(relative!.rangeRateMs).toBeLessThan(0);
    await expect.poll(() => page.getByTestId('hud-range').innerText()).toMatch(/^\d+\.\d m$/);
    // The HUD can be hidden and brought back.
    await page.getByRole('button', { name: 'Dokkolási kijelző' }).click();
    await expect.poll(() => page.getByTestId('hud-range').count()).toBe(0);
    await page.getByRole('button', { name: 'Dokkolási kijelző' }).click();
    await expect.poll(() => page.getByTestId('hud-range').count()).toBe(1);
  });

  it('holds the docked pair still between frames 1/30 s apart (no float32 shimmer)', async () => {
    // From below, so the pair stands against black space, 50 m away.
    const view = (utc: string) => ({
      utc,
      target: 'soyuz-19',
      distanceKm: 0.05,
      azimuthDeg: 260,
      elevationDeg: -55,
    });
    const clip = { x: 240, y: 110, width: 800, height: 500 };
    await page.evaluate((v) => window.urverseny!.inspect(v), view('1975-07-17T17:00:00.000Z'));
    const first = await silhouette(page, clip);
    await page.evaluate((v) => window.urverseny!.inspect(v), view('1975-07-17T17:00:00.033Z'));
    const second = await silhouette(page, clip);
    expect(first.count).toBeGreaterThan(3000);
    expect(Math.abs(second.count - first.count) / first.count).toBeLessThan(0.01);
    expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeLessThan(0.5);
  });
});
