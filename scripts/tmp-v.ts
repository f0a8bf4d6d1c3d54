import { readFileSync } from 'node:fs';
import { MODEL_CATALOG } from '../models/registry.ts';
import { loadScene } from '../src/core/script/load-scene.ts';
const s = loadScene('v', readFileSync('scenes/voskhod-2.json', 'utf8'), readFileSync('scenes/text/hu.txt', 'utf8'), MODEL_CATALOG);
const v = s.bodies.find((b) => b.id === 'voskhod-2')!;
for (const t of ['1965-03-18T07:08:47Z','1965-03-18T08:28:13Z','1965-03-18T08:32:54Z','1965-03-18T08:34:51Z','1965-03-18T08:40:00Z','1965-03-18T08:47:00Z','1965-03-19T08:30:00Z','1965-03-19T08:50:00Z','1965-03-19T09:02:17Z']) {
  const st = v.motion(Date.parse(t));
  console.log(t, st.latDeg.toFixed(2), st.lonDeg.toFixed(2), st.altKm.toFixed(1), st.phase);
}
let mx = 0; for (let t = Date.parse('1965-03-18T08:00:00Z'); t < Date.parse('1965-03-18T10:00:00Z'); t += 30000) mx = Math.max(mx, v.motion(t).altKm); console.log('max alt', mx);
