/**
 * What the scene loader needs to know of a spacecraft model: its id, its length (close-up
 * distances) and its docking ports. Each model module in models/ declares this about itself
 * (models/registry.ts collects them), so a new model needs no list edited anywhere; the core
 * receives the catalog from whoever loads scenes.
 */

/** A docking port in the model's own axes (+X forward, +Y up, +Z = X × Y), metres. */
export interface DockingPort {
  /** The centre of the mating plane. */
  readonly positionM: readonly [number, number, number];
  /** Unit vector pointing out of the port, towards a craft docking there. */
  readonly axis: readonly [number, number, number];
}

export interface ModelBounds {
  readonly min: readonly [number, number, number];
  readonly max: readonly [number, number, number];
}

export interface ModelInfo {
  readonly id: string;
  /** Overall length, m: sets close-up camera distances. */
  readonly lengthM: number;
  /**
   * The box around every part of the model in its own axes, m: how far it reaches from its
   * origin each way (what an enlarged craft near the ground would bury).
   */
  readonly boundsM: ModelBounds;
  readonly ports: Readonly<Record<string, DockingPort>>;
  /** Source tags (docs/SOURCES.md) the model's numbers come from. */
  readonly sources: readonly string[];
}

export type ModelCatalog = ReadonlyMap<string, ModelInfo>;

export function modelCatalog(models: readonly ModelInfo[]): ModelCatalog {
  return new Map(models.map((m) => [m.id, m]));
}
