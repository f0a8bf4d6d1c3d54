/**
 * Every model in this folder, found by its own `MODEL` export: adding a model is adding a file.
 */
import { modelCatalog, type ModelCatalog } from '../src/core/script/model-catalog.ts';
import type { ModelSpec } from './model-spec.ts';

const modules = import.meta.glob<{ MODEL?: ModelSpec }>(
  ['./*.ts', '!./registry.ts', '!./index.ts', '!./model-spec.ts'],
  { eager: true },
);

/** The models, sorted by id. */
export const MODELS: readonly ModelSpec[] = Object.values(modules)
  .flatMap((module) => (module.MODEL ? [module.MODEL] : []))
  .sort((a, b) => a.id.localeCompare(b.id));

/** What the scene loader needs of them. */
export const MODEL_CATALOG: ModelCatalog = modelCatalog(MODELS);
