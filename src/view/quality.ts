/** What each quality tier draws. Low must stay readable on a weak kiosk PC. */
export const QUALITIES = ['low', 'medium', 'high'] as const;
export type Quality = (typeof QUALITIES)[number];

export interface QualitySettings {
  readonly earthSegments: number;
  /** Clouds as their own lit shell above the ground (else painted onto the surface). */
  readonly cloudShell: boolean;
  readonly waterGlint: boolean;
  readonly starMagnitudeLimit: number;
  readonly coastlines: 'none' | '50m' | '10m';
  readonly maxPixelRatio: number;
}

export const QUALITY_SETTINGS: Record<Quality, QualitySettings> = {
  low: {
    earthSegments: 96,
    cloudShell: false,
    waterGlint: false,
    starMagnitudeLimit: 5,
    coastlines: 'none',
    maxPixelRatio: 1,
  },
  medium: {
    earthSegments: 160,
    cloudShell: true,
    waterGlint: true,
    starMagnitudeLimit: 6,
    coastlines: '50m',
    maxPixelRatio: 1,
  },
  high: {
    earthSegments: 256,
    cloudShell: true,
    waterGlint: true,
    starMagnitudeLimit: 6.5,
    coastlines: '10m',
    maxPixelRatio: 2,
  },
};

export function isQuality(value: unknown): value is Quality {
  return QUALITIES.includes(value as Quality);
}
