import type { Vec3 } from '../orbit/propagate.ts';

/**
 * How much of the starry sky shows through the air's daylight, 0 to 1, for an eye at `eyeEci`
 * (km, geocentric) with the Sun in `sunDirectionEci` (unit). The daytime sky's brightness over an
 * eye falls with the air above it (scale height 8 km: at 30–40 km the sky is near black and
 * the bright stars come out, as balloon and high-altitude aircraft crews report) and with the
 * Sun's depression below the eye's horizon (stars appear in nautical twilight, at −6° to −12°).
 * From orbit the sky is black and every star shows; on the ground by day none does.
 */
export function starsThroughDaylight(eyeEci: Readonly<Vec3>, sunDirectionEci: Readonly<Vec3>) {
  const r = Math.hypot(eyeEci[0], eyeEci[1], eyeEci[2]);
  if (!(r > 0)) return 1;
  const altitudeKm = Math.max(0, r - MEAN_RADIUS_KM);
  const sinSun =
    (eyeEci[0] * sunDirectionEci[0] +
      eyeEci[1] * sunDirectionEci[1] +
      eyeEci[2] * sunDirectionEci[2]) /
    r;
  const sunElevationDeg = (Math.asin(Math.max(-1, Math.min(1, sinSun))) * 180) / Math.PI;
  const sunUp = smoothstep(-12, -4, sunElevationDeg);
  const skyBrightness = Math.exp(-altitudeKm / AIR_SCALE_HEIGHT_KM) * sunUp;
  return 1 - smoothstep(STARS_GONE_BELOW, STARS_GONE_ABOVE, skyBrightness);
}

const MEAN_RADIUS_KM = 6371;
const AIR_SCALE_HEIGHT_KM = 8;
/** exp(−h/8 km) at about 40 km and 28 km: the stars fade out between. */
const STARS_GONE_BELOW = 0.007;
const STARS_GONE_ABOVE = 0.03;

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}
