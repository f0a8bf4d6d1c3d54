// The benchmark's measuring phases, each given the run's context: `browser`, the servers'
// `oursUrl` and `peerUrl`, the settings (`sizes`, `seeks`, `framesPerSeek`, `rounds`, `switches`)
// and `lib` (scripts/bench/index.ts).
import { coldLoad, heapBytes, heapReading, timeFrames } from './page-measures.mjs';
import { mb, ms, sizeLabel } from './format.mjs';

const frameStats = (ctx, times) => ({
  medianFrameMs: ctx.lib.percentile(times, 0.5),
  p95FrameMs: ctx.lib.percentile(times, 0.95),
});

/**
 * One cold load of `url` in a fresh context, `measure(page, load)` on it, then the load checked
 * for off-origin requests and closed: the size and first frame, with what `measure` returned.
 */
async function measureCold(ctx, kind, url, viewport, measure) {
  const load = await coldLoad(ctx.browser, kind, url, viewport);
  const measured = await measure(load.page, load);
  load.assertClean();
  await load.context.close();
  return {
    width: viewport.width,
    height: viewport.height,
    firstFrameMs: load.firstFrameMs,
    ...measured,
  };
}

export function measureScene(ctx, sceneId, viewport, quality) {
  const url = `${ctx.oursUrl}?scene=${sceneId}&paused=1&t=0&quality=${quality}`;
  return measureCold(ctx, 'ours', url, viewport, async (page, load) => {
    const heapAfterLoadBytes = await heapBytes(page);
    // The floor draws its globe where this scene has the Earth (the camera does not depend on the tier).
    const viewKey = `${sceneId}@${sizeLabel(viewport)}`;
    const withViews = ctx.floorViews !== null && !ctx.floorViews.has(viewKey);
    const { times, views } = await timeFrames(page, 'ours', ctx, { withViews });
    if (withViews) ctx.floorViews.set(viewKey, views);
    const stats = await page.evaluate(() => window.urverseny.renderer());
    const busiest = quality === ctx.busiestQuality ? await busiestFrame(ctx, page, sceneId) : null;
    return {
      sceneId,
      quality,
      ...frameStats(ctx, times),
      // At the budgeted tier, the busiest frame of the scene; elsewhere the sequence's last frame.
      drawCalls: busiest?.drawCalls ?? stats.calls,
      triangles: busiest?.triangles ?? stats.triangles,
      busiest: busiest ?? { drawCallsAt: 'last seek', trianglesAt: 'last seek' },
      points: stats.points,
      lines: stats.lines,
      geometries: stats.geometries,
      textures: stats.textures,
      heapAfterLoadBytes,
      transfer: load.transfer,
    };
  });
}

/**
 * Draw calls and triangles at every probe of the scene (scripts/bench/busiest-frame.ts): its
 * seek sequence, camera keys and events as scripted, and each craft seen whole at each event.
 */
async function busiestFrame(ctx, page, sceneId) {
  const file = ctx.sceneFiles.get(sceneId);
  if (!file) throw new Error(`${sceneId}: no scene file to take the busiest frame's probes from`);
  const durationSec = await page.evaluate(() => window.urverseny.state().durationSec);
  const probes = ctx.lib.frameProbes(file, (id) => ctx.modelLengths.get(id), {
    durationSec,
    seeks: ctx.seeks,
  });
  const stats = await page.evaluate(async (list) => {
    const api = window.urverseny;
    const out = [];
    for (const probe of list) {
      if ('inspect' in probe) await api.inspect(probe.inspect);
      else await api.seek(probe.seek);
      const { calls, triangles } = api.renderer();
      out.push({ label: probe.label, calls, triangles });
      if ('inspect' in probe) await api.inspect(null);
    }
    return out;
  }, probes);
  return { ...ctx.lib.busiest(stats), probes: stats.length };
}

/**
 * The floor page's frame times with its globe where each scene has the Earth at each seek point
 * (ctx.floorViews, filled by measureScene): one cold load per size, then every scene measured.
 */
export function measureFloor(ctx, floorUrl, viewport) {
  return measureCold(ctx, 'peer', floorUrl, viewport, async (page) => {
    const scenes = [];
    for (const [key, views] of ctx.floorViews) {
      const [sceneId, size] = key.split('@');
      if (size !== sizeLabel(viewport)) continue;
      const { times } = await timeFrames(page, 'peer', ctx, { views });
      scenes.push({ sceneId, ...frameStats(ctx, times) });
    }
    return { scenes };
  });
}

export function measurePeer(ctx, viewport) {
  return measureCold(ctx, 'peer', ctx.peerUrl, viewport, async (page, load) => {
    const heapAfterLoadBytes = await heapBytes(page);
    const { times } = await timeFrames(page, 'peer', ctx);
    return { ...frameStats(ctx, times), heapAfterLoadBytes, transfer: load.transfer };
  });
}

