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

export const RECORD_USAGE = `Usage: npm run record -- --scene <id> --out <clip.mp4|clip.webm> [options]

  --scene <id>            scene to record (see the scene list in the app)
  --out <file>            .mp4 (H.264) or .webm (VP9); subtitles go beside it
  --from <time>           playback seconds (42.5) or UTC (1957-10-04T19:28:34Z); default: start
  --to <time>             same forms; default: end of the scene
  --fps <n>               frames per second, 1–120; default ${CLIP_DEFAULTS.fps}
  --size <WxH>            pixels, even numbers; default ${CLIP_DEFAULTS.width}x${CLIP_DEFAULTS.height}
  --lang <hu|en>          language of burned-in captions; default ${CLIP_DEFAULTS.lang}
  --captions <burn|none>  draw captions into the picture; default ${CLIP_DEFAULTS.captions}
  --quality <low|medium|high>  render quality tier; default ${CLIP_DEFAULTS.quality}
  --audio <on|off>        sound track (AAC or Opus in MP4, Opus in WebM); default: on when the
                          scene has sound

Writes <file>, and <name>.hu.vtt, <name>.en.vtt, <name>.hu.srt, <name>.en.srt timed to the clip.`;

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
];

export type RecordArgs = { help: true } | { help: false; request: ClipRequest; out: string };

export function parseRecordArgs(argv: readonly string[]): RecordArgs {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
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
  const extension = /\.(mp4|webm)$/i.exec(out)?.[1]?.toLowerCase();
  if (!extension) throw new ClipError('out', `must end in .mp4 or .webm, got ${out}`);

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
    format: extension as ClipFormat,
    ...(given.has('audio') ? { audio: given.get('audio') as ClipAudio } : {}),
  };
  checkClipSettings(request);
  return { help: false, request, out };
}
