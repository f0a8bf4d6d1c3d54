import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';
// @ts-expect-error -- plain ESM script without types
import { measureTwilight } from '../../scripts/twilight.mjs';

interface TwilightPoint {
  elevationDeg: number;
  luminance: number;
  ratio: number;
}

/**
 * The physics of dusk seen from orbit: the ground's light falls off with the Sun's transmittance
 * through the air and is gone a few degrees past the terminator (at −6° the ground gets about
 * 1/10,000 of daylight). Upper bounds for the same open-ocean patch, as shares of its +30° value.
 */
const LIMITS: Record<number, number> = { 10: 0.6, 3: 0.2, 0: 0.05, [-3]: 0.01, [-6]: 0.003 };

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await openApp(browser, '?scene=sputnik-1&paused=1&quality=low', {
    width: 320,
    height: 180,
  });
  // The patch is measured in the middle of the view, where the captions and controls may sit.
  await page.evaluate(() => {
    for (const hud of document.querySelectorAll<HTMLElement>('.hud')) hud.style.display = 'none';
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('Twilight from orbit', () => {
  it('darkens an open-ocean patch as the physics says, with no glow left past the terminator', async () => {
    const curve = (await measureTwilight(page)) as TwilightPoint[];
    const [day] = curve;
    // The reference is a lit sea, not black: the measurement means something.
    expect(day!.luminance).toBeGreaterThan(0.01);
    for (const point of curve.slice(1)) {
      expect(point.ratio, `${point.elevationDeg}°`).toBeLessThanOrEqual(
        LIMITS[point.elevationDeg]!,
      );
    }
    // Still monotonic: each step towards night is darker.
    for (let i = 1; i < curve.length; i++)
      expect(curve[i]!.luminance).toBeLessThanOrEqual(curve[i - 1]!.luminance);
  });
});