/**
 * Cold first frames, the peer's and ours (each scene pinned to medium quality, the tier the app
 * starts at on a GPU), taken together in each round so that all see the same machine load;
 * medians over the rounds. Each round also loads, for reference, the floor page (the least a
 * globe costs to its first frame on this machine) and each scene unpinned, at the tier the app
 * starts at on this renderer (low on a software one), as a visitor gets it.
 */
export async function pairedFirstFrames(ctx, scenes) {
  const { rounds, sizes } = ctx;
  console.log(
    `\nFirst frame, ${rounds} cold rounds: the peer, the floor page, then each scene at medium quality and (in brackets) unpinned, at the tier it starts at on this renderer (ours: first complete frame / full-quality ready frame)`,
  );
  const samples = new Map();
  const add = (key, value) => samples.set(key, [...(samples.get(key) ?? []), value]);
  const transfer = {};
  const startedQuality = {};
  // How long each load waited for the GPU process to finish the load before it (gpu-settle.mjs).
  const settled = [];
  for (let round = 0; round < rounds; round++) {
    for (const size of sizes) {
      const peer = await coldLoad(ctx.browser, 'peer', ctx.peerUrl, size);
      await peer.context.close();
      settled.push({ load: `peer@${sizeLabel(size)}`, ms: peer.settledMs });
      add(`peer@${sizeLabel(size)}`, peer.firstFrameMs);
      transfer[`peer@${sizeLabel(size)}`] ??= peer.transfer;
      const line = [
        `round ${round + 1}  ${sizeLabel(size).padEnd(10)} peer ${ms(peer.firstFrameMs)}`,
      ];
      if (ctx.floorUrl) {
        const floor = await coldLoad(ctx.browser, 'peer', ctx.floorUrl, size);
        await floor.context.close();
        settled.push({ load: `floor@${sizeLabel(size)}`, ms: floor.settledMs });
        add(`floor@${sizeLabel(size)}`, floor.firstFrameMs);
        line.push(`floor ${ms(floor.firstFrameMs)}`);
      }
      for (const sceneId of scenes) {
        const load = await coldLoad(
          ctx.browser,
          'ours',
          `${ctx.oursUrl}?scene=${sceneId}&paused=1&t=0&quality=medium`,
          size,
        );
        await load.context.close();
        settled.push({ load: `${sceneId}@${sizeLabel(size)}`, ms: load.settledMs });
        add(`${sceneId}@${sizeLabel(size)}`, load.firstFrameMs);
        add(`${sceneId}@${sizeLabel(size)}:complete`, load.firstCompleteMs);
        add(`${sceneId}@${sizeLabel(size)}:drawn`, load.drawn.firstFrameMs);
        add(`${sceneId}@${sizeLabel(size)}:complete-drawn`, load.drawn.firstCompleteMs);
        transfer[`${sceneId}@${sizeLabel(size)}`] ??= load.transfer;
        line.push(`${sceneId} ${ms(load.firstCompleteMs)} / ${ms(load.firstFrameMs)}`);
        const started = await coldLoad(
          ctx.browser,
          'ours',
          `${ctx.oursUrl}?scene=${sceneId}&paused=1&t=0`,
          size,
        );
        const quality = await started.page.evaluate(() => window.urverseny.state().quality);
        await started.context.close();
        settled.push({ load: `${sceneId}@${sizeLabel(size)}:started`, ms: started.settledMs });
        add(`${sceneId}@${sizeLabel(size)}:started-complete`, started.firstCompleteMs);
        add(`${sceneId}@${sizeLabel(size)}:started-ready`, started.firstFrameMs);
        add(`${sceneId}@${sizeLabel(size)}:started-complete-drawn`, started.drawn.firstCompleteMs);
        add(`${sceneId}@${sizeLabel(size)}:started-ready-drawn`, started.drawn.firstFrameMs);
        startedQuality[`${sceneId}@${sizeLabel(size)}`] = quality;
        line.push(`(${quality} ${ms(started.firstCompleteMs)} / ${ms(started.firstFrameMs)})`);
      }
      console.log(line.join('  '));
    }
  }
  const pairs = [];
  for (const size of sizes)
    for (const sceneId of scenes) {
      const key = `${sceneId}@${sizeLabel(size)}`;
      const peerSamplesMs = samples.get(`peer@${sizeLabel(size)}`);
      const oursMs = ctx.lib.median(samples.get(key));
      const peerMs = ctx.lib.median(peerSamplesMs);
      const completeMs = ctx.lib.median(samples.get(`${key}:complete`));
      // Builds from before the drawn times report none.
      const drawnMedian = (suffix) => {
        const values = samples.get(`${key}:${suffix}`) ?? [];
        return values.every((v) => typeof v === 'number') ? ctx.lib.median(values) : null;
      };
      const drawnMs = drawnMedian('drawn');
      const completeDrawnMs = drawnMedian('complete-drawn');
      const floorSamplesMs = samples.get(`floor@${sizeLabel(size)}`) ?? null;
      pairs.push({
        floorMs: floorSamplesMs ? ctx.lib.median(floorSamplesMs) : null,
        floorSamplesMs,
        started: {
          quality: startedQuality[key],
          completeMs: ctx.lib.median(samples.get(`${key}:started-complete`)),
          readyMs: ctx.lib.median(samples.get(`${key}:started-ready`)),
          completeSamplesMs: samples.get(`${key}:started-complete`),
          readySamplesMs: samples.get(`${key}:started-ready`),
          completeDrawnMs: drawnMedian('started-complete-drawn'),
          readyDrawnMs: drawnMedian('started-ready-drawn'),
        },
        // As drawn: the event the peer's and the floor's first frames are timed at.
        drawn: {
          completeMs: completeDrawnMs,
          readyMs: drawnMs,
          completeRatio: completeDrawnMs === null ? null : completeDrawnMs / peerMs,
          ratio: drawnMs === null ? null : drawnMs / peerMs,
        },
        completeMs,
        completeRatio: completeMs / peerMs,
        completeSamplesMs: samples.get(`${key}:complete`),
        sceneId,
        width: size.width,
        height: size.height,
        oursMs,
        peerMs,
        ratio: oursMs / peerMs,
        oursSamplesMs: samples.get(key),
        peerSamplesMs,
        oursTransfer: transfer[key],
        peerTransfer: transfer[`peer@${sizeLabel(size)}`],
      });
    }
  const waits = settled.map((s) => s.ms);
  const longest = settled.reduce((a, b) => (b.ms > a.ms ? b : a), settled[0]);
  console.log(
    `Each load first waited for the GPU process to finish the one before: median ${ms(ctx.lib.median(waits))}, longest ${ms(longest.ms)} (before ${longest.load})`,
  );
  return {
    quality: 'medium',
    rounds: rounds,
    pairs,
    settledMs: settled.map((s) => ({ ...s, ms: Math.round(s.ms) })),
  };
}

