/**
 * `npm run record -- …` arguments → a ClipRequest and an output path. Pure: the CLI adds the
 * file-system checks (is the output writable?) and the scene checks come from `planClip`.
 */
import {
  CLIP_DEFAULTS,
  ClipError,
  checkClipSettings,
  parseClipTime,
  type CaptionMode,
  type ClipAudio,
  type ClipFormat,
  type ClipLang,
  type ClipRequest,
  type ClipTime,
  type RenderQuality,
} from './clip-plan.ts';
import { parseFrameSlice } from './clip-slices.ts';
import { CLIP_FORMATS, type Background } from './render-options.ts';
import { PROJECTIONS, type ProjectionKind } from '../projection/dome-projection.ts';

export const RECORD_USAGE = `Usage: npm run record -- --scene <id> --out <clip.mp4|clip.webm|clip.mov|folder> [options]

  --scene <id>            scene to record (see the scene list in the app)
  --out <file>            .mp4 (H.264), .webm (VP9), .mov (ProRes) or a folder (--format png);
                          subtitles and the clip.json sidecar go beside it
  --from <time>           playback seconds (42.5) or UTC (1957-10-04T19:28:34Z); default: start
  --to <time>             same forms; default: end of the scene
  --fps <n>               frames per second, 1–120; default ${CLIP_DEFAULTS.fps}
  --size <WxH>            pixels, even numbers; default ${CLIP_DEFAULTS.width}x${CLIP_DEFAULTS.height}
  --lang <hu|en>          language of burned-in captions; default ${CLIP_DEFAULTS.lang}
  --captions <burn|none>  draw captions into the picture; default ${CLIP_DEFAULTS.captions}
  --quality <low|medium|high>  render quality tier; default ${CLIP_DEFAULTS.quality}
  --format <mp4|webm|png|prores>  default: from --out's extension; png writes 000000.png… into
                          the folder, prores a .mov (422 HQ, or 4444 with alpha) via ffmpeg
  --background <space|transparent>  transparent: no stars or space, alpha around Earth and craft
                          (png and prores only)
  --projection <flat|fisheye|equirect>  fisheye: a dome master (square, up to 4096x4096);
                          equirect: a 360° video (2:1, with spherical metadata in MP4)
  --dome-fov <deg>        fisheye field, 90–270; default 180
  --dome-tilt <deg>       fisheye axis pitched up from the scripted view, 0–90; default 0
  --gpu <auto|on|off>     hardware WebGL: auto falls back to software; on fails without a GPU
  --jobs <n>              render n slices in parallel and join them; default: by the machine
  --frames <a:b>          render only frames a…b−1 of the clip (a slice to join with record:join)
  --audio <on|off>        sound track (AAC or Opus in MP4, Opus in WebM); default: on when the
                          scene has sound (mp4 and webm only)

Writes <file>, <name>.json (what was rendered, by which renderer), and <name>.hu.vtt,
<name>.en.vtt, <name>.hu.srt, <name>.en.srt timed to the clip.`;

const OPTIONS = [
  'scene',
  'out',
  'from',
  'to',
  'fps',
  'size',
  'lang',
  'captions',
  'quality',
  'audio',
  'format',
  'background',
  'projection',
  'dome-fov',
  'dome-tilt',
  'gpu',
  'jobs',
  'frames',
];

export type GpuChoice = 'auto' | 'on' | 'off';
export const MAX_JOBS = 64;

export type RecordArgs =
  | { help: true }
  | {
      help: false;
      request: ClipRequest;
      out: string;
      gpu: GpuChoice;
      /** null: the machine's default. */
      jobs: number | null;
    };

const EXTENSIONS: Record<string, ClipFormat> = { mp4: 'mp4', webm: 'webm', mov: 'prores' };

/** The output format from --format and --out, or a ClipError saying how they disagree. */
function outputFormat(out: string, format: string | undefined): ClipFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(out)?.[1]?.toLowerCase();
  const byExtension = extension ? EXTENSIONS[extension] : undefined;
  if (format === undefined) {
    if (!byExtension)
      throw new ClipError(
        'out',
        `must end in .mp4, .webm or .mov (or be a folder with --format png), got ${out}`,
      );
    return byExtension;
  }
  if (!(CLIP_FORMATS as readonly string[]).includes(format))
    throw new ClipError('format', `must be ${CLIP_FORMATS.join(', ')}, got ${format}`);
  if (format === 'png') {
    if (byExtension) throw new ClipError('out', `must be a folder for --format png, got ${out}`);
  } else if (byExtension !== format)
    throw new ClipError(
      'out',
      `must end in .${format === 'prores' ? 'mov' : format} for --format ${format}, got ${out}`,
    );
  return format as ClipFormat;
}

