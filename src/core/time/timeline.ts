/**
 * Playback ⇄ UTC mapping of a scene: a time warp that changes speed smoothly.
 *
 * A scene starts at `startUtcMs`; each segment then covers `playbackSec` seconds of playback
 * and ends at `untilUtcMs`. A fast segment compresses an orbit into seconds, a slow one runs a
 * key moment at real time, and a segment whose end equals its start holds the moment still.
 * Every segment still ends exactly at its `untilUtcMs`, but where two segments meet the warp is the
 * slower one's: the faster one ramps to and from it over its first and last `RAMP_SEC`, cruising
 * a little faster in between to cover the same time. A view that follows a craft no longer sees
 * the ground leap from 38× to 458× between two frames, a fast segment eases into a hold, and a
 * segment slower than both its neighbours (a docking in real time) runs exactly as written. Both
 * directions are clamped to the scene and monotonic (non-decreasing), so seeking anywhere is
 * exact and no caller ever integrates time.
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
  /** Segment i's warp (UTC ms per playback second) at its start, in its cruise and at its end. */
  readonly warps: readonly SegmentWarp[];
}

interface SegmentWarp {
  readonly start: number;
  readonly cruise: number;
  readonly end: number;
  /** Playback seconds over which the warp ramps from `start` to `cruise`, and `cruise` to `end`. */
  readonly rampSec: number;
}

/** The longest a warp ramps, playback seconds; a segment spends at most a quarter of itself on each. */
const RAMP_SEC = 1.5;

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
  const nominal = segments.map((_, i) => spanMs(knots, i) / spanSec(knots, i));
  const warps = nominal.map((warp, i): SegmentWarp => {
    const start = Math.min(warp, nominal[i - 1] ?? warp);
    const end = Math.min(warp, nominal[i + 1] ?? warp);
    const rampSec = Math.min(RAMP_SEC, spanSec(knots, i) / 4);
    // The area under the warp is the segment's span: ramps are trapezoids, the cruise a rectangle.
    const cruise =
      (spanMs(knots, i) - (rampSec * (start + end)) / 2) / (spanSec(knots, i) - rampSec);
    return { start, cruise, end, rampSec };
  });
  return { startUtcMs, endUtcMs: utcMs, durationSec: playbackSec, knots, warps };
}

/** UTC (epoch ms) shown at `playbackSec`, clamped to the scene. */
export function utcAt(timeline: Timeline, playbackSec: number): number {
  const { knots, warps } = timeline;
  const t = clamp(Number.isFinite(playbackSec) ? playbackSec : 0, 0, timeline.durationSec);
  for (let i = 1; i < knots.length; i++) {
    const end = knots[i]!;
    if (t <= end.playbackSec) {
      const start = knots[i - 1]!;
      const { start: w0, cruise, end: w1, rampSec } = warps[i - 1]!;
      const fromStart = t - start.playbackSec;
      const toEnd = end.playbackSec - t;
      if (fromStart <= rampSec) return start.utcMs + rampArea(w0, cruise, rampSec, fromStart);
      if (toEnd <= rampSec) return end.utcMs - rampArea(w1, cruise, rampSec, toEnd);
      return start.utcMs + ((w0 + cruise) * rampSec) / 2 + cruise * (fromStart - rampSec);
    }
  }
  return timeline.endUtcMs;
}

/**
 * First playback second at which `utcMs` is shown, clamped to the scene. Inside a hold
 * (a segment that freezes UTC) this is the start of the hold.
 */
export function playbackAt(timeline: Timeline, utcMs: number): number {
  const { knots, warps } = timeline;
  if (!(utcMs > timeline.startUtcMs)) return 0;
  for (let i = 1; i < knots.length; i++) {
    const end = knots[i]!;
    if (utcMs <= end.utcMs) {
      const start = knots[i - 1]!;
      if (end.utcMs === start.utcMs) return start.playbackSec;
      const { start: w0, cruise, end: w1, rampSec } = warps[i - 1]!;
      const intoStart = utcMs - start.utcMs;
      const beforeEnd = end.utcMs - utcMs;
      if (intoStart <= ((w0 + cruise) * rampSec) / 2) {
        return start.playbackSec + rampTime(w0, cruise, rampSec, intoStart);
      }
      if (beforeEnd <= ((w1 + cruise) * rampSec) / 2) {
        return end.playbackSec - rampTime(w1, cruise, rampSec, beforeEnd);
      }
      return start.playbackSec + rampSec + (intoStart - ((w0 + cruise) * rampSec) / 2) / cruise;
    }
  }
  return timeline.durationSec;
}

/** Simulated seconds per playback second at `playbackSec` (0 inside a hold). */
export function warpAt(timeline: Timeline, playbackSec: number): number {
  const { knots, warps } = timeline;
  const t = clamp(playbackSec, 0, timeline.durationSec);
  for (let i = 1; i < knots.length; i++) {
    const end = knots[i]!;
    if (t < end.playbackSec || i === knots.length - 1) {
      const { start: w0, cruise, end: w1, rampSec } = warps[i - 1]!;
      const fromStart = t - knots[i - 1]!.playbackSec;
      const toEnd = end.playbackSec - t;
      const warp =
        fromStart < rampSec
          ? w0 + ((cruise - w0) * fromStart) / rampSec
          : toEnd < rampSec
            ? w1 + ((cruise - w1) * toEnd) / rampSec
            : cruise;
      return warp / 1000;
    }
  }
  return 1;
}

const spanMs = (knots: Timeline['knots'], i: number) => knots[i + 1]!.utcMs - knots[i]!.utcMs;
const spanSec = (knots: Timeline['knots'], i: number) =>
  knots[i + 1]!.playbackSec - knots[i]!.playbackSec;

/** UTC ms covered `sec` into a ramp from warp `from` towards `cruise` (linear in playback). */
function rampArea(from: number, cruise: number, rampSec: number, sec: number): number {
  return from * sec + ((cruise - from) * sec * sec) / (2 * rampSec);
}

/** The inverse of `rampArea`: playback seconds into the ramp at which `ms` are covered. */
function rampTime(from: number, cruise: number, rampSec: number, ms: number): number {
  if (ms <= 0) return 0;
  // The root of (cruise − from)/(2·ramp)·s² + from·s − ms = 0, written so it never divides by 0.
  return (2 * ms) / (from + Math.sqrt(from * from + (2 * (cruise - from) * ms) / rampSec));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
