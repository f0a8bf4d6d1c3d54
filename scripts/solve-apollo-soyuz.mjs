#!/usr/bin/env node
// Re-solves the computed numbers of scenes/apollo-soyuz.json (see scripts/solve/apollo-soyuz.ts)
// and writes them back; prints what it found. Run after changing a documented number.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const file = new URL('../scenes/apollo-soyuz.json', import.meta.url);
const { module } = await runnerImport('/scripts/solve/apollo-soyuz.ts');
const input = JSON.parse(readFileSync(file, 'utf8'));
const { scene, report } = module.solveApolloSoyuz(input);
// Only the solved numbers change; defaults the schema filled in are not written back.
const patch = (raw, solved) => {
  for (const [i, body] of raw.bodies.entries()) {
    const t = body.trajectory;
    const s = solved.bodies[i].trajectory;
    if (t.kind !== 'sgp4-documented') continue;
    t.passOver = { ...t.passOver, latDeg: s.passOver.latDeg, lonDeg: s.passOver.lonDeg };
    if (s.passOver.lagSec !== undefined) t.passOver.lagSec = s.passOver.lagSec;
    t.argPerigeeDeg = s.argPerigeeDeg;
    for (const [k, burn] of (t.burns ?? []).entries()) {
      burn.utc = s.burns[k].utc;
      if (burn.apogeeKm !== undefined) burn.apogeeKm = s.burns[k].apogeeKm;
    }
  }
  return raw;
};
writeFileSync(file, `${JSON.stringify(patch(input, scene), null, 2)}\n`);
for (const line of report) console.log(line);