export function parseRecordArgs(argv: readonly string[]): RecordArgs {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new ClipError('arguments', `unexpected "${arg}"; see --help`);
    const name = match[1]!;
    if (!OPTIONS.includes(name))
      throw new ClipError('arguments', `unknown option --${name}; see --help`);
    if (given.has(name)) throw new ClipError(name, 'given twice');
    let value = match[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ClipError(name, 'needs a value');
      i++;
    }
    given.set(name, value);
  }
  const sceneId = given.get('scene');
  if (!sceneId)
    throw new ClipError(
      'scene',
      'is required: a scene id (the name of a file in scenes/, without .json)',
    );
  const out = given.get('out');
  if (!out) throw new ClipError('out', 'is required, e.g. --out clip.mp4');
  const format = outputFormat(out, given.get('format'));

  const time = (name: 'from' | 'to'): ClipTime | undefined => {
    const text = given.get(name);
    if (text === undefined) return undefined;
    const parsed = parseClipTime(text);
    if (!parsed)
      throw new ClipError(
        name,
        `must be playback seconds (42.5) or a UTC time (1957-10-04T19:28:34Z), got ${text}`,
      );
    return parsed;
  };
  const number = (name: string, fallback: number): number => {
    const text = given.get(name);
    if (text === undefined) return fallback;
    return /^\d+$/.test(text) ? Number(text) : Number.NaN;
  };
  let width: number = CLIP_DEFAULTS.width;
  let height: number = CLIP_DEFAULTS.height;
  const size = given.get('size');
  if (size !== undefined) {
    const parts = /^(\d+)x(\d+)$/.exec(size);
    if (!parts) throw new ClipError('size', `must be WIDTHxHEIGHT, e.g. 1920x1080, got ${size}`);
    width = Number(parts[1]);
    height = Number(parts[2]);
  }
  const fps = number('fps', CLIP_DEFAULTS.fps);
  if (Number.isNaN(fps))
    throw new ClipError('fps', `must be a whole number from 1 to 120, got ${given.get('fps')}`);
  const from = time('from');
  const to = time('to');
  const request: ClipRequest = {
    sceneId,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    fps,
    width,
    height,
    lang: (given.get('lang') ?? CLIP_DEFAULTS.lang) as ClipLang,
    captions: (given.get('captions') ?? CLIP_DEFAULTS.captions) as CaptionMode,
    quality: (given.get('quality') ?? CLIP_DEFAULTS.quality) as RenderQuality,
    format,
    ...renderOptions(given),
    ...(given.has('audio') ? { audio: given.get('audio') as ClipAudio } : {}),
  };
  checkClipSettings(request);
  const gpu = given.get('gpu') ?? 'auto';
  if (!['auto', 'on', 'off'].includes(gpu))
    throw new ClipError('gpu', `must be auto, on or off, got ${gpu}`);
  const jobsText = given.get('jobs');
  let jobs: number | null = null;
  if (jobsText !== undefined) {
    jobs = /^\d+$/.test(jobsText) ? Number(jobsText) : Number.NaN;
    if (!(jobs >= 1 && jobs <= MAX_JOBS))
      throw new ClipError('jobs', `must be a whole number from 1 to ${MAX_JOBS}, got ${jobsText}`);
    if (given.has('frames'))
      throw new ClipError('jobs', 'cannot be combined with --frames (a slice is one job)');
  }
  return { help: false, request, out, gpu: gpu as GpuChoice, jobs };
}

/** --projection, --dome-*, --background and --frames; checked against the clip in planClip. */
function renderOptions(given: ReadonlyMap<string, string>): Partial<ClipRequest> {
  const options: {
    projection?: ProjectionKind;
    domeFovDeg?: number;
    domeTiltDeg?: number;
    background?: Background;
    frames?: { start: number; end: number };
  } = {};
  const projection = given.get('projection');
  if (projection !== undefined) {
    if (!(PROJECTIONS as readonly string[]).includes(projection))
      throw new ClipError('projection', `must be flat, fisheye or equirect, got ${projection}`);
    options.projection = projection as ProjectionKind;
  }
  const degrees = (name: string): number | undefined => {
    const text = given.get(name);
    if (text === undefined) return undefined;
    if (!/^-?\d+(\.\d+)?$/.test(text))
      throw new ClipError(name, `must be degrees as a number, got ${text}`);
    return Number(text);
  };
  const fov = degrees('dome-fov');
  if (fov !== undefined) options.domeFovDeg = fov;
  const tilt = degrees('dome-tilt');
  if (tilt !== undefined) options.domeTiltDeg = tilt;
  const background = given.get('background');
  if (background !== undefined) options.background = background as Background;
  const frames = given.get('frames');
  if (frames !== undefined) {
    const slice = parseFrameSlice(frames);
    if (!slice)
      throw new ClipError('frames', `must be START:END in frames, e.g. 0:90, got ${frames}`);
    options.frames = slice;
  }
  return options;
}
