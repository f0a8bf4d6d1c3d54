/**
 * Playback ⇄ UTC mapping of a scene: a piecewise linear time warp.
 *
 * A scene starts at `startUtcMs`; each segment then covers `playbackSec` seconds of playback
 * and ends at `untilUtcMs`. A fast segment compresses an orbit into seconds, a slow one runs a
 * key moment at real time, and a segment whose end equals its start holds the moment still.
 * Both directions are clamped to the scene and monotonic (non-decreasing), so seeking anywhere
 * is exact and no caller ever integrates time.
 */
export interface TimeSegment {
  readonly playbackSec: number;
  readonly untilUtcMs: number;
}

export interface Timeline {
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  readonly durationSec: number;
  /** Cumulative knots: knot i is where segment i starts; the last knot is the end. */
  readonly knots: readonly { readonly playbackSec: number; readonly utcMs: number }[];
}

export function createTimeline(startUtcMs: number, segments: readonly TimeSegment[]): Timeline {
  if (!Number.isFinite(startUtcMs)) throw new Error('timeline start must be a finite UTC time');
  if (segments.length === 0) throw new Error('timeline needs at least one segment');
  const knots = [{ playbackSec: 0, utcMs: startUtcMs }];
  let playbackSec = 0;
  let utcMs = startUtcMs;
  segments.forEach((segment, index) => {
    if (!(segment.playbackSec > 0)) {
      throw new Error(`segment ${index}: playbackSec must be > 0, got ${segment.playbackSec}`);
    }
    if (!(segment.untilUtcMs >= utcMs)) {
      throw new Error(`segment ${index}: ends before it starts`);
    }
    playbackSec += segment.playbackSec;
    utcMs = segment.untilUtcMs;
    knots.push({ playbackSec, utcMs });
  });
  return { startUtcMs, endUtcMs: utcMs, durationSec: playbackSec, knots };
}

/** UTC (epoch ms) shown at `playbackSec`, clamped to the scene. */
export function utcAt(timeline: Timeline, playbackSec: number): number {
  const { knots } = timeline;
  const t = clamp(Number.isFinite(playbackSec) ? playbackSec : 0, 0, timeline.durationSec);
  for (let i = 1; i < knots.length; i++) {
    const end = knots[i]!;
    if (t <= end.playbackSec) {
      const start = knots[i - 1]!;
      const fraction = (t - start.playbackSec) / (end.playbackSec - start.playbackSec);
      return start.utcMs + fraction * (end.utcMs - start.utcMs);
    }
  }
  return timeline.endUtcMs;
}

/**
 * First playback second at which `utcMs` is shown, clamped to the scene. Inside a hold
 * (a segment that freezes UTC) this is the start of the hold.
 */
export function playbackAt(timeline: Timeline, utcMs: number): number {
  const { knots } = timeline;
  if (!(utcMs > timeline.startUtcMs)) return 0;
  for (let i = 1; i < knots.length; i++) {
    const end = knots[i]!;
    if (utcMs <= end.utcMs) {
      const start = knots[i - 1]!;
      if (end.utcMs === start.utcMs) return start.playbackSec;
      const fraction = (utcMs - start.utcMs) / (end.utcMs - start.utcMs);
      return start.playbackSec + fraction * (end.playbackSec - start.playbackSec);
    }
  }
  return timeline.durationSec;
}

/** Simulated seconds per playback second at `playbackSec` (0 inside a hold). */
export function warpAt(timeline: Timeline, playbackSec: number): number {
  const { knots } = timeline;
  const t = clamp(playbackSec, 0, timeline.durationSec);
  for (let i = 1; i < knots.length; i++) {
    const end = knots[i]!;
    const start = knots[i - 1]!;
    if (t < end.playbackSec || i === knots.length - 1) {
      return (end.utcMs - start.utcMs) / 1000 / (end.playbackSec - start.playbackSec);
    }
  }
  return 1;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
