/**
 * How a body of a scene file moves: an element set fitted to documented apsides (with its ascent,
 * descent, burns, offsets and rendezvous), a published element set, carried by another body, or
 * down under a parachute; and which way its nose points.
 */
import { z } from '../zod.ts';
import { id, latDeg, localized, lonDeg, sourceTag, utc } from './schema-fields.ts';

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

export const attitudeKey = z.strictObject({
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

export const trajectory = z.discriminatedUnion('kind', [
  documentedOrbit,
  elementSet,
  attached,
  parachute,
]);
