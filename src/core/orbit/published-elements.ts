/**
 * Published element sets (a two-line element set, or the same as an OMM in JSON) read into an
 * SGP4 record, with every problem said in a curator's terms: which line, which column, what was
 * expected. A set that SGP4 cannot fly at its own epoch is refused here, not mid-scene.
 */
import { json2satrec, sgp4, twoline2satrec, type SatRec } from 'satellite.js';

export interface ElementSetProblem {
  /** Relative to the element set: "tle[0]", "omm.EPOCH". */
  readonly path: string;
  readonly message: string;
}

export type ElementSetInput =
  | { readonly tle?: readonly [string, string]; readonly omm?: undefined }
  | { readonly tle?: undefined; readonly omm?: Readonly<Record<string, string | number>> };

/** The TLE checksum: digits add their value, a minus sign adds 1, modulo 10. */
export function tleChecksum(line: string): number {
  let sum = 0;
  for (const c of line.slice(0, 68)) {
    if (c >= '0' && c <= '9') sum += c.charCodeAt(0) - 48;
    else if (c === '-') sum += 1;
  }
  return sum % 10;
}

// Column layout of the two lines (CelesTrak, "NORAD Two-Line Element Set Format").
const LINE_1 =
  /^1 [ 0-9A-Z]{5}[UCS ] [ 0-9A-Z-]{8} [ 0-9]{5}\.[ 0-9]{8} [ +-]\.[ 0-9]{8} [ +-][ 0-9]{5}[+-][0-9] [ +-][ 0-9]{5}[+-][0-9] [0-9 ] [ 0-9]{4}[0-9]$/;
const LINE_2 =
  /^2 [ 0-9A-Z]{5} [ 0-9]{3}\.[ 0-9]{4} [ 0-9]{3}\.[ 0-9]{4} [0-9]{7} [ 0-9]{3}\.[ 0-9]{4} [ 0-9]{3}\.[ 0-9]{4} [ 0-9]{2}\.[ 0-9]{8}[ 0-9]{5}[0-9]$/;

function tleProblems(tle: readonly [string, string]): ElementSetProblem[] {
  const problems: ElementSetProblem[] = [];
  tle.forEach((line, i) => {
    const path = `tle[${i}]`;
    const pattern = i === 0 ? LINE_1 : LINE_2;
    if (line.length !== 69) {
      problems.push({
        path,
        message: `expected line ${i + 1} of a two-line element set (69 characters), found ${line.length} characters`,
      });
    } else if (!pattern.test(line)) {
      problems.push({
        path,
        message: `expected the columns of TLE line ${i + 1} (starting "${i + 1} " and numbers in their fixed places), found "${line}"`,
      });
    } else if (Number(line[68]) !== tleChecksum(line)) {
      problems.push({
        path,
        message: `expected checksum ${tleChecksum(line)} in column 69, found ${line[68]}`,
      });
    }
  });
  if (problems.length === 0 && tle[0].slice(2, 7) !== tle[1].slice(2, 7))
    problems.push({
      path: 'tle[1]',
      message: `expected the catalogue number of line 1 (${tle[0].slice(2, 7)}), found ${tle[1].slice(2, 7)}`,
    });
  return problems;
}

const OMM_NUMBERS = [
  'MEAN_MOTION',
  'ECCENTRICITY',
  'INCLINATION',
  'RA_OF_ASC_NODE',
  'ARG_OF_PERICENTER',
  'MEAN_ANOMALY',
  'NORAD_CAT_ID',
  'BSTAR',
] as const;

function ommProblems(omm: Readonly<Record<string, string | number>>): ElementSetProblem[] {
  const problems: ElementSetProblem[] = [];
  const epoch = omm.EPOCH;
  if (typeof epoch !== 'string' || !Number.isFinite(Date.parse(`${epoch.replace(/Z$/, '')}Z`)))
    problems.push({
      path: 'omm.EPOCH',
      message: `expected a UTC time like "2025-06-25T17:34:44.246Z", found ${JSON.stringify(epoch)}`,
    });
  for (const key of OMM_NUMBERS) {
    const value = omm[key];
    if (typeof value !== 'number' || !Number.isFinite(value))
      problems.push({
        path: `omm.${key}`,
        message: `expected a number, found ${JSON.stringify(value)}`,
      });
  }
  return problems;
}

/** The SGP4 record of a published element set, or the problems that stop it. */
export function readElementSet(
  input: ElementSetInput,
): { satrec: SatRec; problems: [] } | { satrec: null; problems: ElementSetProblem[] } {
  if ((input.tle === undefined) === (input.omm === undefined))
    return {
      satrec: null,
      problems: [{ path: '', message: 'expected exactly one of "tle" or "omm"' }],
    };
  const problems = input.tle ? tleProblems(input.tle) : ommProblems(input.omm!);
  if (problems.length > 0) return { satrec: null, problems };
  let satrec: SatRec;
  try {
    satrec = input.tle
      ? twoline2satrec(input.tle[0], input.tle[1])
      : json2satrec({
          ...(input.omm as Record<string, unknown>),
          EPOCH: String(input.omm!.EPOCH).replace(/Z$/, ''),
        } as unknown as Parameters<typeof json2satrec>[0]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      satrec: null,
      problems: [{ path: '', message: `expected an element set SGP4 can read: ${reason}` }],
    };
  }
  // SGP4 must fly it at its own epoch and a day either side.
  const flies = [0, -1440, 1440].every((minutes) => {
    const result = sgp4(satrec, minutes);
    return result !== null && Number.isFinite(result.position.x) && satrec.error === 0;
  });
  if (!flies)
    return {
      satrec: null,
      problems: [
        {
          path: '',
          message: `expected an orbit SGP4 can fly (eccentricity 0–1, above the atmosphere), found one it rejects (SGP4 error ${satrec.error})`,
        },
      ],
    };
  return { satrec, problems: [] };
}
