/** A scene's sound section with every time converted and every frequency in Hz. */
import type { Beacon } from '../audio/beacon.ts';
import { playbackAt, type Timeline } from '../time/timeline.ts';
import { parseUtc } from '../time/utc.ts';
import type { CompiledSound } from './compiled-scene.ts';
import type { SceneFile } from './schema.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

export function compileSound(scene: SceneFile, timeline: Timeline): CompiledSound {
  const sound = scene.sound;
  const b = sound?.beacon;
  const beacon: Beacon | null = b
    ? {
        transmittersHz: b.transmittersMHz.map((mhz) => mhz * 1e6),
        pulseSec: b.pulseSec,
        tunedTo: b.transmittersMHz.indexOf(b.tunedMHz),
        beatOffsetHz: b.beatOffsetHz,
        listener: b.listener,
      }
    : null;
  return {
    beacon:
      b && beacon
        ? {
            bodyId: b.body,
            beacon,
            listenerName: b.listener.name,
            fromMs: utc(b.from),
            untilMs: b.until ? utc(b.until) : Number.POSITIVE_INFINITY,
            onPlaybackSec: playbackAt(timeline, utc(b.from)),
            sources: b.source,
          }
        : null,
    rumble: (sound?.rumble ?? []).map((r) => ({
      bodyId: r.body,
      fromMs: utc(r.from),
      untilMs: utc(r.until),
      thrustKn: r.thrustKn,
      source: r.source,
    })),
    narration: (sound?.narration ?? []).map((n) => {
      const caption = scene.captions[n.caption]!;
      return {
        caption: n.caption,
        lang: n.lang,
        file: n.file,
        fromSec: playbackAt(timeline, utc(caption.from)),
        untilSec: playbackAt(timeline, utc(caption.until)),
      };
    }),
  };
}

/** Whether anything in the scene makes a sound (clips then carry audio by default). */
export function hasSound(sound: CompiledSound): boolean {
  return sound.beacon !== null || sound.rumble.length > 0 || sound.narration.length > 0;
}
