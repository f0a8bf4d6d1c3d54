#!/usr/bin/env node
// Regenerates the README pictures from the built app, with the same headless Chromium and
// automation API the browser tests use: docs/screenshot.png (1280×720) and the player at a kiosk
// screen (docs/img/player-1920x1080.png) and a phone held upright (docs/img/player-390x844.png).
import { mkdirSync } from 'node:fs';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const at = Number(process.argv[2] ?? 120);
const shots = [
  {
    path: 'docs/screenshot.png',
    viewport: { width: 1280, height: 720 },
    search: '?scene=sputnik-1&lang=hu&paused=1&quality=high',
    seek: at,
  },
  {
    path: 'docs/img/player-1920x1080.png',
    viewport: { width: 1920, height: 1080 },
    search: '?scene=apollo-soyuz&lang=en&paused=1&quality=high',
    seek: '1975-07-17T16:02:00Z',
    info: true,
  },
  {
    path: 'docs/img/player-390x844.png',
    viewport: { width: 390, height: 844 },
    search: '?scene=vostok-1&lang=hu&paused=1&quality=high',
    seek: '1961-04-12T06:12:00Z',
  },
];

const { server, url } = await serveStatic('dist', { port: 4190 });
const browser = await launchChromium();
try {
  mkdirSync('docs/img', { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport });
    await page.goto(`${url}${shot.search}`);
    await page.waitForFunction(() => window.urverseny !== undefined);
    await page.evaluate((t) => window.urverseny.seek(t), shot.seek);
    if (shot.info) await page.getByRole('button', { name: 'Info' }).click();
    await page.screenshot({ path: shot.path });
    console.log(`wrote ${shot.path}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
