import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';
import { screenshotStats } from './pixels.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Vostok-1 in the browser', () => {
  it('at retrofire shows the event as passed and the map marker off south-west Africa', async () => {
    const page = await openApp(browser, '?scene=vostok-1&paused=1&lang=en');
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
    await page.close();
  });

  it('after the ejection shows the capsule and Gagarin as two bodies, landing apart', async () => {
    const page = await openApp(browser, '?scene=vostok-1&paused=1&lang=en');
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
    await page.close();
  });

  it('shows a lit blue sky over the horizon from within the air on the cheap tier', async () => {
    // Low draws this sky on a dome of directions around the eye, its light marched per vertex.
    const page = await openApp(browser, '?scene=vostok-1&paused=1&lang=en&quality=low');
    await page.evaluate(() => window.urverseny!.seek('1961-04-12T07:43:51Z'));
    expect(
      (await page.evaluate(() => window.urverseny!.state())).bodies['vostok-1']!.altKm,
    ).toBeLessThan(100);
    // A strip at the top of the view, between the header and the map: all sky.
    const sky = await screenshotStats(page, { x: 560, y: 0, width: 320, height: 40 });
    expect(sky.litFraction).toBeGreaterThan(0.99);
    expect(sky.blueFraction).toBeGreaterThan(0.9);
    await page.close();
  });

  it('plays the Gagarin sentence at launch', async () => {
    const page = await openApp(browser, '?scene=vostok-1&paused=1&lang=hu');
    await page.evaluate(() => window.urverseny!.seek('1961-04-12T06:07:00Z'));
    await expect
      .poll(() => page.getByTestId('caption').innerText())
      .toBe('s embert is elsőként juttattak a világűrbe 1961. április 12-én');
    await page.close();
  });
});
