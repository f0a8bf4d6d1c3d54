/**
 * The scene file format (scenes/*.json): the one place that says what a scene may contain.
 * `scenes/schema.json` is generated from this (npm run schema) so editors can autocomplete.
 */
import { z } from '../zod.ts';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

const utc = z
  .string()
  .regex(ISO_UTC, { error: 'expected a UTC time like "1957-10-04T19:28:34Z"' })
  .describe('UTC instant, ISO 8601 ending in Z');

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'expected a lower-case id of letters, digits and hyphens, like "first-flight"',
});

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
    chute: z
      .strictObject({
        utc: utc.describe('when the fall reaches altKm above the site'),
        altKm: z.number().positive(),
      })
      .optional()
      .describe('descent only: a parachute from altKm above the site, straight down to it'),
    source: sourceTag,
    note: z.string().optional(),
  })
  .describe(
    'modelled flight between the ground at `site` and the SGP4 orbit (SGP4 covers free flight only)',
  );

const burn = z
  .strictObject({
    id,
    label: localized,
    utc,
    apogeeKm: z.number().positive().optional().describe('the apogee SGP4 flies after the burn'),
    perigeeKm: z.number().positive().optional().describe('the perigee SGP4 flies after the burn'),
    apsis: z
      .enum(['nearest', 'documented'])
      .optional()
      .describe(
        'for npm run solve: "nearest" moves the burn to the nearest apsis (perigee to raise the apogee, apogee to raise the perigee); "documented" keeps its time and solves the argument of perigee so an apsis falls there',
      ),
    source: sourceTag,
    note: z.string().optional(),
  })
  .describe('an impulsive burn along the velocity: give exactly one of apogeeKm, perigeeKm');

const offsetKey = z.strictObject({
  utc,
  alongM: z.number().describe('metres ahead of the orbit position (negative: behind)'),
});

const rendezvous = z
  .strictObject({
    target: id.describe('the body docked with'),
    port: z.string().min(1).describe("the target's docking port (a port of its model)"),
    chaserPort: z.string().min(1).describe("the chaser's docking port (a port of its model)"),
    chaserPortOn: id
      .optional()
      .describe(
        'the body the chaser docks with, when it is a module the chaser carries (e.g. a docking module): chaserPort is then a port of that body',
      ),
    terminalPhase: utc.describe('terminal-phase burn: SGP4 hands over to Clohessy–Wiltshire'),
    braking: utc.describe('arrival at the hold point'),
    holdM: z
      .number()
      .positive()
      .describe("hold point distance from the target's port, along the port's axis, m"),
    finalApproach: utc,
    contact: utc,
    contactRateMs: z.number().positive().describe('closing speed at contact, m/s'),
    solve: z
      .strictObject({
        behindKm: z
          .number()
          .positive()
          .describe('how far behind the target the chaser is at the terminal phase, km'),
        phasingBy: z
          .string()
          .min(1)
          .describe(
            '"lag" (the chaser\'s passOver.lagSec) or the id of the burn whose apogee or perigee is adjusted',
          ),
      })
      .optional()
      .describe(
        "for npm run solve: the chaser's launch plane (passOver.crossTrackKm) and its phasing are solved so it reaches the target's plane `behindKm` behind it at the terminal phase",
      ),
    source: sourceTag,
    note: z.string().optional(),
  })
  .describe('proximity operations modelled in the target frame, ending docked');

const attached = z
  .strictObject({
    kind: z.literal('attached'),
    phases: z
      .array(
        z.strictObject({
          from: utc,
          to: id.describe('the body carried by'),
          offsetM: z
            .tuple([z.number(), z.number(), z.number()])
            .optional()
            .describe("position in the carrier's frame (forward, up, side), m"),
          reversed: z.boolean().default(false).describe('facing opposite to the carrier'),
          port: z
            .string()
            .min(1)
            .optional()
            .describe(
              "docked instead: the carrier's docking port (its model's); the body's own port `ownPort` meets it, which sets offsetM and reversed",
            ),
          ownPort: z.string().min(1).optional().describe("the body's own docking port"),
        }),
      )
      .min(1),
    source: sourceTag,
    note: z.string().optional(),
  })
  .describe('carried by another body (e.g. a module stowed in a stage, then docked to a ship)');

const parachute = z
  .strictObject({
    kind: z.literal('parachute'),
    from: id.describe('the body left (carried inside it until then)'),
    leave: utc.describe('the moment it leaves that body (e.g. ejection)'),
    landing: z
      .strictObject({ utc, site: z.strictObject({ latDeg, lonDeg }) })
      .describe('where and when it reaches the ground'),
    source: sourceTag,
    note: z.string().optional(),
  })
  .describe(
    'inside another body until `leave`, then down under its own parachute: a steady drift along the great circle to the site and a steady sink',
  );

const attitudeKey = z.strictObject({
  from: utc,
  facing: z.enum(['prograde', 'retrograde']),
  turnSec: z.number().positive().default(60),
});

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
        lagSec: z
          .number()
          .optional()
          .describe(
            'seconds the craft trails that slot (reaching orbit later than a craft already there); negative: it leads',
          ),
        crossTrackKm: z
          .number()
          .min(-2000)
          .max(2000)
          .optional()
          .describe('the orbit passes this far to the right of the place (negative: left), km'),
      })
      .describe('a place the craft passed over at a known time (the launch site at launch)'),
    bstar: z.number().optional(),
    laterPass: z
      .strictObject({ latDeg, lonDeg, utc, source: sourceTag })
      .optional()
      .describe(
        'for npm run solve: a place passed later at a documented time; passOver.lagSec is solved so the craft passes nearest it then',
      ),
    source: sourceTag,
    note: z.string().optional(),
    ascent: groundLeg
      .optional()
      .describe('from the pad (site) at `from` to orbit insertion at `until`'),
    descent: groundLeg
      .optional()
      .describe('from leaving orbit at `from` to landing at the site at `until`'),
    burns: z
      .array(burn)
      .optional()
      .describe('manoeuvres in time order: each one replaces the element set'),
    offsets: z
      .array(offsetKey)
      .optional()
      .describe('displacements from the orbit along the velocity (e.g. moving off the stage)'),
    rendezvous: rendezvous.optional(),
  })
  .describe(
    'SGP4 element set fitted to documented perigee/apogee/inclination and a pass over a site',
  );

const elementSet = z
  .strictObject({
    kind: z.literal('element-set'),
    tle: z
      .tuple([z.string(), z.string()])
      .optional()
      .describe('a published two-line element set: line 1, line 2 (69 characters each)'),
    omm: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('the same as an Orbit Mean-Elements Message in JSON (CCSDS OMM keys)'),
    source: sourceTag,
    note: z.string().optional(),
  })
  .describe('flies a published element set with SGP4 (give exactly one of tle, omm)');

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
  trajectory: z.discriminatedUnion('kind', [documentedOrbit, elementSet, attached, parachute]),
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

const sound = z
  .strictObject({
    beacon: beacon.optional(),
    rumble: z.array(rumble).optional(),
    narration: z.array(narration).optional(),
  })
  .describe('what the scene sounds like (all of it synthesised from the scene, or recorded)');

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
