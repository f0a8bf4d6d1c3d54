/** Everything the record CLI (scripts/record.mjs) takes from the core, in one import. */
export { buildCatalog } from '../script/scene-catalog.ts';
export { ClipError, planClip } from './clip-plan.ts';
export { SUBTITLE_LANGS, subtitlePath } from './clip-files.ts';
export { formatProgress, formatDuration } from './progress.ts';
export { RECORD_USAGE, parseRecordArgs } from './record-args.ts';
