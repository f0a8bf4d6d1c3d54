/** Procedural spacecraft by model id (each model file declares itself: models/registry.ts). */
import type * as THREE from 'three';
import { MODELS } from './registry.ts';

export const MODEL_BUILDERS: ReadonlyMap<string, () => THREE.Group> = new Map(
  MODELS.map((m) => [m.id, m.build]),
);

/** Frees the GPU resources of a model built here. */
export function disposeModel(root: THREE.Object3D): void {
  root.traverse((object) => {
    if ((object as THREE.InstancedMesh).isInstancedMesh) (object as THREE.InstancedMesh).dispose();
    const mesh = object as THREE.Mesh;
    mesh.geometry?.dispose();
    const materials = Array.isArray(mesh.material)
      ? mesh.material
      : mesh.material
        ? [mesh.material]
        : [];
    for (const material of materials) material.dispose();
  });
}
