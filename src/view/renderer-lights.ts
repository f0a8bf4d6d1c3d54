import type * as THREE from 'three';

/**
 * Lights kept for as long as their renderer lives and lent to each scene in turn. three keeps the
 * uniforms of every light it has drawn, by the light's id, for the renderer's lifetime: a new
 * light with every scene added an entry at each scene switch that was never freed (a kiosk
 * switches scenes hundreds of times a day).
 */
const lights = new WeakMap<THREE.WebGLRenderer, Map<string, THREE.Light>>();

/** The renderer's light called `name`, made by `make` the first time it is asked for. */
export function rendererLight<T extends THREE.Light>(
  gl: THREE.WebGLRenderer,
  name: string,
  make: () => T,
): T {
  let named = lights.get(gl);
  if (!named) {
    named = new Map();
    lights.set(gl, named);
  }
  let light = named.get(name);
  if (!light) {
    light = make();
    named.set(name, light);
  }
  return light as T;
}
