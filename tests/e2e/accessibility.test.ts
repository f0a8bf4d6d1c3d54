/**
 * The accessibility audit: axe-core finds nothing in the picker, the player with each panel and
 * menu open, the Record clip dialog, the shortcuts and the kiosk's screens, at 1280×720 and
 * 390×844; text over the picture holds WCAG AA contrast against any picture; Tab reaches every
 * control in order with a visible focus ring; the menu and the dialogs keep and give back focus.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser, openApp } from './browser.ts';
import { lowContrastText } from './contrast.ts';
import { openKiosk, state, tap } from './kiosk-page.ts';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Waits until every finite CSS transition or animation on the page has ended. A tooltip caught
 * in its fade has text and background of a passing opacity, so it is audited only at rest;
 * endless animations are left out, and the wait gives up after two seconds.
 */
const settled = (page: Page) =>
  page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    const timeout = new Promise((resolve) => setTimeout(resolve, 2000));
    await Promise.race([Promise.allSettled(finite.map((a) => a.finished)), timeout]);
  });

/** axe and the contrast check on what is on screen now, once it has stopped moving. */
async function audit(page: Page, label: string, options: { kiosk?: boolean } = {}) {
  await settled(page);
  return [
    ...(await axeViolations(page, label, options)),
    ...(await lowContrastText(page, options.kiosk ? '.kiosk' : '.hud')).map(
      (line) => `[${label}] contrast: ${line}`,
    ),
  ];
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return null;
    return (
      active.getAttribute('aria-label') ??
      active.closest('label')?.querySelector('span')?.textContent ??
      active.textContent?.trim() ??
      active.tagName
    );
  });

describe('accessibility', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`finds no violations in the picker and the player with each panel and menu open (${size})`, async () => {
      const found: string[] = [];
      const page = await openApp(browser, '?lang=en&paused=1', viewport);
      await page.getByTestId('scene-list').waitFor();
      found.push(...(await audit(page, `${size} picker`)));
      await page.locator('.scene-card').filter({ hasText: 'Apollo' }).click();
      await page.evaluate(async () => {
        window.urverseny!.pause();
        await window.urverseny!.seek('1975-07-17T16:02:00Z');
      });
      found.push(...(await audit(page, `${size} player`)));

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByTestId('settings-menu').waitFor();
      found.push(...(await audit(page, `${size} settings menu`)));
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Info' }).click();
      await page.getByTestId('info-panel').waitFor();
      found.push(...(await audit(page, `${size} info panel`)));
      await page.keyboard.press('Escape');

      await page.locator('body').press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      found.push(...(await audit(page, `${size} shortcuts`)));
      await page.keyboard.press('Escape');

      await page.locator('body').press('i');
      await page.getByTestId('clip-panel').waitFor();
      found.push(...(await audit(page, `${size} clip panel`)));
      await page.getByRole('button', { name: 'Record clip' }).click();
      await page.getByRole('dialog', { name: 'Record clip' }).waitFor();
      found.push(...(await audit(page, `${size} Record clip dialog`)));
      await page.close();
      expect(found).toEqual([]);
    });

    it(`finds no violations in the kiosk's screens (${size})`, async () => {
      const found: string[] = [];
      const kiosk = await openKiosk(browser, 'idle=6&countdown=30', { viewport });
      const { page } = kiosk;
      try {
        found.push(...(await audit(page, `${size} kiosk attract`, { kiosk: true })));
        await tap(page, '[data-testid="kiosk-attract"]');
        await expect.poll(async () => (await state(page)).mode).toBe('interactive');
        found.push(...(await audit(page, `${size} kiosk player`, { kiosk: true })));
        await tap(page, '.scene-header button');
        await page.getByTestId('scene-list').waitFor();
        found.push(...(await audit(page, `${size} kiosk scene list`, { kiosk: true })));
        await expect
          .poll(async () => (await state(page)).mode, { timeout: 30_000 })
          .toBe('countdown');
        found.push(...(await audit(page, `${size} kiosk still there`, { kiosk: true })));
      } finally {
        await kiosk.context.close();
      }
      expect(found).toEqual([]);
    });
  }

  it('reaches every control of the bar by Tab, in order, each with a visible focus ring', async () => {
    const page = await openApp(browser, '?scene=apollo-soyuz&paused=1&lang=en');
    const seen: string[] = [];
    const unringed: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const name = await focusedName(page);
      if (name === null || seen.includes(name)) break;
      seen.push(name);
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
      if (!ring) unringed.push(name);
    }
    expect(seen).toEqual([
      'Scenes',
      'Play',
      'Back 5 seconds',
      'Forward 5 seconds',
      'Timeline',
      'Captions',
      'HU: Váltás magyarra',
      'Settings',
      'Info',
      'Full screen',
    ]);
    expect(unringed).toEqual([]);
    await page.close();
  });

  it('keeps focus in the settings menu and the dialogs while open and gives it back on closing', async () => {
    const page = await openApp(browser, '?scene=sputnik-1&paused=1&lang=en');
    const inside = (selector: string) =>
      page.evaluate((s) => !!document.activeElement?.closest(s), selector);

    // The settings menu, opened from its gear by keyboard.
    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('settings-menu').waitFor();
    for (let i = 0; i < 12; i++) {
      expect(await inside('[data-testid="settings-menu"]')).toBe(true);
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('settings-menu').count()).toBe(0);
    expect(await focusedName(page)).toBe('Settings');

    // The shortcuts, from the settings menu: back to the gear afterwards.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await inside('.shortcuts-help')).toBe(true);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      expect(await inside('.shortcuts-help')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);

    // The Record clip dialog, from the clip panel: back to its button.
    await page.locator('body').press('i');
    const record = page.getByRole('button', { name: 'Record clip' });
    await record.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Record clip' });
    await dialog.waitFor();
    for (let i = 0; i < 15; i++) {
      expect(await inside('.record-dialog')).toBe(true);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focusedName(page)).toBe('Record clip');
    await page.close();
  });
});
