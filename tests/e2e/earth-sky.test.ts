import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, keepToOrigin, launchBrowser, openApp } from './browser.ts';
import { hideInterface, screenshotStats, type PixelStats } from './pixels.ts';
// @ts-expect-error -- plain ESM script without types
import { measureTwilight } from '../../scripts/twilight.mjs';
import { SPACE_BACKGROUND_ON_SCREEN } from '../../src/view/space-background.ts';

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
const TWILIGHT_LIMITS: Record<number, number> = {
  10: 0.6,
  3: 0.2,
  0: 0.05,
  [-3]: 0.01,
  [-6]: 0.003,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The RGBA bytes of a clip of the screen, decoded in the page. */
async function clipRgba(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<number[]> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    // Decoded without fetch(): the page's CSP allows no data: connections.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(0, 0, bitmap.width, bitmap.height).data];
  }, png.toString('base64'));
}

/** Mean r+g+b of a 7×7 patch around a CSS pixel. */
async function brightnessAt(page: Page, x: number, y: number): Promise<number> {
  const data = await clipRgba(page, { x: x - 3, y: y - 3, width: 7, height: 7 });
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += data[i]! + data[i + 1]! + data[i + 2]!;
  return sum / (data.length / 4);
}

/** The sky's colour on screen, [r, g, b] (space-background.ts). */
const SPACE_ON_SCREEN = [1, 3, 5].map((i) =>
  parseInt(SPACE_BACKGROUND_ON_SCREEN.slice(i, i + 2), 16),
);

/** The median colour of a 24×24 patch of empty sky in the top right corner (a star or two aside). */
async function skyPixel(page: Page): Promise<number[]> {
  const data = await clipRgba(page, { x: 1230, y: 20, width: 24, height: 24 });
  return [0, 1, 2].map((c) => {
    const values = data.filter((_, i) => i % 4 === c).sort((a, b) => a - b);
    return values[values.length >> 1]!;
  });
}

/**
 * Holds back the requests for a texture until `release()` (routes registered later are asked
 * first), counting them.
 */
async function holdTexture(page: Page, glob: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const hold = { release: () => release(), requests: 0 };
  await page.route(glob, async (route) => {
    hold.requests++;
    await held;
    await route.fallback();
  });
  return hold;
}

/** Opens a paused player at `query` and waits for its first complete frame, interface hidden. */
async function openFirstPicture(page: Page, query: string): Promise<void> {
  await page.goto(appUrl(query));
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.evaluate(() => window.urverseny!.complete());
  // The Earth only: a caption fading in or a notice would change the pixels between two shots.
  await hideInterface(page);
}

