/**
 * Procedural spacecraft by model id, loaded when a scene first shows one: the app reads the
 * models' declarations from models/catalog.json (written from the model files by
 * `npm run schema`) and their code only on demand, so the first page load stays small.
 */
import * as THREE from 'three';
import catalog from './catalog.json';
import {
  modelCatalog,
  type ModelCatalog,
  type ModelInfo,
} from '../src/core/script/model-catalog.ts';
import { disposeFinishTextures } from './finishes.ts';
import type { ModelSpec } from './model-spec.ts';

const modules = import.meta.glob<ModelSpec>(
  ['./*.ts', '!./registry.ts', '!./index.ts', '!./model-spec.ts'],
  { import: 'MODEL' },
);

const files = new Map(catalog.map((entry) => [entry.id, `./${entry.file}`]));

/** What the scene loader needs of every model, without loading any. */
export const MODEL_INFO: ModelCatalog = modelCatalog(catalog as unknown as ModelInfo[]);

/** The builder of model `id` (the scene loader has checked that it exists). */
export async function loadModelBuilder(id: string): Promise<() => THREE.Group> {
  const load = modules[files.get(id) ?? ''];
  if (!load) return () => new THREE.Group();
  // The parts' helpers come with the models, not in the first page load.
  const [{ build }, { flattenInstances }] = await Promise.all([load(), import('./parts.ts')]);
  return () => flattenInstances(build());
}

/** For R3F's useLoader: the "URL" is a model id, the result its builder (cached per id). */
export class ModelLoader extends THREE.Loader<() => THREE.Group, string> {
  override load(
    id: string,
    onLoad: (build: () => THREE.Group) => void,
    _onProgress?: (event: ProgressEvent) => void,
    onError?: (error: unknown) => void,
  ): void {
    loadModelBuilder(id).then(onLoad, (error: unknown) => onError?.(error));
  }
}

/** Frees the GPU resources of a model built here. */
export function disposeModel(root: THREE.Object3D): void {
  disposeFinishTextures(root);
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
