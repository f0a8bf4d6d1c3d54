import type * as THREE from 'three';
import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';

/**
 * A KTX2Loader for the renderer. Make one per page (gpu-maps.ts keeps it): each starts its own
 * workers (three's default, up to four: one worker on two cores brought no first picture sooner
 * here and the full-quality frame later, docs/PERFORMANCE.md) and fetches the transcoder (its
 * JavaScript and WebAssembly, which the build serves from `basis/`).
 */
export function createKtx2Loader(renderer: THREE.WebGLRenderer): KTX2Loader {
  return (
    new KTX2Loader()
      // The patched transcoder (scripts/build/basis-transcoder.ts), in the build and the dev server.
      .setTranscoderPath(`${import.meta.env.BASE_URL}basis/`)
      .detectSupport(renderer)
  );
}
