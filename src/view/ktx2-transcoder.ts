import type * as THREE from 'three';
import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';

let shared: KTX2Loader | null = null;

/**
 * One KTX2Loader for the page: each one starts its own workers and fetches the transcoder
 * (its JavaScript and WebAssembly, emitted by the build beside this chunk).
 */
export function ktx2Loader(renderer: THREE.WebGLRenderer): KTX2Loader {
  shared ??= new KTX2Loader().detectSupport(renderer);
  return shared;
}
