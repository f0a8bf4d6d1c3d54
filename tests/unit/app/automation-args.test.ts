/** The automation API's arguments: parsed at the boundary, one clear TypeError when wrong. */
import { describe, expect, it } from 'vitest';
import {
  frameIndicesArg,
  inspectArg,
  langArg,
  parseArg,
  timeArg,
} from '../../../src/app/automation-args.ts';
import { EARTH_RADIUS_KM } from '../../../src/core/orbit/kepler.ts';

const SEEK = 'seek(t): t must be playback seconds ≥ 0 or an ISO UTC string ending in Z';

describe('automation arguments', () => {
  it('parse times as playback seconds or UTC', () => {
    expect(parseArg(timeArg, 12.5, SEEK)).toEqual({ kind: 'playback', sec: 12.5 });
    expect(parseArg(timeArg, '30', SEEK)).toEqual({ kind: 'playback', sec: 30 });
    expect(parseArg(timeArg, '1957-10-04T19:28:34Z', SEEK)).toEqual({
      kind: 'utc',
      ms: Date.UTC(1957, 9, 4, 19, 28, 34),
    });
  });

  it.each([
    ['yesterday', '"yesterday"'],
    [-1, '-1'],
    [Number.NaN, 'null'],
    [undefined, 'undefined'],
    [{ sec: 3 }, '{"sec":3}'],
  ])('reject the time %s with what was given', (value, shown) => {
    expect(() => parseArg(timeArg, value, SEEK)).toThrow(new TypeError(`${SEEK}, got ${shown}`));
  });

  it('take only the two languages', () => {
    expect(parseArg(langArg, 'hu', 'lang')).toBe('hu');
    expect(() => parseArg(langArg, 'de', "setLang(lang): lang must be 'hu' or 'en'")).toThrow(
      "setLang(lang): lang must be 'hu' or 'en', got \"de\"",
    );
  });

  it('take a place view only from outside the Earth, and a body view near a body', () => {
    const utc = '1961-04-12T06:10:00Z';
    expect(
      inspectArg.parse({ utc, latDeg: 47.5, lonDeg: 19, distanceKm: EARTH_RADIUS_KM + 1 }),
    ).toMatchObject({ latDeg: 47.5, distanceKm: EARTH_RADIUS_KM + 1 });
    expect(inspectArg.safeParse({ utc, latDeg: 47.5, lonDeg: 19, distanceKm: 6378 }).success).toBe(
      false,
    );
    expect(
      inspectArg.parse({
        utc,
        target: 'vostok-1',
        distanceKm: 0.05,
        azimuthDeg: 30,
        elevationDeg: 10,
      }),
    ).toMatchObject({ target: 'vostok-1', utc: Date.parse(utc) });
    expect(inspectArg.parse(null)).toBeNull();
    for (const bad of [
      { utc: 'noon', latDeg: 0, lonDeg: 0, distanceKm: 8000 },
      { utc, latDeg: 0, lonDeg: 0, distanceKm: 8000, extra: 1 },
      { utc, target: 'vostok-1', distanceKm: 1, azimuthDeg: 0 },
      'earth',
    ])
      expect(inspectArg.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('take frame numbers as whole numbers ≥ 0', () => {
    expect(frameIndicesArg.parse([0, 5])).toEqual([0, 5]);
    expect(frameIndicesArg.safeParse([1.5]).success).toBe(false);
    expect(frameIndicesArg.safeParse('0').success).toBe(false);
  });
});
