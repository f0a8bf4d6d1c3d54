/** Everything the record CLIs (scripts/record.mjs, scripts/record-join.mjs) take from the core. */
export { buildCatalog } from '../script/scene-catalog.ts';
export { ClipError, planClip } from './clip-plan.ts';
export { SUBTITLE_LANGS, clipSubtitles, subtitlePath } from './clip-files.ts';
export {
  clipManifest,
  joinOrder,
  joinedManifest,
  manifestPath,
  parseManifest,
} from './clip-manifest.ts';
export { splitFrames } from './clip-slices.ts';
export { formatProgress, formatDuration } from './progress.ts';
export { RECORD_USAGE, parseRecordArgs } from './record-args.ts';
export { withSphericalMetadata } from './spherical-mp4.ts';
