import type * as THREE from 'three';
import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';

let shared: KTX2Loader | null = null;

/**
 * One KTX2Loader for the page: each one starts its own workers and fetches the transcoder
 * (its JavaScript and WebAssembly, which the build serves from `basis/`). Its workers leave a
 * core to the page and the browser's GPU process: on a weak kiosk PC with two cores, four
 * workers (three's default) would only queue the first picture behind the transcoding.
 */
export function ktx2Loader(renderer: THREE.WebGLRenderer): KTX2Loader {
  shared ??= new KTX2Loader()
    // The patched transcoder (scripts/build/basis-transcoder.ts), in the build and the dev server.
    .setTranscoderPath(`${import.meta.env.BASE_URL}basis/`)
    .setWorkerLimit(workersFor(globalThis.navigator?.hardwareConcurrency))
    .detectSupport(renderer);
  return shared;
}

/** Transcoding workers for a machine with `cores` logical cores: 1…4. */
export function workersFor(cores: number | undefined): number {
  return Math.max(1, Math.min(4, (cores ?? 2) - 1));
}
