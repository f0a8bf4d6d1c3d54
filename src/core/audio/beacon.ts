/**
 * A spacecraft's radio beacon as a listener on the ground heard it: an unmodulated carrier keyed
 * on and off, made audible by the receiver's beat-frequency oscillator, so the tone is the
 * receiver's offset plus the Doppler shift of the carrier. Sputnik-1's two transmitters took
 * turns, one pulse each (the scene file cites the pulse length and where sources differ).
 *
 * Two clocks meet here: the keying runs on keying seconds (the real-time rhythm a listener hears
 * at any playback speed), the Doppler shift and the loudness follow the scene's UTC.
 */
import type { Vec3 } from '../vec3.ts';
import { geodeticToEciKm, norm, turningWithEarthKms } from '../orbit/propagate.ts';

/** Speed of light, km/s. */
export const LIGHT_KM_S = 299_792.458;

export interface BeaconListener {
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly heightKm: number;
}

export interface Beacon {
  readonly transmittersHz: readonly number[];
  /** Length of one transmitter's pulse; the transmitters take turns, one pulse each. */
  readonly pulseSec: number;
  /** Which transmitter the listener's receiver is tuned to. */
  readonly tunedTo: number;
  /** The receiver's beat-frequency offset: the tone of a carrier at rest, Hz. */
  readonly beatOffsetHz: number;
  readonly listener: BeaconListener;
}

/** Whether transmitter `index` is keyed on `keyingSec` seconds after the keying started. */
export function keyedOn(beacon: Beacon, index: number, keyingSec: number): boolean {
  const count = beacon.transmittersHz.length;
  const slot = Math.floor(keyingSec / beacon.pulseSec);
  return ((slot % count) + count) % count === index;
}

/** Start of the tuned transmitter's pulses in [fromSec, untilSec) of keying time. */
export function pulseStarts(beacon: Beacon, fromSec: number, untilSec: number): number[] {
  const period = beacon.pulseSec * beacon.transmittersHz.length;
  const offset = beacon.tunedTo * beacon.pulseSec;
  const starts: number[] = [];
  for (let k = Math.ceil((fromSec - offset) / period - 1e-9); k * period + offset < untilSec; k++)
    starts.push(k * period + offset);
  return starts;
}

export interface Reception {
  /** Distance from the listener, km. */
  readonly rangeKm: number;
  /** d(range)/dt, km/s: positive while the craft moves away. */
  readonly rangeRateKms: number;
  /** Elevation above the listener's horizon (geocentric zenith), degrees. */
  readonly elevationDeg: number;
  /** Shift of the tuned carrier, Hz: f·(−ṙ/c), first order (the craft is far slower than light). */
  readonly dopplerHz: number;
  /** The tone heard: the beat offset plus the Doppler shift, Hz. */
  readonly toneHz: number;
}

/** What the listener receives from a craft at `eciKm` moving at `velKms` (TEME) at `utcMs`. */
export function receive(beacon: Beacon, eciKm: Vec3, velKms: Vec3, utcMs: number): Reception {
  const { latDeg, lonDeg, heightKm } = beacon.listener;
  const site = geodeticToEciKm(latDeg, lonDeg, heightKm, utcMs);
  // The listener moves with the ground.
  const siteVel = turningWithEarthKms(site);
  const los: Vec3 = [eciKm[0] - site[0], eciKm[1] - site[1], eciKm[2] - site[2]];
  const rangeKm = norm(los);
  const relVel: Vec3 = [velKms[0] - siteVel[0], velKms[1] - siteVel[1], velKms[2] - siteVel[2]];
  const rangeRateKms = (los[0] * relVel[0] + los[1] * relVel[1] + los[2] * relVel[2]) / rangeKm;
  const up = norm(site);
  const sinElevation = (los[0] * site[0] + los[1] * site[1] + los[2] * site[2]) / (rangeKm * up);
  const frequencyHz = beacon.transmittersHz[beacon.tunedTo] ?? 0;
  const dopplerHz = (-frequencyHz * rangeRateKms) / LIGHT_KM_S;
  return {
    rangeKm,
    rangeRateKms,
    elevationDeg: (Math.asin(Math.max(-1, Math.min(1, sinElevation))) * 180) / Math.PI,
    dopplerHz,
    toneHz: beacon.beatOffsetHz + dopplerHz,
  };
}

/** Reference distance for full loudness (a craft overhead at a low perigee), km. */
export const FULL_VOLUME_RANGE_KM = 300;

/**
 * Loudness 0…1: silent below the horizon (faded in over the first degree so a rising craft does
 * not click on), then falling with distance like a field strength (1/r, full at 300 km).
 */
export function loudness(reception: Pick<Reception, 'elevationDeg' | 'rangeKm'>): number {
  const horizon = Math.max(0, Math.min(1, reception.elevationDeg));
  return horizon * Math.min(1, FULL_VOLUME_RANGE_KM / reception.rangeKm);
}
