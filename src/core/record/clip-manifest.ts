/**
 * The sidecar `clip.json` written beside every clip and every slice: what was rendered (scene,
 * range, size, rate, quality, projection…), by which renderer and build, and hashes of its first
 * and last frame. `record:join` reads them to check that slices from different runs or machines
 * belong to one clip and tile it exactly.
 */
import type { ClipPlan } from './clip-plan.ts';
import { tileProblem } from './clip-slices.ts';

export const MANIFEST_KIND = 'urverseny-clip';

export interface ClipManifest {
  readonly kind: typeof MANIFEST_KIND;
  readonly version: 1;
  readonly scene: string;
  readonly fromSec: number;
  readonly toSec: number;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
  readonly quality: string;
  readonly format: string;
  readonly lang: string;
  readonly captions: string;
  readonly projection: string;
  readonly domeFovDeg: number;
  readonly domeTiltDeg: number;
  readonly background: string;
  /** The sound track's codec ("aac", "opus"), or null for a silent clip. */
  readonly audio: string | null;
  /** The frames this file holds, [start, end) of `total`. */
  readonly frames: { readonly start: number; readonly end: number; readonly total: number };
  /** WebGL's unmasked renderer string(s), e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader …))". */
  readonly renderer: string;
  /** Identifies the built app that drew it (a hash of dist/index.html). */
  readonly build: string;
  /** SHA-256 of the first and last frame's RGBA pixels as encoded. */
  readonly firstFrameSha256: string;
  readonly lastFrameSha256: string;
}

/** The sidecar's name for a clip at `out`: "out/clip.mp4" → "out/clip.json"; a PNG folder holds its own. */
export function manifestPath(out: string, format: string): string {
  if (format === 'png') return `${out.replace(/[/\\]+$/, '')}/clip.json`;
  return `${out.replace(/\.[^./\\]+$/, '')}.json`;
}

export function clipManifest(
  plan: ClipPlan,
  made: {
    renderer: string;
    build: string;
    audioCodec: string | null;
    firstFrameSha256: string;
    lastFrameSha256: string;
  },
): ClipManifest {
  return {
    kind: MANIFEST_KIND,
    version: 1,
    scene: plan.sceneId,
    fromSec: plan.fromSec,
    toSec: plan.toSec,
    fps: plan.fps,
    width: plan.width,
    height: plan.height,
    quality: plan.quality,
    format: plan.format,
    lang: plan.lang,
    captions: plan.captions,
    projection: plan.projection,
    domeFovDeg: plan.domeFovDeg,
    domeTiltDeg: plan.domeTiltDeg,
    background: plan.background,
    audio: made.audioCodec,
    frames: { start: plan.frames.start, end: plan.frames.end, total: plan.frameCount },
    renderer: made.renderer,
    build: made.build,
    firstFrameSha256: made.firstFrameSha256,
    lastFrameSha256: made.lastFrameSha256,
  };
}

/** A sidecar read from disk, or a one-line reason it is not one of ours. */
export function parseManifest(text: string): ClipManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not JSON';
  }
  const m = value as Partial<ClipManifest> | null;
  if (!m || m.kind !== MANIFEST_KIND || m.version !== 1)
    return `is not a clip sidecar (expected "kind": "${MANIFEST_KIND}", "version": 1)`;
  const frames = m.frames;
  if (
    !frames ||
    ![frames.start, frames.end, frames.total].every(Number.isInteger) ||
    typeof m.scene !== 'string' ||
    typeof m.build !== 'string'
  )
    return 'lacks its scene, build or frames';
  return m as ClipManifest;
}

/** What must agree for slices to be one clip: the picture and the build that drew it. */
const SAME: readonly (keyof ClipManifest)[] = [
  'scene',
  'fromSec',
  'toSec',
  'fps',
  'width',
  'height',
  'quality',
  'format',
  'lang',
  'captions',
  'projection',
  'domeFovDeg',
  'domeTiltDeg',
  'background',
  'audio',
  'build',
];

/**
 * Checks that `parts` are slices of one clip that tile it with no gap or overlap; returns the
 * order to join them in, or a one-line reason. `names[i]` names part i.
 */
export function joinOrder(
  parts: readonly ClipManifest[],
  names: readonly string[],
): number[] | string {
  if (parts.length === 0) return 'no parts to join';
  const first = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    for (const key of SAME) {
      if (part[key] !== first[key])
        return `${names[i]} has ${key} ${String(part[key])}, ${names[0]} has ${String(first[key])}`;
    }
    if (part.frames.total !== first.frames.total)
      return `${names[i]} is a slice of ${part.frames.total} frames, ${names[0]} of ${first.frames.total}`;
  }
  const problem = tileProblem(
    parts.map((p) => p.frames),
    first.frames.total,
    (i) => names[i]!,
  );
  if (problem) return problem;
  return parts.map((_, i) => i).sort((a, b) => parts[a]!.frames.start - parts[b]!.frames.start);
}

/** The sidecar of the joined clip: the whole range, every renderer that drew a part. */
export function joinedManifest(parts: readonly ClipManifest[]): ClipManifest {
  const sorted = [...parts].sort((a, b) => a.frames.start - b.frames.start);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  return {
    ...first,
    frames: { start: 0, end: first.frames.total, total: first.frames.total },
    renderer: [...new Set(sorted.map((p) => p.renderer))].join(' + '),
    lastFrameSha256: last.lastFrameSha256,
  };
}
