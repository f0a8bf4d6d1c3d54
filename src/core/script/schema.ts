/**
 * The scene file format (scenes/*.json): the one place that says what a scene may contain.
 * `scenes/schema.json` is generated from this (npm run schema) so editors can autocomplete.
 * How bodies move is in schema-trajectory.ts, the sound in schema-sound.ts, the shared field
 * types in schema-fields.ts.
 */
import { z } from '../zod.ts';
import { id, localized, sourceTag, utc } from './schema-fields.ts';
import { sound } from './schema-sound.ts';
import { attitudeKey, trajectory } from './schema-trajectory.ts';

const segment = z
  .strictObject({
    until: utc.describe('UTC at the end of this segment'),
    playbackSec: z.number().positive().describe('playback seconds this segment lasts'),
    label: z.string().optional(),
  })
  .describe('a piece of the time warp: the next playbackSec seconds of playback reach UTC `until`');

const fact = z
  .strictObject({
    label: localized,
    value: z.union([z.string().min(1), localized]),
    source: sourceTag,
  })
  .describe('a number or fact shown in the info panel, with its source');

const crewMember = z.strictObject({ name: z.string().min(1), role: localized });

const body = z.strictObject({
  id,
  name: localized,
  model: id.describe('a model id: each file in models/ that exports MODEL declares one'),
  facts: z.array(fact).optional(),
  crew: z.array(crewMember).optional(),
  trajectory,
  attitude: z
    .array(attitudeKey)
    .optional()
    .describe('which way the nose points (prograde until the first key)'),
  showPath: z.boolean().default(true).describe('draw its orbit and ground track'),
  parts: z
    .array(
      z.strictObject({
        name: z.string().min(1).describe("a named part of the body's model (see its file)"),
        visibleFrom: utc.optional(),
        visibleUntil: utc.optional(),
      }),
    )
    .optional()
    .describe('parts of the model shown only for a while (an airlock inflated, then jettisoned)'),
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
  still: utc.optional().describe('the moment shown on the scene card'),
  discrepancies: z
    .array(z.strictObject({ text: localized, source: sourceTag }))
    .optional()
    .describe('where the museum text and the sources disagree: shown to visitors'),
  time: z.strictObject({ start: utc, segments: z.array(segment).min(1) }),
  bodies: z.array(body).min(1),
  camera: z.array(cameraKey).min(1),
  captions: z.array(caption),
  events: z.array(event),
  sound: sound.optional(),
});

export type SceneFile = z.infer<typeof sceneSchema>;
export type CameraKeyFile = SceneFile['camera'][number];
export type BodyFile = SceneFile['bodies'][number];
export type SoundFile = NonNullable<SceneFile['sound']>;

/** The JSON Schema for editors; `modelIds` (models/registry.ts) become the models offered. */
export function sceneJsonSchema(modelIds: readonly string[]): unknown {
  const schema = z.toJSONSchema(sceneSchema, { io: 'input' }) as unknown as {
    properties: { bodies: { items: { properties: { model: Record<string, unknown> } } } };
  };
  const model = schema.properties.bodies.items.properties.model;
  model.enum = [...modelIds];
  return schema;
}
