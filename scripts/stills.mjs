#!/usr/bin/env node
// Regenerates the scene cards' stills (public/stills/<scene>.jpg, 512 × 256) from the built app at
// each scene's "still" moment, with the interface hidden. `npm run stills -- <id> …` renders only
// those scenes, leaving the other cards as they are.
import { existsSync, mkdirSync } from 'node:fs';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('stills: no build in dist/; run `npm run build` first');
  process.exit(2);
}
const only = process.argv.slice(2);
const { server, url } = await serveStatic('dist', { port: 4195 });
const browser = await launchChromium();
try {
  // The app's Content-Security-Policy forbids inline styles; this tool hides the interface with one.
  const page = await browser.newPage({ viewport: { width: 512, height: 256 }, bypassCSP: true });
  await page.goto(`${url}?paused=1&quality=high&lang=en`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.addStyleTag({ content: '.hud { display: none !important; }' });
  const available = await page.evaluate(() => window.urverseny.scenes().filter((s) => s.available));
  const unknown = only.filter((id) => !available.some((scene) => scene.id === id));
  if (unknown.length > 0) {
    console.error(
      `stills: no available scene ${unknown.join(', ')}; available: ${available.map((s) => s.id).join(', ')}`,
    );
    process.exitCode = 2;
  }
  const scenes = available.filter((scene) => only.length === 0 || only.includes(scene.id));
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
