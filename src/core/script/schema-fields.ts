/**
 * The small field types every part of the scene format shares: UTC instants, ids, source tags,
 * bilingual text, latitudes and longitudes.
 */
import { z } from '../zod.ts';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

export const utc = z
  .string()
  .regex(ISO_UTC, { error: 'expected a UTC time like "1957-10-04T19:28:34Z"' })
  .describe('UTC instant, ISO 8601 ending in Z');

export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'expected a lower-case id of letters, digits and hyphens, like "first-flight"',
});

export const sourceTag = z.string().min(1).describe('a key of "sources"');

export const localized = z
  .strictObject({ hu: z.string().min(1), en: z.string().min(1) })
  .describe('text in Hungarian and English');

export const latDeg = z.number().min(-90).max(90);
export const lonDeg = z.number().min(-180).max(180);
