import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/script/evaluate.ts';
import { playbackAt } from '../../src/core/time/timeline.ts';
import { repoCatalog } from '../helpers/catalog.ts';
import { loadRepoScene } from '../helpers/scenes.ts';
import { launchBrowser, openApp } from './browser.ts';
import { screenshotStats } from './pixels.ts';

const sputnik = loadRepoScene('sputnik-1');
let browser: Browser;
// One page of Sputnik-1 at low for the tests that only seek, read and click in it.
let shared: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  shared = await openApp(browser, '?scene=sputnik-1&lang=hu&paused=1');
});
afterAll(async () => {
  await shared?.close();
  await browser?.close();
});

async function pausedAt(page: Page, t: number | string): Promise<Page> {
  await page.evaluate(async (time) => {
    window.urverseny!.pause();
    await window.urverseny!.seek(time);
  }, t);
  return page;
}

describe('Sputnik-1 in the browser', () => {
  it('draws a textured, sunlit Earth (not a blank canvas)', async () => {
    // The opening shot looks down on North America in the afternoon sun.
    // At medium, the tier the web player starts at.
    const page = await pausedAt(await openApp(browser, '?scene=sputnik-1&quality=medium'), 0);
    const earth = await screenshotStats(page, { x: 480, y: 200, width: 320, height: 240 });
    expect(earth.litFraction).toBeGreaterThan(0.25);
    expect(earth.blueFraction).toBeGreaterThan(0.15);
    const space = await screenshotStats(page, { x: 1000, y: 250, width: 200, height: 200 });
    expect(space.litFraction).toBeLessThan(0.01);
    await page.close();
  });

  it('asks for its interface fonts with the page, not once text first needs them', async () => {
    const fonts = await shared.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => ({
          file: entry.name.split('/').pop()!,
          by: (entry as PerformanceResourceTiming).initiatorType,
        })),
    );
    // Latin and Latin Extended (Hungarian's ő and ű), regular and semibold, and Cyrillic.
    expect(fonts.map((f) => f.file.replace(/-normal-.*/, '')).sort()).toEqual([
      'noto-sans-cyrillic-400',
      'noto-sans-latin-400',
      'noto-sans-latin-600',
      'noto-sans-latin-ext-400',
      'noto-sans-latin-ext-600',
    ]);
    // Each fetched once, by its preload link (a stylesheet's request would be a second entry).
    for (const font of fonts) expect(font.by, font.file).toBe('link');
  });

  it("reads the atmosphere's tables from the build's file, asked for at boot", async () => {
    const tables = await shared.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /atmosphere-tables-[\w-]+\.bin$/.test(entry.name))
        .map((entry) => ({
          by: (entry as PerformanceResourceTiming).initiatorType,
          bytes: (entry as PerformanceResourceTiming).decodedBodySize,
        })),
    );
    // Once, by the boot's fetch: three tables of float32 values and their lengths.
    expect(tables).toEqual([{ by: 'fetch', bytes: 200_460 }]);
  });

  it('shows the caption the scene file gives for that moment, in either language', async () => {
    const utc = '1957-10-04T19:28:34Z';
    const expected = evaluate(sputnik, playbackAt(sputnik.timeline, Date.parse(utc))).caption!;
    const page = await pausedAt(shared, utc);
    await page.evaluate(() => window.urverseny!.setLang('hu'));
    await expect.poll(() => page.getByTestId('caption').innerText()).toBe(expected.hu);
    await page.evaluate(() => window.urverseny!.setLang('en'));
    await expect.poll(() => page.getByTestId('caption').innerText()).toBe(expected.en);
    expect(expected.hu).toContain('Föld körüli pályára');
  });

  it('reports in state() exactly what the core propagates for that time', async () => {
    const page = await pausedAt(shared, 60);
    const state = await page.evaluate(() => window.urverseny!.state());
    const frame = evaluate(sputnik, 60);
    const body = frame.bodies.find((b) => b.id === 'sputnik-1')!;
    expect(state.sceneId).toBe('sputnik-1');
    expect(state.playback).toBe(60);
    expect(state.utc).toBe(new Date(frame.utcMs).toISOString());
    const reported = state.bodies['sputnik-1']!;
    expect(reported.lat).toBeCloseTo(body.latDeg, 6);
    expect(reported.lon).toBeCloseTo(body.lonDeg, 6);
    expect(reported.altKm).toBeCloseTo(body.altKm, 6);
    reported.eciKm.forEach((km, i) => expect(km).toBeCloseTo(body.eciKm[i]!, 6));
    expect(state.sun!.subsolarLat).toBeCloseTo(frame.subsolar.latDeg, 6);
    expect(await page.getByTestId('utc-readout').innerText()).toBe(
      `${new Date(frame.utcMs).toISOString().slice(0, 19).replace('T', ' ')} UTC`,
    );
  });

  it('falls back visibly on an unknown ?scene= and keeps running', async () => {
    const page = await openApp(browser, '?scene=apollo-13&lang=en');
    await expect
      .poll(() => page.getByTestId('notices').innerText())
      .toContain('There is no scene called "apollo-13"');
    await expect.poll(() => page.getByTestId('scene-list').isVisible()).toBe(true);
    expect(await page.getByTestId('scene-list').innerText()).toContain('Sputnik-1');
    expect(await page.getByTestId('scene-title').innerText()).toBe('Sputnik-1');
    expect(await page.evaluate(() => window.urverseny!.state().sceneId)).toBe('sputnik-1');
    await page.close();
  });

  it('never renders URL text as HTML', async () => {
    const page = await openApp(
      browser,
      `?scene=${encodeURIComponent('<img src=x onerror=alert(1)>')}&lang=en&rate=fast`,
    );
    const notices = await page.getByTestId('notices').innerText();
    expect(notices).toContain('<img src=x onerror=alert(1)>');
    expect(notices).toContain('"rate"');
    expect(await page.locator('.notices img').count()).toBe(0);
    await page.close();
  });

  it('rejects bad automation calls with clear errors and keeps working', async () => {
    const page = shared;
    const errors = await page.evaluate(async () => {
      const api = window.urverseny!;
      const messages: string[] = [];
      for (const call of [
        () => api.load('nope'),
        () => api.seek('yesterday'),
        () => api.seek(-1),
      ]) {
        try {
          await call();
        } catch (error) {
          messages.push((error as Error).message);
        }
      }
      for (const call of [() => api.setLang('de'), () => api.setRate(1000)]) {
        try {
          call();
        } catch (error) {
          messages.push((error as Error).message);
        }
      }
      return messages;
    });
    expect(errors).toEqual([
      `unknown scene "nope"; known: ${repoCatalog()
        .map((entry) => entry.id)
        .join(', ')}`,
      'seek(t): t must be playback seconds ≥ 0 or an ISO UTC string ending in Z, got "yesterday"',
      'seek(t): t must be playback seconds ≥ 0 or an ISO UTC string ending in Z, got -1',
      "setLang(lang): lang must be 'hu' or 'en', got \"de\"",
      'rate must be between 0.25 and 64, got 1000',
    ]);
    await page.evaluate(() => window.urverseny!.seek(30));
    expect(await page.evaluate(() => window.urverseny!.state().playback)).toBeGreaterThanOrEqual(
      30,
    );
  });

  it('lets the visitor take the camera by dragging and give it back with one button', async () => {
    const page = await pausedAt(shared, 0);
    await page.evaluate(() => window.urverseny!.setLang('en'));
    expect(await page.evaluate(() => window.urverseny!.state().cameraMode)).toBe('script');
    const view = { x: 440, y: 160, width: 400, height: 300 };
    await page.mouse.move(640, 300);
    const before = await page.screenshot({ clip: view });
    await page.mouse.down();
    // At a visitor's pace: the free camera's controls load while the button is held.
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(640 + 6 * i, 300 + 2 * i);
      await page.waitForTimeout(60);
    }
    await page.mouse.up();
    // The controls hand over on their own events, which a busy software renderer may deliver late.
    const cameraMode = () => page.evaluate(() => window.urverseny!.state().cameraMode);
    await expect.poll(cameraMode).toBe('free');
    // The drag that took the camera also turned it (the press is handed to the controls).
    const turned = async () => !(await page.screenshot({ clip: view })).equals(before);
    await expect.poll(turned).toBe(true);
    await page.getByRole('button', { name: 'Scripted camera' }).click();
    await expect.poll(cameraMode).toBe('script');
  });
});
