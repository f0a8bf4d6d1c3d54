import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import {
  kioskHealth,
  openKiosk,
  state,
  tap,
  waitForKioskFrames,
  type KioskOptions,
  type KioskPage,
} from './kiosk-page.ts';
import { screenshotStats } from './pixels.ts';
// @ts-expect-error -- plain ESM script without types
import { formatRenderer, judgeSoak, soak } from '../../scripts/soak.mjs';

let browser: Browser;
let open: KioskPage | null = null;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
// Every test: nothing left the origin, nothing broke the Content-Security-Policy.
afterEach(async () => {
  if (!open) return;
  const { context, offOrigin } = open;
  const violations = await open.cspViolations().catch(() => []);
  open = null;
  await context.close();
  expect(offOrigin).toEqual([]);
  expect(violations).toEqual([]);
});

async function kiosk(
  params: string,
  viewport?: { width: number; height: number },
  options: Omit<KioskOptions, 'viewport'> = {},
) {
  open = await openKiosk(browser, params, { ...options, ...(viewport ? { viewport } : {}) });
  return open;
}

describe('the museum kiosk', () => {
  it('runs locked down under the Content-Security-Policy, with large touch targets', async () => {
    const { page, errors } = await kiosk('idle=30');
    // "Touch to explore" breathes with the frames drawn: no animation runs on a clock of its own
    // (on a software renderer its compositor frames delayed the first picture by 2 s).
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    const opacities = new Set<string>();
    for (let frame = 0; frame < 3; frame++) {
      await waitForKioskFrames(page, 1);
      opacities.add(await page.locator('.kiosk-cta').evaluate((cta) => cta.style.opacity));
    }
    expect(opacities.size).toBeGreaterThan(1);
    // A tap opens the player (the lock-down checks below send keys, which count as input too).
    await tap(page, '[data-testid="kiosk-attract"]');
    await expect.poll(async () => (await state(page)).mode).toBe('interactive');
    // The policy, in the built page and from the server.
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("connect-src 'self'");
    expect(meta).toContain("script-src 'self'");
    // WebAssembly may be compiled (the maps' transcoder), strings never.
    expect(meta).not.toContain("'unsafe-eval'");
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval';");
    const response = await page.request.get(page.url());
    expect(response.headers()['content-security-policy']).toContain(meta!);
    // The operator corner shows the build id.
    await expect
      .poll(() => page.getByTestId('kiosk-build').innerText())
      .toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}/);

    const locked = await page.evaluate(() => {
      const cancelled = (target: EventTarget, event: Event) => !target.dispatchEvent(event);
      const link = document.createElement('a');
      link.href = 'https://example.org/elsewhere';
      link.textContent = 'away';
      document.querySelector('.hud')!.append(link);
      const before = window.location.href;
      link.click();
      const stayed = window.location.href === before;
      link.remove();
      return {
        contextMenu: cancelled(
          document.querySelector('canvas')!,
          new MouseEvent('contextmenu', { bubbles: true, cancelable: true }),
        ),
        selectStart: cancelled(
          document.body,
          new Event('selectstart', { bubbles: true, cancelable: true }),
        ),
        print: cancelled(
          document.body,
          new KeyboardEvent('keydown', {
            key: 'p',
            ctrlKey: true,
            bubbles: true,
            cancelable: true,
          }),
        ),
        zoomKey: cancelled(
          document.body,
          new KeyboardEvent('keydown', {
            key: '+',
            ctrlKey: true,
            bubbles: true,
            cancelable: true,
          }),
        ),
        drop: cancelled(document.body, new Event('drop', { bubbles: true, cancelable: true })),
        userSelect: getComputedStyle(document.querySelector('.kiosk')!).userSelect,
        touchAction: getComputedStyle(document.querySelector('.kiosk')!).touchAction,
        viewport: document.querySelector('meta[name="viewport"]')!.getAttribute('content'),
        opened: window.open('https://example.org/', '_blank'),
        stayed,
      };
    });
    expect(locked).toEqual({
      contextMenu: true,
      selectStart: true,
      print: true,
      zoomKey: true,
      drop: true,
      userSelect: 'none',
      touchAction: 'none',
      viewport: 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no',
      opened: null,
      stayed: true,
    });
    expect(browser.contexts().flatMap((c) => c.pages())).toHaveLength(1);

    // Every control of the player (and of the scene list) is a large touch target.
    const small = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.kiosk button, .kiosk select, .kiosk input, .kiosk a')]
          .filter(
            (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
          )
          .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 48 || box.height < 48)
          .map(({ el, box }) => `${el} ${box.width}×${box.height}`),
      );
    expect(await small()).toEqual([]);
    // No way to a download: the clip controls are not offered.
    expect(await page.locator('.clip-controls').isVisible()).toBe(false);
    await tap(page, '.scene-header button');
    await expect.poll(() => page.getByTestId('scene-list').isVisible()).toBe(true);
    expect(await small()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('resumes drawing at the same scene time, with the same picture, after the WebGL context is lost and restored', async () => {
    const { page, errors } = await kiosk('rate=1&scenes=vostok-1', { width: 640, height: 360 });
    // The picture at one moment, to compare with the same moment after the restore (a part of
    // the view clear of the header and of the breathing call to action).
    const clip = { x: 0, y: 112, width: 470, height: 96 };
    await page.evaluate(async () => {
      window.urverseny!.pause();
      await window.urverseny!.seek(60);
    });
    const before = await screenshotStats(page, clip);
    expect(before.litFraction).toBeGreaterThan(0.2);
    await page.evaluate(() => window.urverseny!.play());
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')!.getContext('webgl2')!;
      const extension = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { loseContext: WEBGL_lose_context }).loseContext = extension;
      extension.loseContext();
    });
    await expect.poll(async () => (await kioskHealth(page)).contextLost).toBe(true);
    // The scene holds still while there is no picture. state() reports the frame last drawn, which
    // may be the one drawn just before the pause: once a reading repeats, it must stay put.
    expect((await state(page)).playing).toBe(false);
    const drift = async () => {
      const first = (await state(page)).playback;
      await page.waitForTimeout(300);
      return Math.abs((await state(page)).playback - first);
    };
    await expect.poll(drift).toBeLessThan(0.0005);
    const held = await state(page);
    await page.waitForTimeout(500);
    expect((await state(page)).playback).toBeCloseTo(held.playback, 3);

    // How fast the first frame comes back is measured by `npm run bench` (kiosk-restore), not here.
    const shown = await page.evaluate(async () => {
      const api = window.urverseny as unknown as { kiosk: { health(): { frames: number } } };
      const canvas = document.querySelector('canvas')!;
      let framesAtEvent = Number.POSITIVE_INFINITY;
      canvas.addEventListener(
        'webglcontextrestored',
        () => (framesAtEvent = api.kiosk.health().frames),
        { once: true },
      );
      (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext();
      // The first frame drawn after the context came back.
      while (api.kiosk.health().frames <= framesAtEvent)
        await new Promise((resolve) => setTimeout(resolve, 5));
      return window.urverseny!.state().playback;
    });
    expect(shown).toBeCloseTo(held.playback, 1);
    // Playing again from there.
    await expect.poll(async () => (await state(page)).playing).toBe(true);
    // Everything is drawn again as before the loss: the same moment gives the same picture.
    await page.evaluate(async () => {
      window.urverseny!.pause();
      await window.urverseny!.seek(60);
    });
    const after = await screenshotStats(page, clip);
    expect(Math.abs(after.litFraction - before.litFraction)).toBeLessThan(0.02);
    for (const [i, c] of after.meanRgb.entries())
      expect(Math.abs(c - before.meanRgb[i]!)).toBeLessThan(2);
    expect(await kioskHealth(page)).toMatchObject({ contextRestores: 1, contextLost: false });
    expect(errors).toEqual([]);
  });

  // The watchdog's timing, crash remounts and the back-off are tested with fake time
  // (tests/unit/modes/kiosk); here, that a real lost context is seen and the page really reloads.
  it('reloads the page when the WebGL context stays lost, and the attract loop goes on', async () => {
    const { page } = await kiosk('watchdog=2&scenes=sputnik-1', { width: 480, height: 270 });
    await page.evaluate(() => {
      document
        .querySelector('canvas')!
        .getContext('webgl2')!
        .getExtension('WEBGL_lose_context')!
        .loseContext();
    });
    await page.waitForEvent('load', { timeout: 30_000 });
    await waitForKioskFrames(page);
    expect(await kioskHealth(page)).toMatchObject({
      reloads: 1,
      lastRecovery: 'context-not-restored',
      mode: 'attract',
      sceneId: 'sputnik-1',
      contextLost: false,
    });
  });

  it('recovers from a crash inside the 3D view: a texture that fails to load once', async () => {
    let moonRequests = 0;
    const { page } = await kiosk(
      'debug&scenes=sputnik-1',
      { width: 480, height: 270 },
      {
        // Without the service worker in between, the page's own request is the one that fails.
        serviceWorkers: 'block',
        // Asked before the origin guard (routes registered later come first).
        prepare: async (context) => {
          await context.route('**/textures/moon.jpg', (route) =>
            moonRequests++ === 0 ? route.abort('connectionreset') : route.fallback(),
          );
        },
      },
    );
    // The loader's error reaches the view's error boundary and the kiosk restarts the player,
    // which asks for the Moon again (R3F's loader would keep the failure) and gets it.
    await expect.poll(async () => (await kioskHealth(page)).lastRecovery).toBe('player-crashed');
    await expect.poll(() => moonRequests).toBe(2);
    await waitForKioskFrames(page);
    const healed = await kioskHealth(page);
    console.log(
      `view crash: ${healed.remounts} remounts, ${healed.reloads} reloads, last ${healed.lastRecovery}`,
    );
    expect(healed).toMatchObject({ remounts: 1, reloads: 0, lastRecovery: 'player-crashed' });
    // Healed for good: frames go on and nothing crashes again.
    await page.waitForTimeout(3000);
    const later = await kioskHealth(page);
    expect(later.frames).toBeGreaterThan(healed.frames);
    expect(later.remounts + later.reloads).toBe(healed.remounts + healed.reloads);
    expect(healed).toMatchObject({ mode: 'attract', sceneId: 'sputnik-1', contextLost: false });
    expect(await page.locator('.view-failed').count()).toBe(0);
    expect((await screenshotStats(page)).litFraction).toBeGreaterThan(0.2);
  });

  it('starts and runs with the network down once it has loaded', async () => {
    const { page, context } = await kiosk('scenes=vostok-1', { width: 480, height: 270 });
    // The service worker has cached the whole build and controls the page.
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
      undefined,
      { timeout: 60_000 },
    );
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    expect((await kioskHealth(page)).serviceWorker).toBe('ready');
    await context.setOffline(true);
    await page.reload();
    await waitForKioskFrames(page);
    const running = await state(page);
    expect(running).toMatchObject({ mode: 'attract', sceneId: 'vostok-1', pending: [] });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect((await screenshotStats(page)).litFraction).toBeGreaterThan(0.2);
    // The address the kiosk was opened with is kept (it is never rewritten in kiosk mode).
    expect(page.url()).toContain('?kiosk');
    await context.setOffline(false);
  });

  it('soaks: 20 attract cycles with no growth of the JS heap or GPU objects and no console error', async () => {
    const { page } = await kiosk('rate=10000&scenes=sputnik-1', { width: 320, height: 180 });
    const { samples, errors } = (await soak(page, {
      cycles: 20,
      sampleEvery: 3,
      warmupCycles: 6,
      minSteadySamples: 5,
    })) as {
      samples: { cycle: number; heapMB: number; geometries: number; textures: number }[];
      errors: string[];
    };
    const verdict = judgeSoak(samples, { warmupCycles: 6, heapNoiseMB: 3 }) as {
      heapGrowthMB: number;
      heapFloorMB: number[];
      heapOk: boolean;
      renderer: Record<string, { geometries: number[]; textures: number[] }>;
      rendererOk: boolean;
    };
    const first = samples.find((s) => s.cycle > 6)!;
    const last = samples.at(-1)!;
    console.log(
      `soak: heap ${first.heapMB} MB (cycle ${first.cycle}) → ${last.heapMB} MB (cycle ${last.cycle}), ` +
        `fitted growth ${verdict.heapGrowthMB} MB, floor ${verdict.heapFloorMB.join(' → ')} MB; ` +
        formatRenderer(verdict.renderer),
    );
    expect(last.cycle).toBeGreaterThanOrEqual(20);
    // The heap's growth is a fit over the samples after warm-up: enough of them to mean something.
    expect(samples.filter((s) => s.cycle > 6).length).toBeGreaterThanOrEqual(5);
    expect(verdict.heapOk).toBe(true);
    expect(verdict.rendererOk).toBe(true);
    expect(errors).toEqual([]);
    expect(await kioskHealth(page)).toMatchObject({ reloads: 0, remounts: 0 });
  });
});
