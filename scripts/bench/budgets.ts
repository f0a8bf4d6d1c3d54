/**
 * Budgets (bench/budgets.json) checked against a benchmark run (bench/results.json) by
 * `npm run bench -- --check`. Pure: no files, no browser. Where the machine is noisy the budget
 * is a ratio measured within one run (heap growth, our first frame against the peer's).
 */

export type MeasureName =
  | 'initialJsGzipBytes'
  | 'drawCalls'
  | 'triangles'
  | 'heapGrowth'
  | 'firstFrameVsPeer'
  | 'firstCompleteMs'
  | 'frameVsFloor'
  | 'kioskColdStartMs';

export interface Budget {
  readonly id: string;
  /** What is limited, for people. */
  readonly what: string;
  readonly measure: MeasureName;
  /** Largest allowed value (bytes, count or ratio). */
  readonly max: number;
  /** Per-scene measures: only this quality tier (default: every tier). */
  readonly quality?: string;
}

export interface BudgetFile {
  readonly budgets: readonly Budget[];
}

/** The parts of bench/results.json the budgets read. */
export interface BenchResults {
  /** Every scene the app offers: a frame budget is met only when each of them was measured. */
  readonly availableScenes?: readonly string[];
  readonly results?: readonly {
    readonly sceneId: string;
    readonly width: number;
    readonly height: number;
    readonly quality: string;
    readonly drawCalls: number;
    readonly triangles: number;
  }[];
  readonly bundle?: { readonly initialJs: { readonly gzipBytes: number } } | null;
  readonly heap?: {
    readonly switches?: number;
    /** The scene shown after the last switch: the heap then, and the first time it was shown. */
    readonly lastSceneId?: string;
    readonly trace?: readonly { readonly switches: number; readonly objectBytes?: number }[];
    readonly lastSceneFirstShown?: { readonly objectBytes?: number };
    readonly skipped?: string;
  } | null;
  readonly firstFrame?: {
    readonly pairs?: readonly {
      readonly sceneId: string;
      readonly width: number;
      readonly height: number;
      readonly oursMs: number;
      /** The first complete frame (the Earth perhaps from its previews). */
      readonly completeMs?: number;
      readonly peerMs: number;
    }[];
    readonly skipped?: string;
  } | null;
  /** Each scene and tier's median frame time over the floor's with its globe in the same place. */
  readonly floor?: {
    readonly ratios?: readonly {
      readonly sceneId: string;
      readonly quality: string;
      readonly width: number;
      readonly height: number;
      readonly ratio: number;
    }[];
    readonly skipped?: string;
  } | null;
  /** The kiosk restarted with its service worker warm, to the attract loop's first ready frame. */
  readonly kioskColdStart?: {
    readonly sceneId?: string;
    readonly medianMs?: number;
    readonly samplesMs?: readonly number[];
    readonly skipped?: string;
  } | null;
}

export interface Reading {
  readonly label: string;
  readonly value: number;
}

export interface BudgetOutcome {
  readonly id: string;
  readonly what: string;
  readonly max: number;
  readonly status: 'ok' | 'over' | 'unmeasured';
  /** Every value checked; the over-budget ones for 'over'. */
  readonly readings: readonly Reading[];
  readonly over: readonly Reading[];
  /** Why nothing could be checked ('unmeasured'). */
  readonly reason?: string;
}

const MEASURES: readonly MeasureName[] = [
  'initialJsGzipBytes',
  'drawCalls',
  'triangles',
  'heapGrowth',
  'firstFrameVsPeer',
  'firstCompleteMs',
  'frameVsFloor',
  'kioskColdStartMs',
];

/** Checks the shape of bench/budgets.json; throws naming the first problem. */
export function parseBudgets(json: unknown): BudgetFile {
  const budgets = (json as { budgets?: unknown } | null)?.budgets;
  if (!Array.isArray(budgets)) throw new Error('budgets: expected an array');
  const ids = new Set<string>();
  budgets.forEach((b: Partial<Budget> | null, i) => {
    const where = `budgets[${i}]`;
    if (typeof b?.id !== 'string' || b.id === '') throw new Error(`${where}.id: expected a name`);
    if (ids.has(b.id)) throw new Error(`${where}.id: "${b.id}" given twice`);
    ids.add(b.id);
    if (typeof b.what !== 'string') throw new Error(`${where}.what: expected a description`);
    if (!MEASURES.includes(b.measure as MeasureName))
      throw new Error(`${where}.measure: expected one of ${MEASURES.join(', ')}, got ${b.measure}`);
    if (typeof b.max !== 'number' || !Number.isFinite(b.max) || b.max <= 0)
      throw new Error(`${where}.max: expected a positive number`);
    if (b.quality !== undefined && typeof b.quality !== 'string')
      throw new Error(`${where}.quality: expected a tier name`);
  });
  return { budgets: budgets as Budget[] };
}

const size = (r: { width: number; height: number }) => `${r.width}×${r.height}`;

