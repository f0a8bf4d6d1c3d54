/**
 * Rules of a scene's sound beyond its shape: references to bodies, captions and sources, times
 * inside the scene, and narration files that exist and fit their caption's slot.
 */
import { createTimeline, playbackAt, type Timeline } from '../time/timeline.ts';
import { parseUtc } from '../time/utc.ts';
import type { SceneProblem } from './scene-error.ts';
import type { SceneFile } from './schema.ts';

/**
 * The audio files beside the scenes: path relative to `scenes/` (e.g. `audio/x/hu-01.wav`) →
 * length in seconds, or null where it is known to exist but its length is not (the browser
 * knows it only once decoded), or a string saying why it is unreadable.
 */
export type SceneAudioFiles = ReadonlyMap<string, number | string | null>;

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

export function soundProblems(scene: SceneFile, audio?: SceneAudioFiles): SceneProblem[] {
  const sound = scene.sound;
  if (!sound) return [];
  const problems: SceneProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  let timeline: Timeline;
  try {
    timeline = createTimeline(
      utc(scene.time.start),
      scene.time.segments.map((s) => ({ playbackSec: s.playbackSec, untilUtcMs: utc(s.until) })),
    );
  } catch {
    return []; // the time rules report the broken segments
  }
  const bodyIds = scene.bodies.map((b) => b.id);
  const body = (path: string, id: string) => {
    if (!bodyIds.includes(id))
      add(path, `expected a body id (${bodyIds.join(', ')}), found "${id}"`);
  };
  const source = (path: string, tag: string) => {
    if (!(tag in scene.sources))
      add(path, `expected a source tag listed in "sources", found "${tag}"`);
  };
  const inScene = (path: string, text: string) => {
    const ms = utc(text);
    if (ms < timeline.startUtcMs || ms > timeline.endUtcMs)
      add(path, `expected a time within the scene, found "${text}"`);
  };

  const beacon = sound.beacon;
  if (beacon) {
    body('sound.beacon.body', beacon.body);
    if (!beacon.transmittersMHz.includes(beacon.tunedMHz))
      add(
        'sound.beacon.tunedMHz',
        `expected one of transmittersMHz (${beacon.transmittersMHz.join(', ')}), found ${beacon.tunedMHz}`,
      );
    if (beacon.until && utc(beacon.until) <= utc(beacon.from))
      add('sound.beacon.until', `expected a time after "from", found "${beacon.until}"`);
    beacon.source.forEach((tag, i) => source(`sound.beacon.source[${i}]`, tag));
  }

  (sound.rumble ?? []).forEach((r, i) => {
    body(`sound.rumble[${i}].body`, r.body);
    source(`sound.rumble[${i}].source`, r.source);
    inScene(`sound.rumble[${i}].from`, r.from);
    if (utc(r.until) <= utc(r.from))
      add(`sound.rumble[${i}].until`, `expected a time after "from", found "${r.until}"`);
  });

  const seen = new Set<string>();
  (sound.narration ?? []).forEach((n, i) => {
    const path = `sound.narration[${i}]`;
    const caption = scene.captions[n.caption];
    if (!caption) {
      add(
        `${path}.caption`,
        `expected a caption index 0–${scene.captions.length - 1}, found ${n.caption}`,
      );
      return;
    }
    const key = `${n.caption}:${n.lang}`;
    if (seen.has(key))
      add(
        path,
        `expected one recording per caption and language, found caption ${n.caption} (${n.lang}) twice`,
      );
    seen.add(key);
    if (!audio) return;
    const length = audio.get(n.file);
    if (length === undefined) {
      add(`${path}.file`, `expected an audio file at scenes/${n.file}, found none`);
      return;
    }
    if (typeof length === 'string') {
      add(`${path}.file`, `expected a 16-bit PCM WAV at scenes/${n.file}, found ${length}`);
      return;
    }
    if (length === null) return;
    const slotSec =
      playbackAt(timeline, utc(caption.until)) - playbackAt(timeline, utc(caption.from));
    if (length > slotSec + 1e-3)
      add(
        `${path}.file`,
        `expected a recording no longer than its caption's ${slotSec.toFixed(2)} s, found ${length.toFixed(2)} s in scenes/${n.file}`,
      );
  });
  return problems;
}
