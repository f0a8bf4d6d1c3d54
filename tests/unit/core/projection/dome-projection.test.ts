import { describe, expect, it } from 'vitest';
import {
  DOME_DEFAULTS,
  cubeFaceSize,
  equirectDirection,
  equirectPoint,
  fisheyeDirection,
  fisheyePoint,
  readingZone,
  toPixel,
} from '../../../../src/core/projection/dome-projection.ts';

describe('dome and 360° projection maths', () => {
  it('a domemaster looks along the view at its centre and 90° aside at its rim', () => {
    expect(fisheyeDirection(0, 0, DOME_DEFAULTS)).toEqual([0, 0, -1]);
    const rimRight = fisheyeDirection(1, 0, DOME_DEFAULTS)!;
    expect(rimRight[0]).toBeCloseTo(1);
    expect(rimRight[2]).toBeCloseTo(0);
    const rimTop = fisheyeDirection(0, 1, DOME_DEFAULTS)!;
    expect(rimTop[1]).toBeCloseTo(1);
    expect(fisheyeDirection(0.8, 0.8, DOME_DEFAULTS)).toBeNull();
  });

  it('is equidistant: the radius grows with the angle from the axis', () => {
    const tenDegrees: [number, number, number] = [
      Math.sin(Math.PI / 18),
      0,
      -Math.cos(Math.PI / 18),
    ];
    expect(fisheyePoint(tenDegrees, DOME_DEFAULTS)![0]).toBeCloseTo(10 / 90);
    expect(fisheyePoint([0, 0, 1], DOME_DEFAULTS)).toBeNull();
  });

  it('a tilted dome puts the view direction below the centre, towards the front', () => {
    const tilted = { fovDeg: 180, tiltDeg: 30 };
    const [u, v] = fisheyePoint([0, 0, -1], tilted)!;
    expect(u).toBeCloseTo(0);
    expect(v).toBeCloseTo(-30 / 90);
    expect(toPixel([u, v], 1000, 1000).y).toBeCloseTo(500 + (30 / 90) * 500);
  });

  it('inverts its own directions, tilted or not, at any field', () => {
    for (const dome of [DOME_DEFAULTS, { fovDeg: 220, tiltDeg: 17 }, { fovDeg: 120, tiltDeg: 60 }])
      for (const [u, v] of [
        [0.3, -0.2],
        [-0.7, 0.5],
        [0, 0.99],
      ] as const) {
        const back = fisheyePoint(fisheyeDirection(u, v, dome)!, dome)!;
        expect(back[0]).toBeCloseTo(u, 9);
        expect(back[1]).toBeCloseTo(v, 9);
      }
  });

  it('equirectangular: forward at the centre, behind at both edges, poles at top and bottom', () => {
    expect(equirectDirection(0, 0)).toEqual([0, 0, -1]);
    const left = equirectDirection(-1, 0);
    const right = equirectDirection(1, 0);
    for (let i = 0; i < 3; i++) expect(left[i]).toBeCloseTo(right[i]!, 12);
    expect(equirectDirection(0.3, 1)[1]).toBeCloseTo(1);
    const [u, v] = equirectPoint(equirectDirection(0.25, -0.4));
    expect(u).toBeCloseTo(0.25);
    expect(v).toBeCloseTo(-0.4);
  });

  it('sizes the cube map for the output and keeps captions inside the dome circle', () => {
    expect(cubeFaceSize('fisheye', 4096, DOME_DEFAULTS, 16384)).toBe(2048);
    expect(cubeFaceSize('fisheye', 4096, DOME_DEFAULTS, 1024)).toBe(1024);
    expect(cubeFaceSize('equirect', 4096, DOME_DEFAULTS, 16384)).toBe(1024);
    const zone = readingZone('fisheye', 4096, 4096);
    for (const [x, y] of [
      [zone.x, zone.y],
      [zone.x + zone.width, zone.y + zone.height],
      [zone.x, zone.y + zone.height],
    ])
      expect(Math.hypot(x! - 2048, y! - 2048)).toBeLessThan(2048);
    expect(zone.y).toBeGreaterThan(2048); // the front half: the bottom of a domemaster
  });
});
