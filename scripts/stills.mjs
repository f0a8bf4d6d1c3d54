#!/usr/bin/env node
// Regenerates the scene cards' stills (public/stills/<scene>.jpg, 512 × 256) from the built app at
// each scene's "still" moment, with the interface hidden.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const { server, url } = await serveStatic('dist', { port: 4195 });
const browser = await launchChromium();
try {
  // The app's Content-Security-Policy forbids inline styles; this tool hides the interface with one.
  const page = await browser.newPage({ viewport: { width: 512, height: 256 }, bypassCSP: true });
  await page.goto(`${url}?paused=1&quality=high&lang=en`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.addStyleTag({ content: '.hud { display: none !important; }' });
  const scenes = await page.evaluate(() => window.urverseny.scenes().filter((s) => s.available));
  mkdirSync('public/stills', { recursive: true });
  for (const scene of scenes) {
    await page.evaluate((id) => window.urverseny.load(id), scene.id);
    await page.evaluate(() => window.urverseny.pause());
    await page.evaluate((t) => window.urverseny.seek(t), scene.stillSec);
    const path = `public/stills/${scene.id}.jpg`;
    await page.screenshot({ path, type: 'jpeg', quality: 82 });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
  server.close();
}
