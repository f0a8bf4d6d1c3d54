#!/usr/bin/env node
// `npm run gallery [-- --only name,name] [-- --suffix -before]`: renders a fixed list of views
// from the built app (dist/) to docs/img/gallery/<name><suffix>.png at 1280×720, quality high,
// interface hidden. Scene moments go through the scripted camera (seek to a UTC: the frame is
// evaluated from that instant, never from wall time); the twilight and limb views through
// inspect(). Also prints the twilight curve of the open-ocean patch (scripts/twilight.mjs).
import { mkdirSync } from 'node:fs';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { measureTwilight } from './twilight.mjs';

const VIEWS = [
  { name: 'sputnik-1-evening', scene: 'sputnik-1', utc: '1957-10-04T19:20:00Z' },
  { name: 'sputnik-1-launch', scene: 'sputnik-1', utc: '1957-10-04T19:29:30Z' },
  { name: 'sputnik-1-orbit', scene: 'sputnik-1', utc: '1957-10-04T19:45:00Z' },
  { name: 'vostok-1-launch', scene: 'vostok-1', utc: '1961-04-12T06:07:30Z' },
  { name: 'vostok-1-dawn', scene: 'vostok-1', utc: '1961-04-12T06:55:00Z' },
  { name: 'vostok-1-retrofire', scene: 'vostok-1', utc: '1961-04-12T07:25:00Z' },
  { name: 'vostok-1-parachute', scene: 'vostok-1', utc: '1961-04-12T07:52:00Z' },
  { name: 'apollo-soyuz-dusk', scene: 'apollo-soyuz', utc: '1975-07-15T20:10:00Z' },
  { name: 'apollo-soyuz-docking-module', scene: 'apollo-soyuz', utc: '1975-07-15T21:20:00Z' },
  { name: 'apollo-soyuz-approach', scene: 'apollo-soyuz', utc: '1975-07-17T16:05:00Z' },
  { name: 'apollo-soyuz-docked', scene: 'apollo-soyuz', utc: '1975-07-17T16:12:00Z' },
  { name: 'voskhod-2-spacewalk', scene: 'voskhod-2', utc: '1965-03-18T08:38:00Z' },
  { name: 'voskhod-2-retrofire', scene: 'voskhod-2', utc: '1965-03-19T08:31:00Z' },
  { name: 'voskhod-2-parachute', scene: 'voskhod-2', utc: '1965-03-19T08:59:00Z' },
  { name: 'soyuz-36-launch', scene: 'soyuz-36', utc: '1980-05-26T18:22:30Z' },
  { name: 'soyuz-36-approach', scene: 'soyuz-36', utc: '1980-05-27T19:50:00Z' },
  { name: 'soyuz-36-docking', scene: 'soyuz-36', utc: '1980-05-27T19:56:30Z' },
  { name: 'soyuz-36-docked', scene: 'soyuz-36', utc: '1980-05-27T20:03:00Z' },
  { name: 'ax-4-launch', scene: 'ax-4', utc: '2025-06-25T06:33:00Z' },
  { name: 'ax-4-approach', scene: 'ax-4', utc: '2025-06-26T10:28:00Z' },
  { name: 'ax-4-docked', scene: 'ax-4', utc: '2025-06-26T10:33:00Z' },
  {
    name: 'twilight-terminator',
    scene: 'apollo-soyuz',
    inspect: { utc: '1975-07-15T20:10:00Z', latDeg: 0, lonDeg: -100, distanceKm: 6378 + 420 },
  },
  {
    name: 'limb-day',
    scene: 'apollo-soyuz',
    inspect: {
      utc: '1975-07-17T16:12:00Z',
      target: 'soyuz-19',
      distanceKm: 1.2,
      azimuthDeg: 90,
      elevationDeg: -5,
      fovDeg: 60,
    },
  },
  {
    name: 'far-terminator',
    scene: 'sputnik-1',
    inspect: { utc: '1957-10-04T19:28:34Z', latDeg: 30, lonDeg: 40, distanceKm: 40000 },
  },
];

function parseArgs(argv) {
  const options = { only: null, suffix: '' };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--only' && value) options.only = value.split(',');
    else if (argv[i] === '--suffix' && value !== undefined) options.suffix = value;
    else {
      console.error(`gallery: unknown argument ${argv[i]} (expected --only a,b or --suffix -x)`);
      process.exit(2);
    }
    i++;
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const views = options.only ? VIEWS.filter((v) => options.only.includes(v.name)) : VIEWS;
mkdirSync('docs/img/gallery', { recursive: true });
const { server, url } = await serveStatic('dist', { port: 4215 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
  await page.goto(`${url}?paused=1&quality=high&lang=en`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.addStyleTag({ content: '.hud { display: none !important; }' });
  for (const view of views) {
    await page.evaluate(async (v) => {
      const api = window.urverseny;
      if (api.state().sceneId !== v.scene) await api.load(v.scene);
      api.pause();
      if (v.inspect) await api.inspect(v.inspect);
      else {
        await api.inspect(null);
        await api.seek(v.utc);
      }
    }, view);
    const path = `docs/img/gallery/${view.name}${options.suffix}.png`;
    await page.screenshot({ path, timeout: 120_000 });
    console.log(`wrote ${path}`);
  }
  if (!options.only) {
    const curve = await measureTwilight(page);
    console.log('twilight (ocean luminance / its +30° value):');
    for (const point of curve) console.log(`  ${point.elevationDeg}°: ${point.ratio.toFixed(5)}`);
  }
} finally {
  await browser.close();
  server.close();
}
