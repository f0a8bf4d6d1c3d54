/**
 * Every model in this folder, found by its own `MODEL` export: adding a model is adding a file.
 */
import {
  modelCatalog,
  type ModelBounds,
  type ModelCatalog,
} from '../src/core/script/model-catalog.ts';
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

/**
 * The same without the builders, and the file each is in: written to models/catalog.json by
 * `npm run schema`, so the app can load scenes without loading every model's code up front.
 */
export function modelCatalogFile(): {
  id: string;
  file: string;
  lengthM: number;
  boundsM: ModelBounds;
  ports: unknown;
  sources: readonly string[];
}[] {
  const fileOf = new Map(
    Object.entries(modules).flatMap(([path, module]) =>
      module.MODEL ? [[module.MODEL.id, path.replace(/^\.\//, '')] as const] : [],
    ),
  );
  return MODELS.map(({ id, lengthM, boundsM, ports, sources }) => ({
    id,
    file: fileOf.get(id)!,
    lengthM,
    boundsM,
    ports,
    sources,
  }));
}
