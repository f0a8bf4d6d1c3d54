import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import { launchChromium } from '../../scripts/headless-chromium.mjs';

/** Headless Debian Chromium with WebGL2 on SwiftShader, offline (scripts/headless-chromium.mjs). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium() as Promise<Browser>;
}

export function appUrl(search = ''): string {
  return `${inject('baseUrl')}${search}`;
}

const offOrigin: string[] = [];

/**
 * Aborts every request of `page` that would leave the app's origin and notes it: the app works
 * offline, so any such request is a bug (tests/e2e/setup.ts fails the test that made it).
 */
export async function keepToOrigin(page: Page): Promise<void> {
  const origin = new URL(appUrl()).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
}

/** The off-origin requests noted since the last call. */
export function takeOffOriginRequests(): string[] {
  return offOrigin.splice(0);
}

/** Opens the app and waits until the automation API is there and the first frame is drawn. */
export async function openApp(
  browser: Browser,
  search = '',
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'hu-HU' });
  await keepToOrigin(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Pin the quality tier so automatic tuning on a slow software renderer cannot change the scene
  // mid-test. Low unless a test asks for another: most tests are about behaviour, not the look,
  // and low is the cheapest in software (the Earth-and-sky tests pin the tiers they look at).
  const pinned = search.includes('quality=') ? search : `${search}${search ? '&' : '?'}quality=low`;
  await page.goto(appUrl(pinned));
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.evaluate(async () => {
    const api = window.urverseny!;
    if (api.state().sceneId) await api.ready();
  });
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}
