// The benchmark's comparison with the peer and its printed summary.
import { kb, mb, ms, sizeLabel } from './format.mjs';

/** Our numbers over the peer's, at each size (below 1: we are cheaper). */
export function compare(results) {
  if (!results.peer || results.peer.skipped) return null;
  const peerBundle = results.peer.bundle;
  const bytes = {
    initialJsGzip: results.bundle.initialJs.gzipBytes / peerBundle.initialJs.gzipBytes,
    initialJsRaw: results.bundle.initialJs.rawBytes / peerBundle.initialJs.rawBytes,
    totalRaw: results.bundle.total.rawBytes / peerBundle.total.rawBytes,
    totalGzip: results.bundle.total.gzipBytes / peerBundle.total.gzipBytes,
  };
  const sizes = results.peer.frames.map((peer) => {
    const same = (r) => r.width === peer.width && r.height === peer.height;
    const row = results.results.find(
      (r) => same(r) && r.sceneId === 'sputnik-1' && r.quality === 'medium',
    );
    const pairs = (results.firstFrame?.pairs ?? []).filter(same);
    return {
      width: peer.width,
      height: peer.height,
      firstFrameWorst: pairs.length ? Math.max(...pairs.map((p) => p.ratio)) : null,
      medianFrameSputnikMedium: row ? row.medianFrameMs / peer.medianFrameMs : null,
      p95FrameSputnikMedium: row ? row.p95FrameMs / peer.p95FrameMs : null,
      transferToFirstFrameSputnik: (() => {
        const p = pairs.find((x) => x.sceneId === 'sputnik-1');
        return p ? p.oursTransfer.bytes / p.peerTransfer.bytes : null;
      })(),
    };
  });
  return { bytes, sizes };
}

export function printSummary(results) {
  const b = results.bundle;
  const p = results.peer && !results.peer.skipped ? results.peer.bundle : null;
  const row = (label, mine, peer) =>
    console.log(`  ${label.padEnd(26)} ${mine.padStart(22)}  ${(peer ?? '–').padStart(22)}`);
  const pair = (x) => `${kb(x.rawBytes)} / ${kb(x.gzipBytes)}`;
  console.log('\nBytes (raw / gzip)              ours                    peer (CesiumJS)');
  row('initial JS', pair(b.initialJs), p && pair(p.initialJs));
  row('initial CSS', pair(b.initialCss), p && pair(p.initialCss));
  row(
    'all files',
    `${mb(b.total.rawBytes)} / ${mb(b.total.gzipBytes)}`,
    p && `${mb(p.total.rawBytes)} / ${mb(p.total.gzipBytes)}`,
  );
  for (const kind of Object.keys(b.byKind).sort())
    row(`  ${kind}`, pair(b.byKind[kind]), p?.byKind[kind] ? pair(p.byKind[kind]) : null);
  if (results.firstFrame?.pairs) {
    console.log(
      '\nFirst frame (cold, median of rounds)   ours on screen: complete   ready   peer   complete/peer  ready/peer   fetched ours / peer',
    );
    for (const x of results.firstFrame.pairs)
      console.log(
        `  ${x.sceneId.padEnd(13)} ${sizeLabel(x).padEnd(10)} ${ms(x.completeMs).padStart(16)} ${ms(x.oursMs).padStart(8)} ${ms(x.peerMs).padStart(10)} ${x.completeRatio.toFixed(2).padStart(14)} ${x.ratio.toFixed(2).padStart(11)}   ${mb(x.oursTransfer.bytes)} / ${mb(x.peerTransfer.bytes)}`,
      );
    // Runs from before the drawn times have none.
    for (const x of results.firstFrame.pairs.filter((p) => p.drawn?.readyMs))
      console.log(
        `  ${x.sceneId.padEnd(13)} ${sizeLabel(x).padEnd(10)} as drawn (the peer's own measure): ${ms(x.drawn.completeMs).padStart(6)} ${ms(x.drawn.readyMs).padStart(8)} ${''.padStart(10)} ${x.drawn.completeRatio.toFixed(2).padStart(14)} ${x.drawn.ratio.toFixed(2).padStart(11)}`,
      );
    // Runs from before these references have neither.
    for (const x of results.firstFrame.pairs.filter((p) => p.started))
      console.log(
        `  ${x.sceneId.padEnd(13)} ${sizeLabel(x).padEnd(10)} unpinned (starts at ${x.started.quality}): complete ${ms(x.started.completeMs)}, ready ${ms(x.started.readyMs)}${x.started.readyDrawnMs ? ` (drawn ${ms(x.started.completeDrawnMs)}, ${ms(x.started.readyDrawnMs)})` : ''}; the floor page's first frame ${x.floorMs === null ? '–' : ms(x.floorMs)}`,
      );
  }
  if (results.comparison)
    for (const s of results.comparison.sizes)
      console.log(
        `  frame time ${sizeLabel(s)}: Sputnik-1 medium / peer median ${s.medianFrameSputnikMedium?.toFixed(2) ?? '–'}, p95 ${s.p95FrameSputnikMedium?.toFixed(2) ?? '–'}`,
      );
  if (results.heap && !results.heap.skipped)
    console.log(
      `\nHeap (used): after load ${mb(results.heap.afterLoadBytes)}, after 1 switch ${mb(results.heap.afterFirstSwitchBytes)}, after ${results.heap.switches} ${mb(results.heap.afterSwitchesBytes)}; ${results.heap.lastSceneId} against its first showing: used ×${results.heap.usedRatio.toFixed(3)}, objects without compiled code ×${results.heap.objectRatio.toFixed(3)}`,
    );
  const restore = results.kioskRestore;
  if (restore && !restore.skipped)
    console.log(
      `Kiosk context restore → first frame (${restore.sceneId}, ${sizeLabel(restore)}): median ${ms(restore.medianMs)}, max ${ms(restore.maxMs)}`,
    );
  const cold = results.kioskColdStart;
  if (cold && !cold.skipped)
    console.log(
      `Kiosk cold start, service worker warm → attract loop's first complete frame (${cold.sceneId}, ${sizeLabel(cold)}): median ${ms(cold.medianMs)} of ${cold.samplesMs.map(ms).join(', ')}; full quality: median ${ms(cold.readyMedianMs)} of ${cold.readySamplesMs.map(ms).join(', ')}`,
    );
  const rec = results.recording;
  console.log(
    rec?.framesPerSec
      ? `Recording 720p: ${rec.framesPerSec.toFixed(2)} frames/s (${rec.frames} frames)`
      : `Recording 720p: not measured (${rec?.reason})`,
  );
}
