#!/usr/bin/env node
// Regenerates docs/screenshot.png (the README picture) from the built app, with the same
// headless Chromium and automation API the browser tests use.
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const at = Number(process.argv[2] ?? 120);
const { server, url } = await serveStatic('dist', { port: 4190 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${url}?scene=sputnik-1&lang=hu&paused=1`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.evaluate((t) => window.urverseny.seek(t), at);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log(`wrote docs/screenshot.png at ${at}`);
} finally {
  await browser.close();
  server.close();
}