/** The values a budget limits, or why there are none. */
function readings(budget: Budget, run: BenchResults): Reading[] | string {
  switch (budget.measure) {
    case 'initialJsGzipBytes':
      return run.bundle
        ? [{ label: 'initial JS', value: run.bundle.initialJs.gzipBytes }]
        : 'no bundle measurement in the results';
    case 'drawCalls':
    case 'triangles': {
      const rows = (run.results ?? []).filter(
        (r) => budget.quality === undefined || r.quality === budget.quality,
      );
      const at = budget.quality ? ` at ${budget.quality} quality` : '';
      if (rows.length === 0) return `no scene measured${at}`;
      const missing = (run.availableScenes ?? []).filter(
        (id) => !rows.some((r) => r.sceneId === id),
      );
      if (missing.length > 0) return `${missing.join(', ')} not measured${at}`;
      return rows.map((r) => ({
        label: `${r.sceneId} ${size(r)} ${r.quality}`,
        value: r[budget.measure as 'drawCalls' | 'triangles'],
      }));
    }
    case 'heapGrowth': {
      const heap = run.heap;
      if (!heap || heap.skipped) return heap?.skipped ?? 'no heap measurement in the results';
      const before = heap.lastSceneFirstShown?.objectBytes;
      const after = heap.trace?.at(-1)?.objectBytes;
      if (!before || after === undefined) return 'heap measurement incomplete';
      return [
        {
          label: `${heap.lastSceneId ?? 'scene'} after ${heap.switches ?? '?'} switches / on its first showing (JS objects without compiled code)`,
          value: after / before,
        },
      ];
    }
    case 'firstFrameVsPeer': {
      const first = run.firstFrame;
      if (!first || first.skipped) return first?.skipped ?? 'no first-frame comparison';
      if (!first.pairs?.length) return 'no first-frame comparison';
      return first.pairs.map((p) => ({
        label: `${p.sceneId} ${size(p)} (ours ${Math.round(p.oursMs)} ms / peer ${Math.round(p.peerMs)} ms)`,
        value: p.oursMs / p.peerMs,
      }));
    }
    case 'firstCompleteMs': {
      const first = run.firstFrame;
      if (!first || first.skipped) return first?.skipped ?? 'no first-frame comparison';
      if (!first.pairs?.length) return 'no first-frame comparison';
      if (first.pairs.some((p) => p.completeMs === undefined)) return 'no first complete frame';
      return first.pairs.map((p) => ({
        label: `${p.sceneId} ${size(p)}, median of the cold rounds`,
        value: p.completeMs!,
      }));
    }
    case 'frameVsFloor':
      return floorReadings(budget, run);
    case 'kioskColdStartMs': {
      const cold = run.kioskColdStart;
      if (!cold || cold.skipped) return cold?.skipped ?? 'no kiosk cold start in the results';
      if (cold.medianMs === undefined) return 'kiosk cold start incomplete';
      return [
        {
          label: `${cold.sceneId ?? 'kiosk'}, median of ${cold.samplesMs?.length ?? '?'} restarts`,
          value: cold.medianMs,
        },
      ];
    }
  }
}

function floorReadings(budget: Budget, run: BenchResults): Reading[] | string {
  const floor = run.floor;
  if (!floor || floor.skipped) return floor?.skipped ?? 'no floor measurement in the results';
  const rows = (floor.ratios ?? []).filter(
    (r) => budget.quality === undefined || r.quality === budget.quality,
  );
  const at = budget.quality ? ` at ${budget.quality} quality` : '';
  if (rows.length === 0) return `no scene measured against the floor${at}`;
  const missing = (run.availableScenes ?? []).filter((id) => !rows.some((r) => r.sceneId === id));
  if (missing.length > 0) return `${missing.join(', ')} not measured against the floor${at}`;
  return rows.map((r) => ({ label: `${r.sceneId} ${size(r)} ${r.quality}`, value: r.ratio }));
}

export function checkBudgets(file: BudgetFile, run: BenchResults): BudgetOutcome[] {
  return file.budgets.map((budget) => {
    const base = { id: budget.id, what: budget.what, max: budget.max };
    const found = readings(budget, run);
    if (typeof found === 'string')
      return { ...base, status: 'unmeasured', readings: [], over: [], reason: found };
    const over = found.filter((r) => !(r.value <= budget.max));
    return { ...base, status: over.length > 0 ? 'over' : 'ok', readings: found, over };
  });
}

function formatValue(measure: MeasureName | undefined, value: number): string {
  if (measure === 'initialJsGzipBytes') return `${(value / 1000).toFixed(1)} kB`;
  if (measure === 'kioskColdStartMs' || measure === 'firstCompleteMs')
    return `${(value / 1000).toFixed(2)} s`;
  if (measure === 'heapGrowth' || measure === 'firstFrameVsPeer' || measure === 'frameVsFloor')
    return `${value.toFixed(3)}×`;
  return value.toLocaleString('en-US');
}

/** One line per budget; violations list each value measured against the one allowed. */
export function formatOutcomes(file: BudgetFile, outcomes: readonly BudgetOutcome[]): string[] {
  const measureOf = new Map(file.budgets.map((b) => [b.id, b.measure]));
  return outcomes.flatMap((o) => {
    const m = measureOf.get(o.id);
    const allowed = `≤ ${formatValue(m, o.max)}`;
    if (o.status === 'unmeasured') return [`✗ ${o.id} (${o.what}): not measured: ${o.reason}`];
    if (o.status === 'ok') {
      const worst = o.readings.reduce((a, b) => (b.value > a.value ? b : a));
      return [
        `✓ ${o.id} (${o.what}): worst ${formatValue(m, worst.value)} (${worst.label}), allowed ${allowed}`,
      ];
    }
    return [
      `✗ ${o.id} (${o.what}): ${o.over.length} of ${o.readings.length} over budget`,
      ...o.over.map(
        (r) => `    ${r.label}: measured ${formatValue(m, r.value)}, allowed ${allowed}`,
      ),
    ];
  });
}
