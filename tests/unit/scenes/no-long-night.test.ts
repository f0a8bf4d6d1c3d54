/**
 * A kiosk visitor is not left looking at black: no scene keeps its camera close to a craft in the
 * Earth's shadow, with no engine burning, for more than a few seconds of playback. In the shadow
 * the craft and the ground below are dark (as they were: the physics of the light is kept), so a
 * scene passes an orbital night in fast time and slows down for the sunrise. Apollo–Soyuz's
 * terminal phase once stayed 14 s in the dark and Ax-4's 32 s.
 */
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from '../../../src/core/orbit/kepler.ts';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import type { Vec3 } from '../../../src/core/orbit/propagate.ts';
import { dot, length, sub } from '../../../src/core/vec3.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

const LONGEST_NIGHT_SEC = 8;
/** Closer than this, the night side fills the view around the craft. */
const CLOSE_KM = 3000;
const STEP_SEC = 0.25;
/** The umbra narrows behind the Earth by the Sun's angular size less the Earth's parallax. */
const UMBRA_TAN = 0.0046;

/** In the Earth's umbra: behind the Earth and within its shadow cone. */
function inShadow(pointEci: Vec3, sunDirectionEci: Vec3): boolean {
  const along = dot(pointEci, sunDirectionEci);
  if (along > 0) return false;
  const offAxis = length(sub(pointEci, sunDirectionEci.map((c) => c * along) as Vec3));
  return offAxis < EARTH_RADIUS_KM + along * UMBRA_TAN;
}

/** Stretches of playback (seconds) where the view is the night around a dark craft. */
function nights(id: string): { fromSec: number; sec: number }[] {
  const scene = loadRepoScene(id);
  const found: { fromSec: number; sec: number }[] = [];
  let from: number | null = null;
  for (let t = 0; t <= scene.timeline.durationSec + STEP_SEC; t += STEP_SEC) {
    const frame = t <= scene.timeline.durationSec ? evaluate(scene, t) : null;
    const target = frame?.bodies.find((b) => b.id === frame.camera.targetId && b.visible);
    const dark =
      !!frame &&
      !!target &&
      frame.exhausts.length === 0 &&
      length(sub(target.eciKm, frame.camera.eyeEci)) < CLOSE_KM &&
      inShadow(target.eciKm, frame.sunDirectionEci) &&
      inShadow(frame.camera.eyeEci, frame.sunDirectionEci);
    if (dark && from === null) from = t;
    if (!dark && from !== null) {
      found.push({ fromSec: from, sec: t - from });
      from = null;
    }
  }
  return found;
}

describe('orbital nights in the scenes', () => {
  it('finds the nights it looks for (Apollo–Soyuz docked passes two at 430×)', () => {
    const docked = nights('apollo-soyuz').filter((n) => n.fromSec > 260);
    expect(docked.length).toBeGreaterThanOrEqual(2);
    for (const night of docked) expect(night.sec).toBeGreaterThan(2);
  });

  it.each(repoCatalog().map((entry) => entry.id))(
    '%s never keeps the camera on a dark craft for long',
    (id) => {
      for (const night of nights(id))
        expect(
          night.sec,
          `${id}: dark from playback ${night.fromSec} s for ${night.sec} s`,
        ).toBeLessThanOrEqual(LONGEST_NIGHT_SEC);
    },
  );
});
