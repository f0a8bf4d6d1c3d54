import { describe, expect, it } from 'vitest';
import type { SceneFrame } from '../../../src/core/script/evaluate.ts';
import { mapKey } from '../../../src/ui/GroundTrackMap.tsx';

const tracks = [{ id: 'sputnik-1' }];
const frameAt = (utcMs: number, lonDeg: number, visible = true) =>
  ({ utcMs, bodies: [{ id: 'sputnik-1', visible, latDeg: 10, lonDeg }] }) as unknown as SceneFrame;

describe('ground-track map redraws', () => {
  const key = (frame: SceneFrame) => mapKey(tracks, frame, 0, true);

  it('not while its dot moves less than a tenth of a pixel within one track step', () => {
    // A map pixel is 1° of longitude: a second of real-time orbit moves the dot 0.06°.
    expect(key(frameAt(1_000, 40.0))).toBe(key(frameAt(2_000, 40.03)));
  });

  it('when the dot moves, the trail gains a point, the craft appears or the night moves', () => {
    const still = key(frameAt(1_000, 40));
    expect(key(frameAt(1_000, 40.2))).not.toBe(still);
    expect(key(frameAt(21_000, 40))).not.toBe(still);
    expect(key(frameAt(1_000, 40, false))).not.toBe(still);
    expect(mapKey(tracks, frameAt(1_000, 40), 60_000, true)).not.toBe(still);
    expect(mapKey(tracks, frameAt(1_000, 40), 0, false)).not.toBe(still);
  });
});
