/** A published element set in a scene file, checked with the rest of the file's rules. */
import { readElementSet, type ElementSetProblem } from '../orbit/published-elements.ts';
import type { BodyFile } from './schema.ts';

type ElementSetTrajectory = Extract<BodyFile['trajectory'], { kind: 'element-set' }>;

export function elementSetProblems(t: ElementSetTrajectory): ElementSetProblem[] {
  return readElementSet(t.tle ? { tle: t.tle } : { omm: t.omm }).problems;
}
