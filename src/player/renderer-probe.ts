/**
 * Which tier a player starts at before it has drawn a frame. A software rasteriser (SwiftShader,
 * llvmpipe, …: no GPU) starts at low, which automatic tuning would reach anyway, but only after
 * seconds of slow frames and after fetching, decoding and compiling the medium tier's maps and
 * shaders for nothing. Anything else starts at medium and is tuned from its frame times.
 */
import { isSoftwareRenderer } from '../view/software-renderer.ts';
import type { AppStore } from './store.ts';

/**
 * The WebGL renderer's name, asked of a throwaway context; null without WebGL2. Asked while the
 * scene texts load: a page's first context starts the browser's renderer (0.67 s of SwiftShader
 * here), which the view's own context then finds running (12 ms).
 */
export function probeRendererName(doc: Document): string | null {
  const gl = doc.createElement('canvas').getContext('webgl2');
  if (!gl) return null;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

/** Low for a software renderer, unless the link pinned a tier; tuning may still step up. */
export function startAtRendererTier(store: AppStore, rendererName: string | null): void {
  const { qualityPinned } = store.getState();
  if (!qualityPinned && isSoftwareRenderer(rendererName)) store.setQuality('low', false);
}
