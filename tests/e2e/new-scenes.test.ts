import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';
import { screenshotStats } from './pixels.ts';

/**
 * The three scenes built as data, on one small page: Leonov outside the airlock, and both
 * dockings at their documented minute with the HUD at 0 m.
 */
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await openApp(browser, '?scene=voskhod-2&paused=1&lang=en&quality=low', {
    width: 640,
    height: 360,
  });
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
});

const at = async (sceneId: string, utc: string) =>
  page.evaluate(
    async ([id, t]) => {
      const api = window.urverseny!;
      if (api.state().sceneId !== id) {
        await api.load(id);
        api.pause();
      }
      await api.seek(t);
      return api.state();
    },
    [sceneId, utc] as const,
  );

describe('Voskhod-2, Soyuz-36 and Axiom-4 in the browser', () => {
  it('shows Leonov outside the airlock at 08:40 UTC on 18 March 1965', async () => {
    const state = await at('voskhod-2', '1965-03-18T08:40:00Z');
    expect(state.bodies['leonov']?.visible).toBe(true);
    expect(state.bodies['voskhod-2']?.visible).toBe(true);
    expect(state.caption?.hu).toBe('három hónappal megelőzve Edward White-ot.');
  });

  it('docks Soyuz-36 at Salyut-6’s aft port at 19:56 UTC, the HUD at 0 m', async () => {
    const state = await at('soyuz-36', '1980-05-27T19:56:00Z');
    expect(state.relative).toMatchObject({ chaser: 'soyuz-36', phase: 'docked' });
    expect(state.relative!.rangeM).toBeLessThan(0.5);
    await expect.poll(() => page.getByTestId('hud-range').innerText()).toBe('0.0 m');
  });

  it('docks Dragon at Harmony’s zenith port at 10:31 UTC, the HUD at 0 m', async () => {
    const state = await at('ax-4', '2025-06-26T10:31:00Z');
    expect(state.relative).toMatchObject({ chaser: 'dragon', target: 'iss', phase: 'docked' });
    expect(state.relative!.rangeM).toBeLessThan(0.5);
    expect(state.bodies['iss']?.visible).toBe(true);
    await expect.poll(() => page.getByTestId('hud-range').innerText()).toBe('0.0 m');
  });

  it('lights Soyuz-36’s night launch with its rocket’s flame, put out at insertion', async () => {
    await at('soyuz-36', '1980-05-26T18:23:00Z');
    const brightNear = async (utc: string) => {
      await page.evaluate(
        (u) =>
          window.urverseny!.inspect({
            utc: u,
            target: 'soyuz-36',
            distanceKm: 0.15,
            azimuthDeg: 90,
            elevationDeg: 20,
          }),
        utc,
      );
      return (await screenshotStats(page)).bright.count;
    };
    // The 3D view alone: the HUD's text is bright too.
    await page.evaluate(() =>
      document.styleSheets[0]!.insertRule('.hud{display:none!important}', 0),
    );
    try {
      // 23:23 local time, the craft in the Earth's shadow: only the flame lights the view.
      const climbing = await brightNear('1980-05-26T18:23:00Z');
      const inOrbit = await brightNear('1980-05-26T18:30:00Z');
      console.log(`bright pixels near Soyuz-36: climbing ${climbing}, in orbit ${inOrbit}`);
      expect(climbing).toBeGreaterThan(300);
      expect(climbing).toBeGreaterThan(3 * inOrbit);
    } finally {
      await page.evaluate(() => document.styleSheets[0]!.deleteRule(0));
      await page.evaluate(() => window.urverseny!.inspect(null));
    }
  });
});
