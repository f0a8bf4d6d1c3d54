import { describe, expect, it } from 'vitest';
import { parseRecordArgs } from '../../../../src/core/record/record-args.ts';

function refusal(argv: string[]): string {
  try {
    parseRecordArgs(argv);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseRecordArgs to refuse');
}

describe('record CLI arguments', () => {
  it('reads every option, in either --name value or --name=value form', () => {
    const args = parseRecordArgs([
      '--scene',
      'vostok-1',
      '--from=1961-04-12T06:07:00Z',
      '--to',
      '75.5',
      '--fps',
      '25',
      '--size=1280x720',
      '--lang',
      'en',
      '--captions',
      'none',
      '--quality',
      'medium',
      '--out',
      'out/Clip.WEBM',
    ]);
    expect(args).toEqual({
      help: false,
      out: 'out/Clip.WEBM',
      request: {
        sceneId: 'vostok-1',
        from: { kind: 'utc', ms: Date.UTC(1961, 3, 12, 6, 7) },
        to: { kind: 'playback', sec: 75.5 },
        fps: 25,
        width: 1280,
        height: 720,
        lang: 'en',
        captions: 'none',
        quality: 'medium',
        format: 'webm',
      },
      gpu: 'auto',
      jobs: null,
    });
  });

  it('fills in the defaults: whole scene, 30 fps, 1920x1080, Hungarian, burned in, high', () => {
    const args = parseRecordArgs(['--scene', 'sputnik-1', '--out', 'clip.mp4']);
    expect(args).toEqual({
      help: false,
      out: 'clip.mp4',
      request: {
        sceneId: 'sputnik-1',
        fps: 30,
        width: 1920,
        height: 1080,
        lang: 'hu',
        captions: 'burn',
        quality: 'high',
        format: 'mp4',
      },
      gpu: 'auto',
      jobs: null,
    });
  });

  it('reads --audio on|off, and leaves it unset (on when the scene has sound) without it', () => {
    const base = ['--scene', 'sputnik-1', '--out', 'clip.webm'];
    const read = (args: string[]) => {
      const parsed = parseRecordArgs(args);
      return parsed.help ? null : parsed.request.audio;
    };
    expect(read([...base, '--audio', 'off'])).toBe('off');
    expect(read([...base, '--audio=on'])).toBe('on');
    expect(read(base)).toBeUndefined();
  });

  it('answers --help anywhere', () => {
    expect(parseRecordArgs(['--scene', 'x', '--help'])).toEqual({ help: true });
  });

  it('refuses bad arguments with one line naming the option', () => {
    const base = ['--scene', 'sputnik-1', '--out', 'clip.mp4'];
    expect(refusal([...base, '--fps', '0'])).toBe(
      'fps: must be a whole number from 1 to 120, got 0',
    );
    expect(refusal([...base, '--fps', 'fast'])).toBe(
      'fps: must be a whole number from 1 to 120, got fast',
    );
    expect(refusal([...base, '--size', '1280*720'])).toBe(
      'size: must be WIDTHxHEIGHT, e.g. 1920x1080, got 1280*720',
    );
    expect(refusal([...base, '--size', '1281x720'])).toMatch(/^size: must be WIDTHxHEIGHT in even/);
    expect(refusal([...base, '--from', 'noon'])).toMatch(/^from: must be playback seconds/);
    expect(refusal([...base, '--captions', 'soft'])).toBe(
      'captions: must be burn or none, got soft',
    );
    expect(refusal([...base, '--frame', '3'])).toBe(
      'arguments: unknown option --frame; see --help',
    );
    expect(refusal([...base, 'extra'])).toBe('arguments: unexpected "extra"; see --help');
    expect(refusal([...base, '--audio', 'loud'])).toBe('audio: must be on or off, got loud');
    expect(refusal([...base, '--lang'])).toBe('lang: needs a value');
    expect(refusal([...base, '--scene', 'vostok-1'])).toBe('scene: given twice');
    expect(refusal(['--out', 'clip.mp4'])).toBe(
      'scene: is required: a scene id (the name of a file in scenes/, without .json)',
    );
    expect(refusal(['--scene', 'sputnik-1'])).toBe('out: is required, e.g. --out clip.mp4');
    expect(refusal(['--scene', 'sputnik-1', '--out', 'clip.avi'])).toBe(
      'out: must end in .mp4, .webm or .mov (or be a folder with --format png), got clip.avi',
    );
  });

  it('reads the scaling, format and projection options', () => {
    const args = parseRecordArgs([
      ...['--scene', 'sputnik-1', '--out', 'dome.mp4', '--size', '4096x4096'],
      ...['--projection', 'fisheye', '--dome-tilt', '22.5', '--dome-fov', '200'],
      ...['--gpu', 'off', '--jobs', '3'],
    ]);
    expect(args).toMatchObject({
      gpu: 'off',
      jobs: 3,
      request: { projection: 'fisheye', domeTiltDeg: 22.5, domeFovDeg: 200, width: 4096 },
    });
    const slice = parseRecordArgs(['--scene', 'x', '--out', 'part.mov', '--frames', '30:60']);
    expect(slice).toMatchObject({
      jobs: null,
      request: { format: 'prores', frames: { start: 30, end: 60 } },
    });
    const png = parseRecordArgs(['--scene', 'x', '--out', 'frames/', '--format', 'png']);
    expect(png).toMatchObject({ request: { format: 'png' } });
    const alpha = ['--format', 'prores', '--background', 'transparent'];
    expect(parseRecordArgs(['--scene', 'x', '--out', 'a.mov', ...alpha])).toMatchObject({
      request: { format: 'prores', background: 'transparent' },
    });
  });

  it('refuses bad combinations of the scaling, format and projection options', () => {
    const base = ['--scene', 'sputnik-1', '--out', 'clip.mp4'];
    expect(refusal([...base, '--jobs', '0'])).toBe(
      'jobs: must be a whole number from 1 to 64, got 0',
    );
    expect(refusal([...base, '--jobs', '2', '--frames', '0:30'])).toBe(
      'jobs: cannot be combined with --frames (a slice is one job)',
    );
    expect(refusal([...base, '--gpu', 'maybe'])).toBe('gpu: must be auto, on or off, got maybe');
    expect(refusal([...base, '--frames', '30-60'])).toBe(
      'frames: must be START:END in frames, e.g. 0:90, got 30-60',
    );
    expect(refusal([...base, '--projection', 'fisheye', '--size', '1920x1080'])).toBe(
      'size: must be square for --projection fisheye, up to 4096x4096, got 1920x1080',
    );
    expect(refusal([...base, '--projection', 'fisheye', '--size', '8192x8192'])).toMatch(
      /^size: must be square for --projection fisheye, up to 4096x4096/,
    );
    expect(refusal([...base, '--projection', 'equirect', '--size', '1920x1080'])).toBe(
      'size: must be 2:1 for --projection equirect, up to 8192x4096, got 1920x1080',
    );
    expect(refusal([...base, '--projection', 'cube'])).toBe(
      'projection: must be flat, fisheye or equirect, got cube',
    );
    expect(refusal([...base, '--format', 'png'])).toBe(
      'out: must be a folder for --format png, got clip.mp4',
    );
    expect(refusal([...base, '--format', 'prores'])).toBe(
      'out: must end in .mov for --format prores, got clip.mp4',
    );
    expect(refusal([...base, '--format', 'gif'])).toBe(
      'format: must be mp4, webm, png, prores, got gif',
    );
    expect(refusal([...base, '--dome-tilt', 'up'])).toBe(
      'dome-tilt: must be degrees as a number, got up',
    );
  });
});
