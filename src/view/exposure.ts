/**
 * One exposure for everything drawn: scene radiance is in units of the Sun's irradiance outside the
 * air (a white Lambertian plate facing the Sun: 1/π), scaled by this and tone-mapped by AgX, like a
 * camera set for a sunlit Earth from orbit ("sunny 16"), so twilight and night fall off as in
 * photographs taken from the Space Station with a fixed exposure.
 */
export const EXPOSURE = 3;
