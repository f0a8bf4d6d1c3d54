/**
 * The scene file format (scenes/*.json): the one place that says what a scene may contain.
 * `scenes/schema.json` is generated from this (npm run schema) so editors can autocomplete.
 */
import { z } from 'zod';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

export const MODEL_IDS = ['sputnik-1', 'vostok-3ka'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

const utc = z
  .string()
  .regex(ISO_UTC, { error: 'expected a UTC time like "1957-10-04T19:28:34Z"' })
  .describe('UTC instant, ISO 8601 ending in Z');

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a lower-case id like "sputnik-1"' });

const sourceTag = z.string().min(1).describe('a key of "sources"');

const localized = z
  .strictObject({ hu: z.string().min(1), en: z.string().min(1) })
  .describe('text in Hungarian and English');

const latDeg = z.number().min(-90).max(90);
const lonDeg = z.number().min(-180).max(180);

const segment = z
  .strictObject({
    until: utc.describe('UTC at the end of this segment'),
    playbackSec: z.number().positive().describe('playback seconds this segment lasts'),
    label: z.string().optional(),
  })
  .describe('a piece of the time warp: the next playbackSec seconds of playback reach UTC `until`');

const groundLeg = z
  .strictObject({
    from: utc,
    until: utc,
    site: z.strictObject({ latDeg, lonDeg }),
    source: sourceTag,
    note: z.string().optional(),
  })
  .describe(
    'modelled flight between the ground at `site` and the SGP4 orbit (SGP4 covers free flight only)',
  );

const documentedOrbit = z
  .strictObject({
    kind: z.literal('sgp4-documented'),
    catalogNumber: z.number().int().positive(),
    perigeeKm: z.number().positive(),
    apogeeKm: z.number().positive(),
    inclinationDeg: z.number().min(0).max(180),
    argPerigeeDeg: z.number().min(0).max(360),
    passOver: z
      .strictObject({
        latDeg,
        lonDeg,
        utc,
        direction: z.enum(['ascending', 'descending']),
      })
      .describe('a place the craft passed over at a known time (the launch site at launch)'),
    bstar: z.number().optional(),
    source: sourceTag,
    note: z.string().optional(),
    ascent: groundLeg
      .optional()
      .describe('from the pad (site) at `from` to orbit insertion at `until`'),
    descent: groundLeg
      .optional()
      .describe('from leaving orbit at `from` to landing at the site at `until`'),
  })
  .describe(
    'SGP4 element set fitted to documented perigee/apogee/inclination and a pass over a site',
  );

const body = z.strictObject({
  id,
  name: localized,
  model: z.enum(MODEL_IDS),
  trajectory: documentedOrbit,
  visibleFrom: utc.optional().describe('hidden before this UTC (e.g. until orbit insertion)'),
  visibleUntil: utc.optional(),
});

const cameraKey = z
  .strictObject({
    utc,
    target: z.string().min(1).describe('"earth" or a body id'),
    distanceKm: z.number().positive(),
    azimuthDeg: z
      .number()
      .min(-360)
      .max(360)
      .describe(
        'earth: longitude of the viewpoint; body: angle from the velocity in the local horizontal',
      ),
    elevationDeg: z
      .number()
      .min(-90)
      .max(90)
      .describe('earth: latitude of the viewpoint; body: angle above the local horizontal'),
    fovDeg: z.number().min(5).max(100).default(45),
    ease: z.enum(['linear', 'inOut']).default('inOut'),
    craftScale: z
      .number()
      .min(1)
      .default(1)
      .describe('spacecraft drawn this many times larger (shown on screen as ×N)'),
  })
  .describe('camera keyframe; between keyframes the camera eases in playback time');

const caption = z.strictObject({
  from: utc,
  until: utc,
  quote: z.string().min(1).describe('verbatim span of scenes/text/hu.txt'),
  en: z.string().min(1).describe('English translation'),
});

const event = z.strictObject({
  id,
  label: localized,
  utc,
  source: sourceTag,
});

export const sceneSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: localized,
  summary: localized,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date like "1957-10-04"' }),
  sources: z.record(z.string().min(1), z.string().min(1)).describe('source tag → citation'),
  notes: z.array(z.string()).optional().describe('modelling notes: what is reconstructed and how'),
  time: z.strictObject({ start: utc, segments: z.array(segment).min(1) }),
  bodies: z.array(body).min(1),
  camera: z.array(cameraKey).min(1),
  captions: z.array(caption),
  events: z.array(event),
});

export type SceneFile = z.infer<typeof sceneSchema>;
export type CameraKeyFile = SceneFile['camera'][number];
export type BodyFile = SceneFile['bodies'][number];

export function sceneJsonSchema(): unknown {
  return z.toJSONSchema(sceneSchema, { io: 'input' });
}
