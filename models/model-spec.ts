/**
 * A model module's declaration of itself: what the scene loader reads (core ModelInfo: id,
 * length, extent, docking ports, sources) and how to build it. Every file in models/ that exports a
 * `MODEL` of this type is a model scene files may name (models/registry.ts finds them).
 */
import type * as THREE from 'three';
import type { ModelInfo } from '../src/core/script/model-catalog.ts';

export interface ModelSpec extends ModelInfo {
  readonly build: () => THREE.Group;
}
