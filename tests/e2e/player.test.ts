import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warpAt } from '../../src/core/time/timeline.ts';
import { repoCatalog } from '../helpers/catalog.ts';
import { loadRepoScene } from '../helpers/scenes.ts';
import { launchBrowser, openApp } from './browser.ts';

const vostok = loadRepoScene('vostok-1');
const catalog = repoCatalog().filter((entry) => entry.available);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const state = (page: Page) => page.evaluate(() => window.urverseny!.state());
/** Waits until a frame is drawn at the current time (readouts and state() follow drawn frames). */
const drawn = (page: Page) => page.evaluate(() => window.urverseny!.ready());

describe('the player', () => {
  it('starts at the picker; markers, readouts, camera, info and the link work as a visitor uses them', async () => {
    const page = await openApp(browser, '?lang=en&paused=1');
    // The start screen: a card per scene with its still.
    const picker = page.getByTestId('scene-list');
    await expect.poll(() => picker.isVisible()).toBe(true);
    // Nothing of the player shows round it; it has its own language button.
    expect(await page.locator('.player-bar').isVisible()).toBe(false);
    await picker.getByRole('button', { name: /Váltás magyarra/ }).click();
    await expect.poll(() => picker.getByRole('heading').innerText()).toBe('Válasszon jelenetet');
    await picker.getByRole('button', { name: /Switch to English/ }).click();
    await expect.poll(() => picker.getByRole('heading').innerText()).toBe('Choose a scene');
    const cards = picker.locator('.scene-card');
    // Every scene file in scenes/, so the test follows the museum's collection as it grows.
    expect(await cards.count()).toBe(catalog.length);
    const text = await picker.innerText();
    for (const entry of catalog) expect(text).toContain(entry.title.en);
    expect(text).toContain('1975-07-15');
    const widths = await picker
      .locator('img')
      .evaluateAll((images) => images.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(widths).toEqual(Array(catalog.length).fill(512));
    await cards.filter({ hasText: 'Apollo–Soyuz' }).click();
    await expect.poll(async () => (await state(page)).sceneId).toBe('apollo-soyuz');
    expect(await picker.count()).toBe(0);
    await page.evaluate(() => window.urverseny!.pause());

    // A chapter tick jumps to its moment; the readouts follow, the chapter's name among them.
    await page.locator('[data-event~="docking"]').click();
    await drawn(page);
    expect((await state(page)).utc).toBe('1975-07-17T16:09:09.000Z');
    await expect.poll(() => page.getByTestId('met-readout').innerText()).toBe('T+2 d 03:49:09');
    await expect
      .poll(() => page.getByTestId('utc-readout').innerText())
      .toBe('1975-07-17 16:09:09 UTC');
    await expect.poll(() => page.getByTestId('chapter-readout').innerText()).toMatch(/^Docking/);

    // Hovering the bar previews the chapter and the UTC under the pointer.
    const box = (await page.locator('.timeline').boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    const preview = page.getByTestId('scrub-preview');
    await expect
      .poll(() => preview.locator('.preview-utc').innerText())
      .toMatch(/^1975-07-15 12:1\d:\d\d UTC$/);
    expect(await preview.locator('.preview-chapter').innerText()).toBe('Opening');

    // Facts with their sources, and where the sources disagree.
    await page.getByRole('button', { name: 'Info' }).click();
    const panel = page.getByTestId('info-panel');
    await panel.getByRole('tab', { name: 'Apollo' }).click();
    const facts = await panel.innerText();
    expect(facts).toContain('Thomas P. Stafford');
    expect(facts).toContain('19:50:01 UTC');
    expect(facts).toContain('A-4012');
    expect(facts).toContain('16:12');
    // The chapter list jumps to a chapter.
    await panel
      .getByTestId('chapter-list')
      .getByRole('button', { name: /Handshake/ })
      .click();
    await expect.poll(async () => (await state(page)).utc).toBe('1975-07-17T19:19:00.000Z');

    // A camera preset (in the settings menu) and the language go into the link; the link restores them.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('camera-select').selectOption('docking');
    // Escape closes the menu (focus goes back to its gear); the keys work again.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('settings-menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Settings',
    );
    await page.locator('body').press('t');
    await expect.poll(() => page.url()).toContain('camera=docking');
    const link = page.url();
    expect(link).toContain('lang=hu');
    await drawn(page);
    const before = await state(page);
    expect(before.camera?.target).toBe('soyuz-19');
    await page.close();

    const again = await openApp(browser, link.slice(link.indexOf('?')));
    const after = await state(again);
    expect(after).toMatchObject({
      sceneId: 'apollo-soyuz',
      lang: 'hu',
      cameraMode: 'docking',
      playing: false,
    });
    expect(Math.abs(after.playback - before.playback)).toBeLessThan(0.01);
    expect(after.camera?.target).toBe('soyuz-19');
    await again.close();
  });

  it('is driven from the keyboard: language, captions, seeking, speed, help; and switches to real time', async () => {
    const page = await openApp(browser, '?scene=vostok-1&paused=1&lang=hu&t=1961-04-12T06:07:00Z');
    const caption = page.getByTestId('caption');
    const hu = 's embert is elsőként juttattak a világűrbe 1961. április 12-én';
    await expect.poll(() => caption.innerText()).toBe(hu);
    const body = page.locator('body');
    await body.press('t');
    await expect.poll(() => caption.innerText()).toMatch(/^and were also the first/);
    expect((await state(page)).lang).toBe('en');
    expect(await page.getByRole('button', { name: 'Váltás magyarra' }).count()).toBe(1);
    await body.press('c');
    await expect.poll(() => caption.innerText()).toBe('');
    await body.press('c');
    await expect.poll(() => caption.innerText()).not.toBe('');

    const at = (await state(page)).playback;
    await body.press('ArrowRight');
    await drawn(page);
    expect((await state(page)).playback).toBeCloseTo(at + 5, 1);
    await body.press('ArrowLeft');
    await body.press('ArrowLeft');
    await drawn(page);
    expect((await state(page)).playback).toBeCloseTo(at - 5, 1);
    await body.press('Home');
    await drawn(page);
    expect((await state(page)).playback).toBe(0);
    await body.press('l');
    expect((await state(page)).rate).toBe(2);
    await body.press('j');
    await body.press('j');
    expect((await state(page)).rate).toBe(0.5);
    await body.press(' ');
    expect((await state(page)).playing).toBe(true);
    await body.press('k');
    expect((await state(page)).playing).toBe(false);
    await body.press('?');
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible())
      .toBe(true);
    await body.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Real time: the speed menu switches the clock to one UTC second per wall second here (the
    // rate through the time warp is unit-tested with a hand-moved clock in the store's tests).
    await body.press('s');
    await page.locator('.speed select').selectOption('real');
    const reading = await state(page);
    expect(reading.rate).toBeCloseTo(1 / warpAt(vostok.timeline, reading.playback), 9);
    await page.close();
  });

  it('fits a phone held upright: no sideways scrolling, the controls on screen, even caption lines', async () => {
    const page = await openApp(browser, '?scene=vostok-1&paused=1&lang=hu&quality=low', {
      width: 390,
      height: 844,
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    for (const control of [
      page.getByRole('button', { name: 'Lejátszás' }),
      page.getByRole('slider', { name: 'Idővonal' }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    }
    // Captions that wrap on a phone: no line left with a word or two under a full one (a
    // greedy wrap leaves 32–87 px under 345 px at some of these moments).
    const wrapped: number[][] = [];
    for (const t of [14, 24, 65, 74]) {
      const widths = await page.evaluate(async (time) => {
        await window.urverseny!.seek(time);
        const caption = document.querySelector('.captions p');
        if (!caption) return [];
        const range = document.createRange();
        range.selectNodeContents(caption);
        const rows = new Map<number, number>();
        for (const rect of range.getClientRects())
          rows.set(Math.round(rect.top), (rows.get(Math.round(rect.top)) ?? 0) + rect.width);
        return [...rows.values()];
      }, t);
      if (widths.length > 1) wrapped.push(widths);
    }
    expect(wrapped.length).toBeGreaterThanOrEqual(2);
    for (const widths of wrapped)
      expect(Math.min(...widths), JSON.stringify(widths)).toBeGreaterThan(Math.max(...widths) / 3);
    await page.close();
  });

  it('never splits a name like Sputnik-1 or Apollo–Soyuz across lines, in captions and the picker', async () => {
    // At 1280×720 the browser broke "Sputnik-" / "1" after the hyphen in a caption, and
    // "Szaljut–6-" / "hoz" in the picker's Soyuz-36 card.
    const splitWords = (page: Page, selector: string) =>
      page.evaluate((root) => {
        const found: { word: string; lines: number }[] = [];
        const walker = document.createTreeWalker(
          document.querySelector(root)!,
          NodeFilter.SHOW_TEXT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(/[^\s–-]+(?:[–-][^\s–-]+)+/gu)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            found.push({ word: match[0], lines: tops.size });
          }
        }
        return found;
      }, selector);
    const cases = [
      { scene: 'sputnik-1', t: '1957-10-04T19:28:40Z', size: { width: 1280, height: 720 } },
      { scene: 'apollo-soyuz', t: '1975-07-15T15:59:05Z', size: { width: 390, height: 844 } },
    ];
    const split: string[] = [];
    let joinedWords = 0;
    const look = async (page: Page, selector: string, what: string) => {
      const words = await splitWords(page, selector);
      joinedWords += words.length;
      for (const { word, lines } of words) if (lines > 1) split.push(`${what}: ${word}`);
    };
    for (const { scene, t, size } of cases) {
      const page = await openApp(browser, `?scene=${scene}&paused=1&lang=en&t=${t}`, size);
      await drawn(page);
      for (const lang of ['en', 'hu']) {
        await page.evaluate((l) => window.urverseny!.setLang(l), lang);
        await page.waitForFunction(
          (l) => document.querySelector('.captions p')?.getAttribute('lang') === l,
          lang,
        );
        await look(page, '.captions p', `${scene} ${lang} ${size.width}px`);
      }
      await page.close();
    }
    const picker = await openApp(browser, '?lang=hu', { width: 1280, height: 720 });
    await picker.getByTestId('scene-list').waitFor();
    await look(picker, '.scene-list', 'picker hu 1280px');
    await picker.close();
    expect(joinedWords).toBeGreaterThanOrEqual(10);
    expect(split).toEqual([]);
  });
});

describe('the player bar', () => {
  /** The bar's visible buttons (chapter ticks aside), by accessible name. */
  const barButtons = (page: Page) =>
    page
      .locator('.player-bar .bar-row .icon-button')
      .evaluateAll((buttons) =>
        buttons
          .filter((b) => b.getClientRects().length > 0)
          .map((b) => b.getAttribute('aria-label')),
      );

  it('is one slim row of named icon controls at 1280 and 640 px wide, with their keys in tooltips', async () => {
    for (const width of [1280, 640]) {
      const page = await openApp(browser, '?scene=apollo-soyuz&paused=1&lang=en', {
        width,
        height: 720,
      });
      const bar = (await page.locator('.player-bar').boundingBox())!;
      expect(bar.height).toBeLessThanOrEqual(64);
      const middles = await page.locator('.player-bar .bar-row > *').evaluateAll((parts) =>
        parts.map((p) => {
          const box = p.getBoundingClientRect();
          return box.top + box.height / 2;
        }),
      );
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(2);
      expect(await barButtons(page)).toEqual([
        'Play',
        'Back 5 seconds',
        'Forward 5 seconds',
        'Captions',
        'HU: Váltás magyarra',
        'Settings',
        'Info',
        'Full screen',
      ]);
      // No editing tools in the visitor's bar.
      expect(await page.getByRole('button', { name: /clip/i }).count()).toBe(0);
      await page.getByRole('button', { name: 'Play' }).hover();
      const tip = page.locator('.control:hover .tip');
      await expect.poll(() => tip.evaluate((t) => getComputedStyle(t).opacity)).toBe('1');
      expect(await tip.innerText()).toMatch(/^Play\s*Space\s*K$/);
      await page.close();
    }
  });

  it('paused, draws only when the picture may change: a seek, a drag; the map keeps up', async () => {
    const page = await openApp(browser, '?scene=sputnik-1&lang=en&paused=1');
    await drawn(page);
    const framesOver = async (ms: number) => {
      const before = await page.evaluate(() => window.urverseny!.renderer().drawnFrames);
      await page.waitForTimeout(ms);
      return (await page.evaluate(() => window.urverseny!.renderer().drawnFrames)) - before;
    };
    // Paused with nothing changing: the once-a-second redraw only.
    const paused = await framesOver(3000);
    expect(paused).toBeLessThanOrEqual(5);
    await page.evaluate(() => window.urverseny!.play());
    const playing = await framesOver(3000);
    expect(playing).toBeGreaterThan(2 * paused);
    await page.evaluate(() => window.urverseny!.pause());

    // A seek draws its frame; the map's marker moves with it.
    const map = page.getByTestId('ground-track');
    const { durationSec } = await state(page);
    const [early, late] = [0.3, 0.6].map((f) => Math.round(durationSec! * f));
    await page.evaluate((t) => window.urverseny!.seek(t), early);
    const atEarly = await map.getAttribute('data-marker');
    const drawnAtEarly = await page.evaluate(() => window.urverseny!.renderer().drawnFrames);
    await page.evaluate((t) => window.urverseny!.seek(t), late);
    expect(await page.evaluate(() => window.urverseny!.renderer().drawnFrames)).toBeGreaterThan(
      drawnAtEarly,
    );
    await expect.poll(() => map.getAttribute('data-marker')).not.toBe(atEarly);
    expect((await state(page)).playback).toBe(late);

    // A drag of the free camera draws as it goes.
    const beforeDrag = await page.evaluate(() => window.urverseny!.renderer().drawnFrames);
    await page.mouse.move(640, 300);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(640 + i * 20, 300);
    await page.mouse.up();
    await page.evaluate(() => window.urverseny!.frame());
    expect((await state(page)).cameraMode).toBe('free');
    expect(await page.evaluate(() => window.urverseny!.renderer().drawnFrames)).toBeGreaterThan(
      beforeDrag,
    );
    await page.close();
  });

  it('steps aside while playing: hidden after 3 quiet seconds, back on a pointer move, captions lower', async () => {
    const page = await openApp(browser, '?scene=vostok-1&paused=1&lang=en&t=1961-04-12T06:07:00Z');
    const hud = page.locator('.hud');
    await page.mouse.move(600, 300);
    expect(await hud.getAttribute('data-controls')).toBe('shown');
    await page.evaluate(() => window.urverseny!.play());
    await expect.poll(() => hud.getAttribute('data-controls'), { timeout: 10_000 }).toBe('hidden');
    await expect
      .poll(() => page.locator('.player-bar').evaluate((b) => getComputedStyle(b).opacity))
      .toBe('0');
    expect(await page.locator('.captions').evaluate((c) => getComputedStyle(c).transform)).not.toBe(
      'none',
    );
    await page.mouse.move(620, 320);
    await expect.poll(() => hud.getAttribute('data-controls')).toBe('shown');
    // Paused, they stay.
    await page.evaluate(() => window.urverseny!.pause());
    await page.waitForTimeout(3500);
    expect(await hud.getAttribute('data-controls')).toBe('shown');
    await page.close();
  });

  it('keeps the clip tools apart: I and O set the marks and open them; the settings menu opens them too', async () => {
    const page = await openApp(browser, '?scene=sputnik-1&paused=1&lang=en');
    await page.evaluate(() => window.urverseny!.seek(20));
    await page.locator('body').press('i');
    const panel = page.getByTestId('clip-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.evaluate(() => window.urverseny!.seek(30));
    await page.locator('body').press('o');
    await expect
      .poll(() => panel.getByRole('button', { name: /End the clip here$/ }).innerText())
      .toBe('Out 0:30.0');
    expect(await panel.getByRole('button', { name: /Start the clip here$/ }).innerText()).toBe(
      'In 0:20.0',
    );
    await page.locator('body').press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Make a clip…' }).click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.close();
  });
});

describe('the panels', () => {
  /** Pixels kept free around a subject's reference point (a craft is drawn around it). */
  const MARGIN = 48;
  const PHONE = { width: 390, height: 844 };
  const DESKTOP = { width: 1280, height: 720 };

  it("never cover the followed craft or the docking pair at any scene's key moments (390×844 and 1280×720)", async () => {
    const covered: string[] = [];
    const sceneIds = catalog.map((entry) => entry.id);
    expect(sceneIds.length).toBeGreaterThanOrEqual(6);
    for (const sceneId of sceneIds) {
      // Opened on a phone held upright, then the same page in a desktop window.
      const page = await openApp(browser, `?scene=${sceneId}&paused=1&lang=en`, PHONE);
      // Every panel open: the facts, and the map and docking display as they come.
      await page.locator('body').press('d');
      await page.getByTestId('info-panel').waitFor();
      const moments = (await state(page)).events.map((e) => e.utc);
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        // The view takes its new size on its next frames, and the picture glides to its place
        // below or beside the panels: on until a body stays put over two frames.
        await expect
          .poll(() =>
            page.evaluate(async () => {
              const api = window.urverseny!;
              const id = Object.keys(api.state().bodies)[0]!;
              const before = api.projectBody(id)!;
              await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
              const after = api.projectBody(id)!;
              return Math.hypot(after.x - before.x, after.y - before.y);
            }),
          )
          .toBeLessThan(0.01);
        const size = `${viewport.width}×${viewport.height}`;
        for (const utc of moments) {
          const found = await page.evaluate(
            async ({ time, margin }) => {
              const api = window.urverseny!;
              await api.seek(time);
              const s = api.state();
              // The subject: the craft the scripted camera follows, and both craft of a rendezvous.
              const target = s.camera?.target;
              const ids = new Set<string>();
              if (target && target in s.bodies) ids.add(target);
              if (s.relative) [s.relative.chaser, s.relative.target].forEach((id) => ids.add(id));
              const panels = ['.docking-hud', '.ground-track', '.info-panel']
                .map((selector) => ({ selector, element: document.querySelector(selector) }))
                .filter(({ element }) => element && element.getClientRects().length > 0)
                .map(({ selector, element }) => ({
                  selector,
                  box: element!.getBoundingClientRect(),
                }));
              const hits: string[] = [];
              for (const id of ids) {
                if (!s.bodies[id]?.visible) continue;
                const p = api.projectBody(id);
                const onScreen =
                  p.visible && p.x >= 0 && p.y >= 0 && p.x <= innerWidth && p.y <= innerHeight;
                if (!onScreen) continue;
                for (const { selector, box } of panels)
                  if (
                    p.x > box.left - margin &&
                    p.x < box.right + margin &&
                    p.y > box.top - margin &&
                    p.y < box.bottom + margin
                  )
                    hits.push(
                      `${time} ${id} (${Math.round(p.x)}, ${Math.round(p.y)}) under ${selector}`,
                    );
              }
              return hits;
            },
            { time: utc, margin: MARGIN },
          );
          covered.push(...found.map((hit) => `${size} ${sceneId} ${hit}`));
        }
      }
      await page.close();
    }
    expect(covered).toEqual([]);
  });
});
