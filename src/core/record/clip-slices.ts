/**
 * Cutting a clip into slices that separate runs render (pages on one machine, or machines), and
 * checking that slices brought back together make the whole clip. A slice starts on a key frame,
 * so its segment joins the others by copying, never re-encoding.
 */
import { keyFrameEvery, type FrameSlice } from './render-options.ts';

/**
 * Up to `jobs` contiguous slices of `frameCount` frames, each starting on a key frame, as even as
 * the key frames allow (fewer slices when the clip has fewer key frames than jobs).
 */
export function splitFrames(frameCount: number, jobs: number, fps: number): FrameSlice[] {
  const every = keyFrameEvery(fps);
  const groups = Math.ceil(frameCount / every);
  const count = Math.max(1, Math.min(jobs, groups));
  const slices: FrameSlice[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.min(frameCount, Math.round((i * groups) / count) * every);
    const end = Math.min(frameCount, Math.round(((i + 1) * groups) / count) * every);
    slices.push({ start, end });
  }
  return slices;
}

/** "120:240" → {start: 120, end: 240}; null when it is not START:END in whole frames. */
export function parseFrameSlice(text: string): FrameSlice | null {
  const match = /^(\d+):(\d+)$/.exec(text);
  if (!match) return null;
  return { start: Number(match[1]), end: Number(match[2]) };
}

/**
 * Slices sorted by start, or the first way they fail to tile [0, total): a gap, an overlap, or
 * an end short of the clip. `name(i)` names slice i in the message.
 */
export function tileProblem(
  slices: readonly FrameSlice[],
  total: number,
  name: (index: number) => string,
): string | null {
  const order = slices.map((slice, index) => ({ slice, index }));
  order.sort((a, b) => a.slice.start - b.slice.start);
  let next = 0;
  for (const { slice, index } of order) {
    if (slice.start > next)
      return `frames ${next}:${slice.start} are missing (a gap before ${name(index)})`;
    if (slice.start < next)
      return `${name(index)} (frames ${slice.start}:${slice.end}) overlaps frames before ${next}`;
    next = slice.end;
  }
  if (next !== total) return `frames ${next}:${total} are missing (the clip has ${total})`;
  return null;
}
