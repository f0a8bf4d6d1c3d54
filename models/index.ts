/** Procedural spacecraft by model id (the ids scene files may use, see MODEL_IDS). */
import type * as THREE from 'three';
import type { ModelId } from '../src/core/script/schema.ts';
import { buildApolloCsm } from './apollo-csm.ts';
import { buildDockingModule } from './docking-module.ts';
import { buildParachutist } from './parachutist.ts';
import { buildSIvb } from './s-ivb.ts';
import { buildSoyuz7kTm } from './soyuz-7k-tm.ts';
import { buildSputnik1 } from './sputnik-1.ts';
import { buildVostok3ka } from './vostok-3ka.ts';

export const MODEL_BUILDERS: Record<ModelId, () => THREE.Group> = {
  'sputnik-1': buildSputnik1,
  'vostok-3ka': buildVostok3ka,
  'soyuz-7k-tm': buildSoyuz7kTm,
  'apollo-csm': buildApolloCsm,
  'docking-module': buildDockingModule,
  's-ivb': buildSIvb,
  parachutist: buildParachutist,
};

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
