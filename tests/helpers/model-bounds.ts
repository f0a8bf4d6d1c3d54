import * as THREE from 'three';
import type { ModelBounds } from '../../src/core/script/model-catalog.ts';

/** The box around every vertex of a built model, in its own axes, m. */
export function measuredBounds(model: THREE.Object3D): ModelBounds {
  model.updateMatrixWorld(true);
  const box = new THREE.Box3().setFromObject(model, true);
  return { min: box.min.toArray(), max: box.max.toArray() };
}
