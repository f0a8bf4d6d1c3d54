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
  page = await openApp(browser, '?scene=vostok-1&paused=1&lang=hu');
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
});

describe('Vostok-1 in the browser', () => {
  it('lays the day map under the ground-track map of a paused player once it loads', async () => {
    // Opened paused, the player publishes no frame after its first: the map must draw the image
    // when it arrives. The Sahara (23° N, 10° E) is in daylight at launch.
    const sahara = () =>
      page.evaluate(() => {
        const map = document.querySelector<HTMLCanvasElement>('[data-testid="ground-track"]')!;
        const [r, g, b] = map.getContext('2d')!.getImageData(190, 67, 1, 1).data;
        return r! + g! + b!;
      });
    await expect.poll(sahara, { timeout: 10_000 }).toBeGreaterThan(200);
  });

  it('at retrofire shows the event as passed and the map marker off south-west Africa', async () => {
    await page.evaluate(() => window.urverseny!.seek('1961-04-12T07:25:10Z'));
    const state = await page.evaluate(() => window.urverseny!.state());
    expect(state.events.find((e) => e.id === 'retrofire')?.passed).toBe(true);
    expect(state.events.find((e) => e.id === 'landing')?.passed).toBe(false);
    const marker = await page.getByTestId('ground-track').getAttribute('data-marker');
    const [lat, lon] = marker!.split(',').map(Number);
    expect(lat).toBeGreaterThan(-18);
    expect(lat).toBeLessThan(-5);
    expect(lon).toBeGreaterThan(3);
    expect(lon).toBeLessThan(15);
  });

  it('after the ejection shows the capsule and Gagarin as two bodies, landing apart', async () => {
    await page.evaluate(() => window.urverseny!.seek('1961-04-12T07:50:00Z'));
    const state = await page.evaluate(() => window.urverseny!.state());
    const capsule = state.bodies['vostok-1']!;
    const gagarin = state.bodies['gagarin']!;
    expect(capsule.visible && gagarin.visible).toBe(true);
    expect(capsule.phase).toBe('landed');
    expect(gagarin.phase).toBe('parachute');
    expect(gagarin.altKm).toBeGreaterThan(1);
    expect(state.events.find((e) => e.id === 'ejection')?.passed).toBe(true);
    expect(state.events.find((e) => e.id === 'capsule-landing')?.passed).toBe(true);
    expect(state.events.find((e) => e.id === 'landing')?.passed).toBe(false);
    expect(state.camera?.target).toBe('gagarin');
  });

  it('shows a lit blue sky over the horizon from within the air on the cheap tier', async () => {
    // Low draws this sky on a dome of directions around the eye, its light marched per vertex
    // (the page is at low, as every page here).
    await page.evaluate(() => window.urverseny!.seek('1961-04-12T07:43:51Z'));
    expect(
      (await page.evaluate(() => window.urverseny!.state())).bodies['vostok-1']!.altKm,
    ).toBeLessThan(100);
    // A strip at the top of the view, between the header and the map: all sky.
    const sky = await screenshotStats(page, { x: 560, y: 0, width: 320, height: 40 });
    expect(sky.litFraction).toBeGreaterThan(0.99);
    expect(sky.blueFraction).toBeGreaterThan(0.9);
  });

  it('hides the stars behind the daylit sky under the parachute', async () => {
    await page.evaluate(() => window.urverseny!.seek('1961-04-12T07:52:00Z'));
    // Sky between the header and the map, either side of the descent's path.
    for (const x of [500, 720]) {
      const sky = await screenshotStats(page, { x, y: 20, width: 170, height: 170 });
      expect(sky.blueFraction).toBeGreaterThan(0.9);
      expect(sky.specks, `stars in the sky at x ${x}`).toBe(0);
    }
  });

  it('plays the Gagarin sentence at launch', async () => {
    await page.evaluate(() => window.urverseny!.seek('1961-04-12T06:07:00Z'));
    await expect
      .poll(() => page.getByTestId('caption').innerText())
      .toBe('s embert is elsőként juttattak a világűrbe 1961. április 12-én');
  });
});
