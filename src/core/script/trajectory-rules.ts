/** Rules of one body's trajectory: its times in order, its burns, phases and rendezvous steps. */
import { parseUtc } from '../time/utc.ts';
import { elementSetProblems } from './element-set-rules.ts';
import type { SceneFile } from './schema.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

type Trajectory = SceneFile['bodies'][number]['trajectory'];

export function checkTrajectory(
  t: Trajectory,
  at: string,
  add: (path: string, message: string) => void,
  knownSource: (path: string, tag: string) => void,
): void {
  if (t.kind === 'parachute') {
    if (utc(t.landing.utc) <= utc(t.leave))
      add(
        `${at}.landing.utc`,
        `expected a time after "leave" (${t.leave}), found "${t.landing.utc}"`,
      );
    return;
  }
  if (t.kind === 'element-set') {
    for (const problem of elementSetProblems(t))
      add(problem.path ? `${at}.${problem.path}` : at, problem.message);
    return;
  }
  if (t.kind === 'attached') {
    let last = -Infinity;
    t.phases.forEach((p, k) => {
      if (utc(p.from) < last)
        add(`${at}.phases[${k}].from`, `expected phases in time order, found "${p.from}"`);
      last = utc(p.from);
    });
    return;
  }
  if (t.apogeeKm < t.perigeeKm)
    add(`${at}.apogeeKm`, `expected at least perigeeKm (${t.perigeeKm}), found ${t.apogeeKm}`);
  if (Math.abs(t.passOver.latDeg) > Math.min(t.inclinationDeg, 180 - t.inclinationDeg)) {
    add(
      `${at}.passOver.latDeg`,
      `expected a latitude the orbit reaches (|lat| ≤ ${t.inclinationDeg}°), found ${t.passOver.latDeg}`,
    );
  }
  for (const key of ['ascent', 'descent'] as const) {
    const leg = t[key];
    if (!leg) continue;
    knownSource(`${at}.${key}.source`, leg.source);
    if (utc(leg.until) <= utc(leg.from))
      add(`${at}.${key}.until`, `expected a time after "from" (${leg.from}), found "${leg.until}"`);
    if (leg.chute && key === 'ascent')
      add(`${at}.ascent.chute`, 'expected a chute on a descent only');
    else if (
      leg.chute &&
      (utc(leg.chute.utc) <= utc(leg.from) || utc(leg.chute.utc) >= utc(leg.until))
    )
      add(
        `${at}.${key}.chute.utc`,
        `expected a time between "from" (${leg.from}) and "until" (${leg.until}), found "${leg.chute.utc}"`,
      );
  }
  if (t.ascent && t.descent && utc(t.descent.from) < utc(t.ascent.until)) {
    add(
      `${at}.descent.from`,
      `expected a time after the ascent ends (${t.ascent.until}), found "${t.descent.from}"`,
    );
  }
  let lastBurn = t.ascent ? utc(t.ascent.until) : -Infinity;
  (t.burns ?? []).forEach((burn, k) => {
    const path = `${at}.burns[${k}]`;
    knownSource(`${path}.source`, burn.source);
    if ((burn.apogeeKm === undefined) === (burn.perigeeKm === undefined))
      add(path, 'expected exactly one of "apogeeKm" or "perigeeKm"');
    if (utc(burn.utc) <= lastBurn)
      add(
        `${path}.utc`,
        `expected a time after the previous burn or the ascent, found "${burn.utc}"`,
      );
    lastBurn = utc(burn.utc);
  });
  const documented = (t.burns ?? []).filter((b) => b.apsis === 'documented');
  if (documented.length > 1)
    add(
      `${at}.burns`,
      `expected at most one burn with apsis "documented" (one argument of perigee to solve), found ${documented.length}`,
    );
  if (t.laterPass) knownSource(`${at}.laterPass.source`, t.laterPass.source);
  let lastOffset = -Infinity;
  (t.offsets ?? []).forEach((key, k) => {
    if (utc(key.utc) <= lastOffset)
      add(`${at}.offsets[${k}].utc`, `expected keys in time order, found "${key.utc}"`);
    lastOffset = utc(key.utc);
  });
  const r = t.rendezvous;
  if (r) {
    knownSource(`${at}.rendezvous.source`, r.source);
    const steps = ['terminalPhase', 'braking', 'finalApproach', 'contact'] as const;
    steps.forEach((step, k) => {
      const previous = steps[k - 1];
      if (previous && utc(r[step]) <= utc(r[previous]))
        add(
          `${at}.rendezvous.${step}`,
          `expected a time after ${previous} (${r[previous]}), found "${r[step]}"`,
        );
    });
    if (utc(r.terminalPhase) <= lastBurn)
      add(
        `${at}.rendezvous.terminalPhase`,
        `expected a time after the last burn, found "${r.terminalPhase}"`,
      );
  }
}
