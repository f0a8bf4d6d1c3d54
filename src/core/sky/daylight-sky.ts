import { smoothstep } from '../easing.ts';
import { dot, length, type Vec3 } from '../vec3.ts';

/**
 * How much of the starry sky shows through the air's daylight, 0 to 1, for an eye at `eyeEci`
 * (km, geocentric) with the Sun in `sunDirectionEci` (unit). The daytime sky's brightness over an
 * eye falls with the air above it (scale height 8 km: at 30–40 km the sky is dark enough for the
 * bright stars) and with the Sun's depression below the eye's horizon (the stars come out as it
 * sinks from −4° to −12°, through nautical twilight). From orbit every star shows; on the ground
 * by day none does.
 */
export function starsThroughDaylight(eyeEci: Vec3, sunDirectionEci: Vec3): number {
  const r = length(eyeEci);
  if (!(r > 0)) return 1;
  const altitudeKm = Math.max(0, r - MEAN_RADIUS_KM);
  const sinSun = Math.max(-1, Math.min(1, dot(eyeEci, sunDirectionEci) / r));
  const sunUp = smoothstep(-12, -4, (Math.asin(sinSun) * 180) / Math.PI);
  const skyBrightness = Math.exp(-altitudeKm / AIR_SCALE_HEIGHT_KM) * sunUp;
  return 1 - smoothstep(STARS_GONE_BELOW, STARS_GONE_ABOVE, skyBrightness);
}

const MEAN_RADIUS_KM = 6371;
const AIR_SCALE_HEIGHT_KM = 8;
/** exp(−h/8 km) at about 40 km and 28 km: the stars fade out between. */
const STARS_GONE_BELOW = 0.007;
const STARS_GONE_ABOVE = 0.03;
