// One run of the recorder in one browser page: serves dist/, opens the app at the clip's size,
// asks `window.urverseny.recordClip` for the frames of the plan's slice and hands the encoded
// bytes (MP4, WebM) or the raw frames (PNG, ProRes) to `sink`.
import { serveStatic } from '../static-server.mjs';

/**
 * `browser`: from launchForGpu; `request`: the ClipRequest (with its `frames` slice);
 * `sink`: {write(data, position)} and/or {frame(rgba, index)}; `progress(done, total)`.
 * Resolves with what the page reports: frame count, subtitles, renderer, first/last hashes.
 * `onServer(server)` lets the caller close the server on a signal.
 */
export async function renderInPage({ root, browser, plan, request, sink, progress, onServer }) {
  const served = await serveStatic(`${root}/dist`, { port: 4250, tries: 200 });
  onServer?.(served.server);
  const page = await browser.newPage({
    viewport: { width: plan.width, height: plan.height },
    deviceScaleFactor: 1,
  });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.exposeFunction('__urvRecordWrite', (base64, position) => {
    sink.write(Buffer.from(base64, 'base64'), position);
  });
  await page.exposeFunction('__urvRecordFrame', (base64, index) =>
    sink.frame(Buffer.from(base64, 'base64'), index),
  );
  await page.exposeFunction('__urvRecordProgress', progress);
  const search = new URLSearchParams({
    scene: plan.sceneId,
    t: String(plan.fromSec),
    paused: '1',
    lang: plan.lang,
    quality: plan.quality,
    // The maps as images on every renderer: the GPU-compressed ones (src/view/gpu-maps.ts) start
    // a player sooner, but lose a little detail, and a clip does not wait on its first frame.
    maps: 'images',
  });
  await page.goto(`${served.url}?${search}`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  if (pageErrors.length > 0) throw new Error(`the app failed to start: ${pageErrors.join('; ')}`);
  return page.evaluate(
    async ({ request, raw }) => {
      const toBase64 = (bytes) =>
        typeof bytes.toBase64 === 'function'
          ? bytes.toBase64()
          : btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
      const clip = await window.urverseny.recordClip(request, {
        write: (data, position) => window.__urvRecordWrite(toBase64(data), position),
        ...(raw ? { frame: (rgba, index) => window.__urvRecordFrame(toBase64(rgba), index) } : {}),
        progress: (done, total) => void window.__urvRecordProgress(done, total),
      });
      return {
        frameCount: clip.plan.frames.end - clip.plan.frames.start,
        subtitles: clip.subtitles,
        renderer: clip.renderer,
        audioCodec: clip.audioCodec,
        firstFrameSha256: clip.firstFrameSha256,
        lastFrameSha256: clip.lastFrameSha256,
      };
    },
    { request, raw: typeof sink.frame === 'function' },
  );
}
