/** What scripts/bench.mjs takes from TypeScript, in one import (loaded with Vite's runnerImport). */
export { checkBudgets, formatOutcomes, parseBudgets } from './budgets.ts';
export { measureBundle } from './bundle-size.ts';
export { median, percentile } from './stats.ts';
export { snapshotSizes } from './heap-snapshot.ts';
export { busiest, frameProbes } from './busiest-frame.ts';
