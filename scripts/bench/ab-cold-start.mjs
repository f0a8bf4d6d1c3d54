#!/usr/bin/env node
// Cold starts of two or more variants of the app, alternating: each load in a fresh browser
// context (empty cache), timed in the page from navigation start to the first complete frame
// (`complete()`) and to the first full-quality frame (`ready()`). Alternating spreads the
// machine's drift over every variant, so their medians compare where single runs would not.
//
// A variant is a link's extra parameters (`maps=ktx2`), or `<build dir>|<parameters>` for
// another build (`/tmp/old/dist|`). The browser draws once before the rounds, as a kiosk's
// or a returning visitor's browser has its GPU process running; each load waits for that process
// to finish the load before it (gpu-settle.mjs).
//
// USAGE: node scripts/bench/ab-cold-start.mjs [--size=WxH] <rounds> '<query>' <variant> <variant> [...]
//   e.g. node scripts/bench/ab-cold-start.mjs 4 'scene=apollo-soyuz&quality=medium' maps=images maps=ktx2
//   The viewport is 1280×720 unless --size gives another.
import { launchChromium } from '../headless-chromium.mjs';
import { serveStatic } from '../static-server.mjs';
import { settleGpu } from './gpu-settle.mjs';

const args = process.argv.slice(2);
const sizeArg = args[0]?.match(/^--size=(\d+)x(\d+)$/);
if (sizeArg) args.shift();
const viewport = sizeArg
  ? { width: Number(sizeArg[1]), height: Number(sizeArg[2]) }
  : { width: 1280, height: 720 };
const [rounds, query, ...variants] = args;
if (!(Number(rounds) > 0) || query === undefined || variants.length < 2) {
  console.error(
    "usage: ab-cold-start.mjs [--size=WxH] <rounds> '<query>' <variant> <variant> [...]",
  );
  process.exit(2);
}
const distOf = (variant) => (variant.includes('|') ? variant.split('|')[0] : 'dist');
const paramsOf = (variant) => (variant.includes('|') ? variant.split('|')[1] : variant);

const servers = new Map();
for (const dist of new Set(variants.map(distOf)))
  servers.set(dist, await serveStatic(dist, { port: 4302 + servers.size }));
const linkOf = (variant) =>
  `${servers.get(distOf(variant)).url}?${query}&paused=1&${paramsOf(variant)}`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launchChromium();
const times = new Map(
  variants.map((variant) => [
    variant,
    { complete: [], ready: [], completeDrawn: [], readyDrawn: [] },
  ]),
);
try {
  const warm = await browser.newContext();
  const page = await warm.newPage();
  await page.goto(linkOf(variants[0]));
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.evaluate(() => window.urverseny.ready());
  await warm.close();

  for (let round = 0; round < Number(rounds); round++)
    for (const variant of variants) {
      await settleGpu(browser);
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(linkOf(variant));
      await page.waitForFunction(() => window.urverseny !== undefined);
      const t = await page.evaluate(async () => {
        // On screen when they resolve; drawn (draw calls issued) when they say, in builds that do.
        const completeFrame = await window.urverseny.complete();
        const complete = completeFrame?.shownMs ?? performance.now();
        const readyFrame = await window.urverseny.ready();
        return {
          complete,
          ready: readyFrame?.shownMs ?? performance.now(),
          completeDrawn: completeFrame?.drawnMs ?? NaN,
          readyDrawn: readyFrame?.drawnMs ?? NaN,
        };
      });
      for (const k of ['complete', 'ready', 'completeDrawn', 'readyDrawn'])
        times.get(variant)[k].push(t[k]);
      console.log(
        `round ${round} ${variant}: complete ${t.complete.toFixed(0)} ms, ready ${t.ready.toFixed(0)} ms (drawn ${t.completeDrawn.toFixed(0)}, ${t.readyDrawn.toFixed(0)} ms)`,
      );
      await context.close();
    }
  for (const [variant, { complete, ready, completeDrawn, readyDrawn }] of times)
    console.log(
      `${variant}: median complete ${median(complete).toFixed(0)} ms, ready ${median(ready).toFixed(0)} ms (drawn ${median(completeDrawn).toFixed(0)}, ${median(readyDrawn).toFixed(0)} ms)`,
    );
} finally {
  await browser.close();
  for (const { server } of servers.values()) server.close();
}
