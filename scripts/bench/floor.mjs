// The floor page (bench/floor: a bare three.js lit, textured sphere): built with the app's Vite
// when its dist is missing or older than its sources, then measured like the peer.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runNode } from './run-node.mjs';

export async function prepareFloor({ root, floorDir }) {
  const built = join(floorDir, 'dist/index.html');
  const sources = ['index.html', 'src/main.js', 'vite.config.mjs'];
  const newest = Math.max(...sources.map((s) => statSync(join(floorDir, s)).mtimeMs));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  const { code, output } = await runNode(
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(floorDir, 'vite.config.mjs'),
    ],
    { cwd: root },
  );
  if (code !== 0) throw new Error(`building the floor page failed:\n${output.slice(-2000)}`);
}
