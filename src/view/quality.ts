/** What each quality tier draws. Low must stay readable on a weak kiosk PC. */
export const QUALITIES = ['low', 'medium', 'high'] as const;
export type Quality = (typeof QUALITIES)[number];

export interface QualitySettings {
  readonly earthSegments: number;
  /** Samples per ray through the air (the Earth's per vertex, the limb's per pixel). */
  readonly atmosphereSteps: number;
  /** Sun bloom (post-processing, sun-bloom.ts): medium and high; never low, which software renderers run. */
  readonly bloom: boolean;
  /** Spacecraft reflect an environment map rendered from the Earth and sky (else Earth-shine as ambient light). */
  readonly environmentMap: boolean;
  readonly waterGlint: boolean;
  /** Cloud tops lit through only the air above them (a second transmittance look-up per pixel). */
  readonly cloudTopsAboveAir: boolean;
  /**
   * The cheap Earth for software renderers: one baked map (earth-low-surface.ts), one texture
   * look-up per pixel instead of five, with the sunlight looked up per vertex, and the limb's
   * light marched per vertex of a finer ring instead of per pixel. Clouds then lie on the
   * ground, the city lights take one colour and the limb is a little softer.
   */
  readonly bakedEarth: boolean;
  /** Anisotropic filtering of the ground maps: sharp at grazing angles, dear in software. */
  readonly anisotropy: number;
  readonly starMagnitudeLimit: number;
  readonly coastlines: 'none' | '50m' | '10m';
  readonly maxPixelRatio: number;
}

export const QUALITY_SETTINGS: Record<Quality, QualitySettings> = {
  low: {
    earthSegments: 96,
    atmosphereSteps: 6,
    bloom: false,
    environmentMap: false,
    waterGlint: false,
    cloudTopsAboveAir: false,
    bakedEarth: true,
    anisotropy: 1,
    starMagnitudeLimit: 5,
    coastlines: 'none',
    maxPixelRatio: 1,
  },
  medium: {
    earthSegments: 160,
    atmosphereSteps: 10,
    bloom: true,
    environmentMap: true,
    waterGlint: true,
    cloudTopsAboveAir: true,
    bakedEarth: false,
    anisotropy: 8,
    starMagnitudeLimit: 6,
    coastlines: '50m',
    maxPixelRatio: 1,
  },
  high: {
    earthSegments: 256,
    atmosphereSteps: 16,
    bloom: true,
    environmentMap: true,
    waterGlint: true,
    cloudTopsAboveAir: true,
    bakedEarth: false,
    anisotropy: 16,
    starMagnitudeLimit: 6.5,
    coastlines: '10m',
    maxPixelRatio: 2,
  },
};

export function isQuality(value: unknown): value is Quality {
  return QUALITIES.includes(value as Quality);
}
