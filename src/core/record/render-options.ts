/**
 * How a clip is drawn and written beyond its range, size and rate: the projection (flat, a
 * planetarium's fisheye, a 360° equirectangular), the background (space, or transparent for
 * compositing) and the slice of frames this run renders (the rest come from other runs, joined
 * afterwards). The checks here refuse combinations that cannot make a sensible file.
 */
import {
  DOME_DEFAULTS,
  MAX_DOME_SIZE,
  PROJECTIONS,
  type ProjectionKind,
} from '../projection/dome-projection.ts';

export type ClipFormat = 'mp4' | 'webm' | 'png' | 'prores';
export const CLIP_FORMATS: readonly ClipFormat[] = ['mp4', 'webm', 'png', 'prores'];
export type Background = 'space' | 'transparent';
/** Formats the page encodes itself; the others get raw frames written by the CLI. */
export const ENCODED_IN_PAGE: readonly ClipFormat[] = ['mp4', 'webm'];
/** Formats that carry an alpha channel. */
export const ALPHA_FORMATS: readonly ClipFormat[] = ['png', 'prores'];

/** Frames [start, end) of the clip, by index. */
export interface FrameSlice {
  readonly start: number;
  readonly end: number;
}

export interface RenderOptions {
  /** Default flat. */
  readonly projection?: ProjectionKind;
  /** Fisheye only; defaults in DOME_DEFAULTS. */
  readonly domeFovDeg?: number;
  readonly domeTiltDeg?: number;
  /** Default space. */
  readonly background?: Background;
  /** Default: every frame of the clip. */
  readonly frames?: FrameSlice;
}

/** RenderOptions with every default filled in. */
export interface ResolvedRenderOptions {
  readonly projection: ProjectionKind;
  readonly domeFovDeg: number;
  readonly domeTiltDeg: number;
  readonly background: Background;
  readonly frames: FrameSlice;
}

/** Equirectangular output is at most 8K wide: 360° players and encoders stop there. */
export const MAX_EQUIRECT_WIDTH = 8192;
/** Seconds between key frames: cheap cutting points for editors, and where slices may start. */
export const KEY_FRAME_INTERVAL_SEC = 1;

/** A refused combination: `option` names the setting, `detail` says why. */
export class RenderOptionError extends Error {
  constructor(
    readonly option: string,
    readonly detail: string,
  ) {
    super(`${option}: ${detail}`);
    this.name = 'ClipError';
  }
}

/** Frames between key frames at `fps`. */
export function keyFrameEvery(fps: number): number {
  return Math.max(1, Math.round(fps * KEY_FRAME_INTERVAL_SEC));
}

/** The --size rule of a wide projection (the flat limit does not apply), or null when it fits. */
export function wideSizeProblem(
  projection: ProjectionKind,
  width: number,
  height: number,
): string | null {
  if (projection === 'fisheye' && (width !== height || width > MAX_DOME_SIZE))
    return `must be square for --projection fisheye, up to ${MAX_DOME_SIZE}x${MAX_DOME_SIZE}, got ${width}x${height}`;
  if (projection === 'equirect' && (width !== 2 * height || width > MAX_EQUIRECT_WIDTH))
    return `must be 2:1 for --projection equirect, up to ${MAX_EQUIRECT_WIDTH}x${MAX_EQUIRECT_WIDTH / 2}, got ${width}x${height}`;
  return null;
}

/**
 * Fills in defaults and checks the options against the clip's format and frame count; throws
 * RenderOptionError naming the option at fault.
 */
export function resolveRenderOptions(
  options: RenderOptions,
  clip: { format: ClipFormat; fps: number; frameCount: number },
): ResolvedRenderOptions {
  const projection = options.projection ?? 'flat';
  if (!PROJECTIONS.includes(projection))
    throw new RenderOptionError(
      'projection',
      `must be flat, fisheye or equirect, got ${String(projection)}`,
    );
  const domeFovDeg = options.domeFovDeg ?? DOME_DEFAULTS.fovDeg;
  const domeTiltDeg = options.domeTiltDeg ?? DOME_DEFAULTS.tiltDeg;
  const domeGiven = options.domeFovDeg !== undefined || options.domeTiltDeg !== undefined;
  if (domeGiven && projection !== 'fisheye')
    throw new RenderOptionError('dome-tilt', 'and --dome-fov need --projection fisheye');
  if (!Number.isFinite(domeFovDeg) || domeFovDeg < 90 || domeFovDeg > 270)
    throw new RenderOptionError('dome-fov', `must be 90 to 270 degrees, got ${domeFovDeg}`);
  if (!Number.isFinite(domeTiltDeg) || domeTiltDeg < 0 || domeTiltDeg > 90)
    throw new RenderOptionError('dome-tilt', `must be 0 to 90 degrees, got ${domeTiltDeg}`);

  const background = options.background ?? 'space';
  if (background !== 'space' && background !== 'transparent')
    throw new RenderOptionError(
      'background',
      `must be space or transparent, got ${String(background)}`,
    );
  if (background === 'transparent' && !ALPHA_FORMATS.includes(clip.format))
    throw new RenderOptionError(
      'background',
      `transparent needs --format png or prores (${clip.format} has no alpha channel)`,
    );
  if (background === 'transparent' && projection !== 'flat')
    throw new RenderOptionError(
      'background',
      `transparent is for compositing flat frames, not --projection ${projection}`,
    );

  const frames = options.frames ?? { start: 0, end: clip.frameCount };
  const { start, end } = frames;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start)
    throw new RenderOptionError(
      'frames',
      `must be START:END with 0 <= START < END, got ${start}:${end}`,
    );
  if (end > clip.frameCount)
    throw new RenderOptionError(
      'frames',
      `${start}:${end} is outside the clip's ${clip.frameCount} frames (0:${clip.frameCount})`,
    );
  const every = keyFrameEvery(clip.fps);
  if (ENCODED_IN_PAGE.includes(clip.format) && start % every !== 0)
    throw new RenderOptionError(
      'frames',
      `START must be a multiple of ${every} (a key frame every ${KEY_FRAME_INTERVAL_SEC} s at ${clip.fps} fps) so slices join without re-encoding, got ${start}`,
    );
  return { projection, domeFovDeg, domeTiltDeg, background, frames: { start, end } };
}