/** The same lit Earth in two pictures: no pop of another colour when one gives way to the other. */
function expectSameLitEarth(before: PixelStats, after: PixelStats): void {
  expect(before.litFraction).toBeGreaterThan(0.04);
  expect(Math.abs(before.litFraction - after.litFraction)).toBeLessThan(0.01);
  for (let c = 0; c < 3; c++)
    expect(Math.abs(before.meanRgb[c]! - after.meanRgb[c]!)).toBeLessThan(2);
  expect(Math.abs(before.blueFraction - after.blueFraction)).toBeLessThan(0.02);
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

  describe('on one small page at low quality', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openApp(browser, '?scene=sputnik-1&paused=1&t=0&quality=low', {
        width: 320,
        height: 180,
      });
      // The twilight patch is measured in the middle of the view, where the captions may sit.
      await hideInterface(page);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('darkens an open-ocean patch at dusk as the physics says, with no glow past the terminator', async () => {
      const curve = (await measureTwilight(page)) as TwilightPoint[];
      const [day] = curve;
      // The reference is a lit sea, not black: the measurement means something.
      expect(day!.luminance).toBeGreaterThan(0.01);
      for (const point of curve.slice(1))
        expect(point.ratio, `${point.elevationDeg}°`).toBeLessThanOrEqual(
          TWILIGHT_LIMITS[point.elevationDeg]!,
        );
      // Still monotonic: each step towards night is darker.
      for (let i = 1; i < curve.length; i++)
        expect(curve[i]!.luminance).toBeLessThanOrEqual(curve[i - 1]!.luminance);
    });

    it('fetches only its own maps, draws fewer calls and triangles than high, reports the tier, and frees the other tier’s maps', async () => {
      // A weak kiosk PC's cold start: the baked map and the small map picture, none of the
      // four full maps (the ground-track map once fetched the 4096-wide day map to show 360).
      const fetched = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname.split('/').pop()!),
      );
      expect(fetched).toEqual(expect.arrayContaining(['earth-low.webp', 'earth-map.jpg']));
      expect(fetched.filter((name) => /^earth-(day|night|water|clouds)\./.test(name))).toEqual([]);
      await page.evaluate(() => window.urverseny!.seek(0));
      const low = await page.evaluate(() => window.urverseny!.renderer());
      expect(await page.evaluate(() => window.urverseny!.state().quality)).toBe('low');
      await page.evaluate(() => window.urverseny!.setQuality('high'));
      await page.evaluate(() => window.urverseny!.seek(0));
      const high = await page.evaluate(() => window.urverseny!.renderer());
      expect(low.triangles).toBeLessThan(high.triangles);
      // Far from the ground every tier draws the same objects (coastlines show only below
      // 6,000 km): low saves vertices and per-pixel work, never adds a call. High draws through
      // the Sun's bloom (its passes count in the frame: threshold, mip-map blur, the final
      // pass); low has no post-processing.
      expect(high.calls).toBeGreaterThanOrEqual(low.calls + 8);
      expect(high.calls).toBeLessThanOrEqual(60);
      // Low draws the Earth from one baked map, high from four: back at low, the four are
      // released from the GPU (the automatic tier choice may switch back and forth for days).
      await page.evaluate(() => window.urverseny!.setQuality('low'));
      await page.evaluate(() => window.urverseny!.seek(0));
      expect((await page.evaluate(() => window.urverseny!.renderer())).textures).toBe(low.textures);
    });
  });

  describe('on one small page at medium (the environment map is drawn)', () => {
    // Small: the counts and the pixels compared do not depend on the size, the software
    // renderer's time does.
    let page: Page;
    beforeAll(async () => {
      page = await openApp(browser, '?scene=sputnik-1&paused=1&quality=medium', {
        width: 320,
        height: 180,
      });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('returns GPU memory to its baseline after switching scenes ten times', async () => {
      // The environment map is rendered (and replaced) on every switch.
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
    });

    it('draws a still moment the same whatever was shown before it (the craft reflects that moment)', async () => {
      // The craft reflect an environment map, drawn again only when the craft enters another
      // cell of ground, altitude or Sun. Vostok-1 30 s after lift-off is still in the cell of
      // the pad, where the scene opens; 06:20 is in another.
      await page.evaluate(() => window.urverseny!.load('vostok-1'));
      const craftAt = async (utc: string) => {
        await page.evaluate((u) => window.urverseny!.seek(u), utc);
        // The scripted camera keeps the capsule at the centre of the view.
        return page.screenshot({ clip: { x: 130, y: 60, width: 60, height: 60 } });
      };
      const fromThePad = await craftAt('1961-04-12T06:07:30Z');
      await craftAt('1961-04-12T06:20:00Z');
      const fromOrbit = await craftAt('1961-04-12T06:07:30Z');
      expect(fromOrbit.equals(fromThePad)).toBe(true);
    });

    it('keeps only a trace of the coastlines over the night side', async () => {
      // The Namib coast at 23:00 local time, seen straight down from 700 km: no town lights,
      // no sky, only the dark ground and the coastline. Drawn as by day, the line reached 216/255
      // (338 pixels over 60); the trace left of it is dimmer than a town's lights. The last test
      // on this page: the interface stays hidden.
      await hideInterface(page);
      try {
        await page.evaluate(() =>
          window.urverseny!.inspect({
            utc: '1957-10-04T22:00:00Z',
            latDeg: -22,
            lonDeg: 14.3,
            distanceKm: 6378 + 700,
          }),
        );
        const { brightest } = await screenshotStats(page);
        expect(brightest).toBeLessThan(60);
        // Still there to find the shore by: the trace measured 32/255 here.
        expect(brightest).toBeGreaterThanOrEqual(15);
      } finally {
        await page.evaluate(() => window.urverseny!.inspect(null));
      }
    });
  });

  it('falls back visibly from an unknown ?quality= to the tier this renderer starts at', async () => {
    const page = await openApp(browser, '?scene=sputnik-1&lang=en&quality=ultra');
    await expect.poll(() => page.getByTestId('notices').innerText()).toContain('"quality"');
    // SwiftShader draws here, a software renderer: the player starts at low, not medium, and
    // leaves the tier to automatic tuning (not pinned).
    expect(await page.evaluate(() => window.urverseny!.state().quality)).toBe('low');
    await page.close();
  });

  it('draws a complete, lit Earth from its preview map while the full map loads, then swaps it in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await keepToOrigin(page);
    const full = await holdTexture(page, '**/textures/earth-low.webp');
    await openFirstPicture(page, '?scene=sputnik-1&quality=low&paused=1&t=1957-10-04T19:05:00Z');
    const early = await page.evaluate(() => window.urverseny!.state());
    expect(full.requests).toBe(1);
    // Drawn and described, but not yet what a recording may use.
    expect(early.utc).toBe('1957-10-04T19:05:00.000Z');
    expect(early.pending).toEqual(['full-resolution Earth maps']);
    const preview = await screenshotStats(page);

    full.release();
    await page.evaluate(() => window.urverseny!.ready());
    expect(await page.evaluate(() => window.urverseny!.state().pending)).toEqual([]);
    const sharp = await screenshotStats(page);
    console.log(
      `preview: lit ${preview.litFraction.toFixed(3)}, mean ${preview.meanRgb.map(Math.round).join('/')}; full: lit ${sharp.litFraction.toFixed(3)}, mean ${sharp.meanRgb.map(Math.round).join('/')}`,
    );
    // Sharper only. (The day side is a crescent here, 5–6 % of the frame; an Earth not drawn
    // leaves only stars.)
    expectSameLitEarth(preview, sharp);
    await page.close();
  });

  it('draws its first picture at low from the baked preview while a medium start loads, then medium whole', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await keepToOrigin(page);
    // Medium's day map is held back; the low tier's full map must never be asked for.
    const lowFull = await holdTexture(page, '**/textures/earth-low.webp');
    lowFull.release(); // Counted, not held.
    const day = await holdTexture(page, '**/textures/earth-day.jpg');
    await openFirstPicture(page, '?scene=sputnik-1&quality=medium&paused=1&t=1957-10-04T19:05:00Z');
    const early = await page.evaluate(() => ({
      state: window.urverseny!.state(),
      calls: window.urverseny!.renderer().calls,
    }));
    expect(early.state.quality).toBe('medium');
    expect(early.state.pending).toEqual(['full-resolution Earth maps']);
    const first = await screenshotStats(page);
    const firstSky = await skyPixel(page);

    day.release();
    await page.evaluate(() => window.urverseny!.ready());
    const late = await page.evaluate(() => ({
      state: window.urverseny!.state(),
      calls: window.urverseny!.renderer().calls,
    }));
    expect(late.state.pending).toEqual([]);
    const full = await screenshotStats(page);
    const fullSky = await skyPixel(page);
    console.log(
      `first picture: ${early.calls} draw calls, lit ${first.litFraction.toFixed(3)}, mean ${first.meanRgb.map(Math.round).join('/')}; medium: ${late.calls} draw calls, lit ${full.litFraction.toFixed(3)}, mean ${full.meanRgb.map(Math.round).join('/')}`,
    );
    // Drawn the cheap way (no bloom's passes, no coastlines), never from the low tier's full map.
    expect(early.calls).toBeLessThan(late.calls);
    expect(lowFull.requests).toBe(0);
    // The same lit Earth under the same sky when medium takes over.
    expectSameLitEarth(first, full);
    expect(firstSky).toEqual(SPACE_ON_SCREEN);
    expect(fullSky).toEqual(SPACE_ON_SCREEN);
    await page.close();
  });
});
