import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { root } from '../helpers/scenes.ts';

export interface VideoProbe {
  codec: string;
  width: number;
  height: number;
  /** Frames counted by decoding the whole stream. */
  frames: number;
  durationSec: number;
}

/** ffprobe (from ffmpeg), decoding every frame: an independent check of what we wrote. */
export function probeVideo(path: string): VideoProbe {
  const json = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-count_frames',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=codec_name,width,height,nb_read_frames,duration',
      '-of',
      'json',
      path,
    ],
    { encoding: 'utf8' },
  );
  const info = JSON.parse(json) as {
    streams: {
      codec_name: string;
      width: number;
      height: number;
      nb_read_frames: string;
      duration: string;
    }[];
  };
  const stream = info.streams[0]!;
  return {
    codec: stream.codec_name,
    width: stream.width,
    height: stream.height,
    frames: Number(stream.nb_read_frames),
    // The video stream's own length: a sound track may end a few milliseconds later.
    durationSec: Number(stream.duration),
  };
}

export interface ParsedCue {
  startSec: number;
  endSec: number;
  text: string;
}

/** A strict little WebVTT reader: header, then `hh:mm:ss.mmm --> hh:mm:ss.mmm` and text. */
export function parseVtt(text: string): ParsedCue[] {
  const blocks = text.trim().split(/\n\n+/);
  if (blocks[0] !== 'WEBVTT') throw new Error(`not WebVTT: ${JSON.stringify(text.slice(0, 20))}`);
  const seconds = (stamp: string) => {
    const [h, m, s] = stamp.split(':').map(Number) as [number, number, number];
    return h * 3600 + m * 60 + s;
  };
  return blocks.slice(1).map((block) => {
    const [timing, ...lines] = block.split('\n');
    const match = /^(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})$/.exec(timing ?? '');
    if (!match || lines.length === 0) throw new Error(`bad cue: ${JSON.stringify(block)}`);
    return { startSec: seconds(match[1]!), endSec: seconds(match[2]!), text: lines.join('\n') };
  });
}

export interface CliRun {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr: () => string;
  done: Promise<{ code: number | null; stderr: string }>;
}

/**
 * Runs `npm run record -- …` (node scripts/record.mjs) against the built app; in software WebGL
 * (`--gpu off`) unless the arguments choose, so frames are the same on every machine.
 */
export function runRecord(args: string[], env: Record<string, string> = {}): CliRun {
  const gpu = args.some((arg) => arg.startsWith('--gpu')) ? [] : ['--gpu', 'off'];
  return runScript('scripts/record.mjs', [...args, ...gpu], env);
}

/** Runs `npm run record:join -- …`. */
export function runJoin(args: string[]): CliRun {
  return runScript('scripts/record-join.mjs', args, {});
}

function runScript(script: string, args: string[], env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout!.resume();
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr })),
  );
  return { child, stderr: () => stderr, done };
}

export interface ProcessId {
  pid: number;
  /** Start time in clock ticks since boot: tells a process from a later one with its pid. */
  start: string;
}

function readStat(pid: number | string): { ppid: number; start: string } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { ppid: Number(fields[1]), start: fields[19]! };
  } catch {
    return null;
  }
}

/** `pid` and every process below it, now. */
export function processTree(pid: number): ProcessId[] {
  const children = new Map<number, ProcessId[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push({ pid: Number(entry), start: stat.start });
    children.set(stat.ppid, list);
  }
  const root = readStat(pid);
  const tree: ProcessId[] = root ? [{ pid, start: root.start }] : [];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!.pid) ?? []));
  return tree;
}

/** Those of `processes` still running (same pid and start time). */
export function stillRunning(processes: readonly ProcessId[]): ProcessId[] {
  return processes.filter((p) => readStat(p.pid)?.start === p.start);
}

/** Processes whose environment holds `tag` (a browser the CLI left behind would). */
export function processesTagged(tag: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(tag)) found.push(Number(entry));
    } catch {
      // the process ended or is not ours to read
    }
  }
  return found;
}
