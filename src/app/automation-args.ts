/**
 * The automation API's arguments (`window.urverseny`), as zod schemas: each call's argument is
 * parsed once at the boundary, and a bad one becomes one TypeError that says what the call takes.
 */
import { z } from '../core/zod.ts';
import { EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';
import { parseUtc } from '../core/time/utc.ts';
import { LANGS } from '../player/lang.ts';
import { parseTimeParam, type TimeParam } from '../player/url-params.ts';
import { QUALITIES } from '../view/quality.ts';

const finite = z.number().finite();
const utc = z.string().transform((text, ctx) => {
  const ms = parseUtc(text);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: 'an ISO UTC string ending in Z' });
    return z.NEVER;
  }
  return ms;
});

export const sceneIdArg = z.string();

/** Playback seconds ≥ 0 or an ISO UTC string. */
export const timeArg = z.union([finite.min(0), z.string()]).transform((t, ctx): TimeParam => {
  const time = typeof t === 'number' ? ({ kind: 'playback', sec: t } as const) : parseTimeParam(t);
  if (!time) {
    ctx.addIssue({ code: 'custom', message: 'not a time' });
    return z.NEVER;
  }
  return time;
});

export const rateArg = z.number();
export const langArg = z.enum(LANGS);
export const qualityArg = z.enum(QUALITIES);

/** A viewpoint above a place: longitude as azimuth, latitude as elevation, outside the Earth. */
const placeView = z.strictObject({
  utc,
  latDeg: finite,
  lonDeg: finite,
  distanceKm: finite.gt(EARTH_RADIUS_KM),
  fovDeg: finite.optional(),
});

/** A viewpoint near a body, in its own frame (azimuth from its velocity). */
const bodyView = z.strictObject({
  utc,
  target: z.string(),
  distanceKm: finite.positive(),
  azimuthDeg: finite,
  elevationDeg: finite,
  fovDeg: finite.optional(),
});

export const inspectArg = z.union([z.null(), bodyView, placeView]);
export type InspectArg = z.output<typeof inspectArg>;

export const projectArgs = z.tuple([finite, finite]);

export const clipRequestArg = z.looseObject({}); // checked in full by planClip, with its own messages
export const recordHooksArg = z.looseObject({
  write: z.custom<(data: Uint8Array, position: number) => void>((w) => typeof w === 'function'),
});
export const frameIndicesArg = z.array(z.number().int().min(0));

/** The argument parsed by `schema`, or a TypeError saying what the call takes and what it got. */
export function parseArg<S extends z.ZodType>(
  schema: S,
  value: unknown,
  usage: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new TypeError(`${usage}, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Big integers, cycles and objects without a prototype cannot be written out.
    try {
      return String(value);
    } catch {
      return `a value of type ${typeof value}`;
    }
  }
}
