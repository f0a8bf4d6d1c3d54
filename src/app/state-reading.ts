/** What `state()` reports of a drawn frame: plain numbers and ISO times, no live objects. */
import type { SceneFrame } from '../core/script/evaluate.ts';
import { formatUtc } from '../core/time/utc.ts';

/** A body as state() reports it. */
export interface BodyReading {
  readonly lat: number;
  readonly lon: number;
  readonly altKm: number;
  readonly eciKm: readonly [number, number, number];
  readonly velKms: readonly [number, number, number];
  readonly visible: boolean;
  readonly phase: string;
}

export function frameReading(frame: SceneFrame) {
  return {
    utc: formatUtc(frame.utcMs),
    caption: frame.caption ? { hu: frame.caption.hu, en: frame.caption.en } : null,
    events: frame.events.map((e) => ({ id: e.id, utc: formatUtc(e.utcMs), passed: e.passed })),
    bodies: Object.fromEntries(
      frame.bodies.map((b): [string, BodyReading] => [
        b.id,
        {
          lat: b.latDeg,
          lon: b.lonDeg,
          altKm: b.altKm,
          eciKm: b.eciKm,
          velKms: b.velKms,
          visible: b.visible,
          phase: b.phase,
        },
      ]),
    ),
    sun: { subsolarLat: frame.subsolar.latDeg, subsolarLon: frame.subsolar.lonDeg },
    camera: { craftScale: frame.camera.craftScale, target: frame.camera.targetId },
    relative: frame.relative
      ? {
          chaser: frame.relative.chaser,
          target: frame.relative.target,
          rangeM: frame.relative.rangeM,
          rangeRateMs: frame.relative.rangeRateMs,
          phase: frame.relative.phase,
        }
      : null,
  };
}
