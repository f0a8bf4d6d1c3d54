import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';
import { hideInterface, screenshotStats } from './pixels.ts';

/**
 * A chapter jump to a launch lands on its lift-off second. The engines burn at full thrust then,
 * whatever the hour, but the flame's drawn length grows only off the pad: at night the craft
 * stood dark on a dark pad, nothing on the screen. The glow at its nozzle and the flame's light on
 * it must mark the place, on one small page at low (the tier software renderers and weak PCs run).
 */
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await openApp(browser, '?scene=sputnik-1&paused=1&lang=en&quality=low', {
    width: 640,
    height: 360,
  });
  await hideInterface(page);
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
});

/** The craft that lifts off at each launch event (the aftmost of a stack: the flame's root). */
const LAUNCHING: Record<string, string> = {
  'sputnik-1 launch': 'sputnik-1',
  'vostok-1 launch': 'vostok-1',
  'voskhod-2 launch': 'voskhod-2',
  'apollo-soyuz soyuz-launch': 'soyuz-19',
  'apollo-soyuz apollo-launch': 's-ivb',
  'soyuz-36 launch': 'soyuz-36',
  'ax-4 launch': 'dragon',
};

/** Half the side of the square looked at round the craft, px (the craft is ~12 px tall here). */
const NEAR_PX = 24;
/** Glaring pixels (R+G+B ≥ 600) there at a night launch: the build without the glow had none. */
const GLOWING_PX = 8;
/**
 * Red over blue, averaged over that square at a night launch: without bloom (low) the glow was a
 * white disc, 1.12–1.29; with the halo painted in its place, 1.5–1.9 (at medium bloom spreads it).
 */
const WARM = 1.4;

const DEG = Math.PI / 180;

describe('every launch at its lift-off second', () => {
  it('shows the craft in view, and at night lit by its own fire', async () => {
    const sceneIds = await page.evaluate(() => window.urverseny!.scenes().map((s) => s.id));
    const seen: string[] = [];
    const night: string[] = [];
    for (const sceneId of sceneIds) {
      const launches = await page.evaluate(async (id) => {
        const api = window.urverseny!;
        if (api.state().sceneId !== id) {
          await api.load(id);
          api.pause();
        }
        return api
          .state()
          .events.filter((e) => /launch/.test(e.id))
          .map((e) => ({ id: e.id, utc: e.utc }));
      }, sceneId);
      for (const launch of launches) {
        const name = `${sceneId} ${launch.id}`;
        const target = LAUNCHING[name];
        expect(target, `${name}: which craft lifts off`).toBeDefined();
        const { at, sunHeight } = await page.evaluate(
          async ([utc, target, deg]) => {
            const api = window.urverseny!;
            await api.seek(utc);
            const { bodies, sun } = api.state();
            const craft = bodies[target]!;
            if (!sun) throw new Error('no frame drawn: no Sun');
            // The cosine of the Sun's zenith angle at the pad: below 0, night.
            const [la, lb] = [craft.lat * deg, sun.subsolarLat * deg];
            const sunHeight =
              Math.sin(la) * Math.sin(lb) +
              Math.cos(la) * Math.cos(lb) * Math.cos((craft.lon - sun.subsolarLon) * deg);
            return { at: api.projectBody(target), sunHeight };
          },
          [launch.utc, target!, DEG] as const,
        );
        expect(at?.visible, `${name}: ${target} in view`).toBe(true);
        const { glaring, meanRgb } = await screenshotStats(page, {
          x: Math.max(0, Math.round(at!.x - NEAR_PX)),
          y: Math.max(0, Math.round(at!.y - NEAR_PX)),
          width: 2 * NEAR_PX,
          height: 2 * NEAR_PX,
        });
        const warmth = meanRgb[0] / Math.max(1, meanRgb[2]);
        seen.push(
          `${name} ${launch.utc}: sun ${sunHeight.toFixed(2)}, ${glaring} glaring px, red/blue ${warmth.toFixed(2)}`,
        );
        if (sunHeight < 0) {
          night.push(sceneId);
          expect(glaring, `${name} at ${launch.utc}, at night`).toBeGreaterThanOrEqual(GLOWING_PX);
          expect(warmth, `${name}: the fire's colour round its white core`).toBeGreaterThan(WARM);
        }
      }
    }
    console.log(seen.join('\n'));
    // Every launch of the catalogue was looked at (two in Apollo–Soyuz); three were at night.
    expect(seen).toHaveLength(Object.keys(LAUNCHING).length);
    expect(night).toEqual(['sputnik-1', 'soyuz-36', 'ax-4']);
  });
});
