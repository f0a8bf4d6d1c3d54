import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { KioskHealth } from '../../src/modes/kiosk/kiosk-health.ts';
import { appUrl } from './browser.ts';

export interface KioskPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the app's origin (each was aborted). */
  offOrigin: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Content-Security-Policy violations reported in the page. */
  cspViolations(): Promise<string[]>;
}

/**
 * Opens `?kiosk…` in a fresh touch-screen context that fails every request leaving the origin,
 * records console errors and CSP violations, and waits until the kiosk has drawn a frame.
 */
export interface KioskOptions {
  viewport?: { width: number; height: number };
  /** Runs before the page is opened (e.g. to make a request fail). */
  prepare?: (context: BrowserContext) => Promise<void>;
  /** 'block': no service worker, so every request of the page reaches the network (and routes). */
  serviceWorkers?: 'allow' | 'block';
}

export async function openKiosk(
  browser: Browser,
  params: string,
  { viewport = { width: 960, height: 540 }, prepare, serviceWorkers = 'allow' }: KioskOptions = {},
): Promise<KioskPage> {
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    locale: 'hu-HU',
    serviceWorkers,
  });
  const origin = new URL(appUrl()).origin;
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl(`?kiosk&quality=low${params ? `&${params}` : ''}`));
  await waitForKioskFrames(page);
  return {
    context,
    page,
    offOrigin,
    errors,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

export function kioskHealth(page: Page): Promise<KioskHealth> {
  return page.evaluate(() =>
    (window.urverseny as unknown as { kiosk: { health(): KioskHealth } }).kiosk.health(),
  );
}

/**
 * Waits until the kiosk runs and has drawn `frames` more frames with nothing left loading. A
 * reload on the way (self-healing) restarts the count rather than failing.
 */
export async function waitForKioskFrames(page: Page, frames = 2): Promise<void> {
  // Count from now (a reload in progress may refuse the call: the new page counts afresh).
  await page
    .evaluate(() => delete (window as unknown as { kioskFramesFrom?: number }).kioskFramesFrom)
    .catch(() => undefined);
  await page.waitForFunction(
    (more) => {
      const api = window.urverseny as unknown as
        { kiosk?: { health(): KioskHealth }; state(): { pending: unknown[] } } | undefined;
      if (!api?.kiosk) return false;
      const seen = window as unknown as { kioskFramesFrom?: number };
      const now = api.kiosk.health().frames;
      seen.kioskFramesFrom ??= now;
      return now >= seen.kioskFramesFrom + more && api.state().pending.length === 0;
    },
    frames,
    { timeout: 60_000, polling: 100 },
  );
}

export const state = (page: Page) => page.evaluate(() => window.urverseny!.state());

/** Taps an element (a touch, not a mouse click) once it is visible and still. */
export async function tap(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().tap({ timeout: 30_000 });
}
