/**
 * What a scene sounds like: a radio beacon, engine rumble and recorded narration.
 */
import { z } from '../zod.ts';
import { id, latDeg, localized, lonDeg, sourceTag, utc } from './schema-fields.ts';

const beacon = z
  .strictObject({
    body: id.describe('the body that carries the transmitters'),
    from: utc.describe('transmitters switched on (e.g. at separation)'),
    until: utc.optional().describe('transmitters fell silent'),
    transmittersMHz: z
      .array(z.number().positive())
      .min(1)
      .describe('carrier frequencies, keyed in turn: one pulse each'),
    pulseSec: z.number().positive().max(5).describe('length of one pulse (and of each pause)'),
    tunedMHz: z.number().positive().describe('the transmitter the listener is tuned to'),
    beatOffsetHz: z
      .number()
      .min(100)
      .max(5000)
      .describe("the receiver's beat-frequency offset: the tone of a carrier at rest"),
    listener: z
      .strictObject({
        name: localized,
        latDeg,
        lonDeg,
        heightKm: z.number().min(-1).max(10).default(0),
      })
      .describe('where the signal is heard: audible only while the body is above its horizon'),
    source: z.array(sourceTag).min(1).describe('the sources of the keying, frequencies and offset'),
    note: z.string().optional(),
  })
  .describe(
    'a radio beacon heard as an unmodulated carrier through a receiver: a beat tone that follows the Doppler shift',
  );

const rumble = z
  .strictObject({
    body: id.describe('the body whose engine burns'),
    from: utc,
    until: utc,
    thrustKn: z.number().positive(),
    source: sourceTag,
  })
  .describe('an engine burn heard as filtered noise, louder with thrust and nearer the camera');

const narration = z
  .strictObject({
    caption: z.number().int().min(0).describe('index into "captions"'),
    lang: z.enum(['hu', 'en']),
    file: z
      .string()
      .regex(/^audio\/[A-Za-z0-9._/-]+\.wav$/, {
        error: 'expected a WAV file under scenes/audio, like "audio/<scene id>/hu-03.wav"',
      })
      .describe('recorded narration, relative to scenes/'),
  })
  .describe('a recorded reading of one caption in one language, played with it');

export const sound = z
  .strictObject({
    beacon: beacon.optional(),
    rumble: z.array(rumble).optional(),
    narration: z.array(narration).optional(),
  })
  .describe('what the scene sounds like (all of it synthesised from the scene, or recorded)');