/**
 * JS heap (after a forced GC) once the first scene is drawn, then after each of `switches` scene
 * switches cycling through every scene (each waits for its ready frame). Two measures:
 * `usedBytes`, V8's used heap (Runtime.getHeapUsage), and `objectBytes`, the live JavaScript
 * objects of a heap snapshot without compiled code: V8 keeps compiling hot functions for dozens
 * of switches (megabytes of code), which is not something the app holds on to. Scenes differ in
 * what they hold, so growth is judged like for like: after the last switch against the first time
 * that same scene was shown.
 */
export async function measureHeap(ctx, scenes) {
  const { switches } = ctx;
  const size = ctx.sizes[0];
  console.log(`\nJS heap over ${switches} scene switches (${sizeLabel(size)}, medium)`);
  const load = await coldLoad(
    ctx.browser,
    'ours',
    `${ctx.oursUrl}?scene=${scenes[0]}&paused=1&t=0&quality=medium`,
    size,
  );
  const { page } = load;
  const cdp = await page.context().newCDPSession(page);
  const firstShown = new Map();
  const trace = [];
  for (let i = 0; i <= switches; i++) {
    const sceneId = scenes[i % scenes.length];
    if (i > 0) await page.evaluate((id) => window.urverseny.load(id), sceneId);
    // Snapshots (slow) only where they are compared: first showings, after 1, after the last.
    const detailed = !firstShown.has(sceneId) || i <= 1 || i === switches;
    const reading = {
      switches: i,
      sceneId,
      ...(await heapReading(cdp, detailed, ctx.lib.snapshotSizes)),
    };
    trace.push(reading);
    if (!firstShown.has(sceneId)) firstShown.set(sceneId, reading);
  }
  await cdp.detach();
  const last = trace.at(-1);
  const first = firstShown.get(last.sceneId);
  const renderer = await page.evaluate(() => window.urverseny.renderer());
  load.assertClean();
  await load.context.close();
  const result = {
    width: size.width,
    height: size.height,
    quality: 'medium',
    scenes,
    switches,
    afterLoadBytes: trace[0].usedBytes,
    afterFirstSwitchBytes: trace[1]?.usedBytes ?? null,
    afterSwitchesBytes: last.usedBytes,
    lastSceneId: last.sceneId,
    lastSceneFirstShown: first,
    usedRatio: last.usedBytes / first.usedBytes,
    objectRatio: last.objectBytes / first.objectBytes,
    trace,
    geometriesAfterSwitches: renderer.geometries,
    texturesAfterSwitches: renderer.textures,
  };
  console.log(
    `used heap: after load ${mb(result.afterLoadBytes)}, after 1 switch ${mb(result.afterFirstSwitchBytes)}, after ${switches} ${mb(last.usedBytes)}; ${last.sceneId} against its first showing: used ×${result.usedRatio.toFixed(3)} (compiled code ${mb(first.codeBytes)} → ${mb(last.codeBytes)}), objects ×${result.objectRatio.toFixed(3)} (${mb(first.objectBytes)} → ${mb(last.objectBytes)})`,
  );
  return result;
}
