#!/usr/bin/env node
// Regenerates docs/img/earth-*.png: the Earth at the three moments of the core scenes, from orbit
// altitude and from far away, through the automation API's inspect(). Needs a build and Chromium.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const MOMENTS = [
  { name: 'sputnik-launch', utc: '1957-10-04T19:28:34Z', latDeg: 45.92, lonDeg: 63.34 },
  { name: 'vostok-launch', utc: '1961-04-12T06:07:00Z', latDeg: 45.92, lonDeg: 63.34 },
  { name: 'astp-docking', utc: '1975-07-17T16:09:09Z', latDeg: 48, lonDeg: -10 },
];
const VIEWS = [
  { name: 'orbit', distanceKm: 6378 + 400, fovDeg: 75 },
  { name: 'far', distanceKm: 40000, fovDeg: 40 },
];

mkdirSync('docs/img', { recursive: true });
const { server, url } = await serveStatic('dist', { port: 4210 });
const browser = await launchChromium();
try {
  // The app's Content-Security-Policy forbids inline styles; this tool hides the interface with one.
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
  await page.goto(`${url}?scene=sputnik-1&paused=1&quality=high&lang=en`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.addStyleTag({ content: '.hud { display: none !important; }' });
  for (const moment of MOMENTS) {
    for (const view of VIEWS) {
      // inspect() takes only the view's own fields, not the pictures' names.
      const { utc, latDeg, lonDeg } = moment;
      const { distanceKm, fovDeg } = view;
      await page.evaluate((v) => window.urverseny.inspect(v), {
        utc,
        latDeg,
        lonDeg,
        distanceKm,
        fovDeg,
      });
      const path = `docs/img/earth-${moment.name}-${view.name}.png`;
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
