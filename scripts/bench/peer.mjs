// The CesiumJS peer (bench/peer-cesium): installed separately, built with the app's Vite.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runNode } from './run-node.mjs';

/** Checks the peer's install and builds it when its dist is missing or older than its sources. */
export async function preparePeer({ root, peerDir, measureBundle }) {
  if (!existsSync(join(peerDir, 'node_modules/cesium/package.json')))
    return {
      skipped:
        'bench/peer-cesium/node_modules is missing; install the peer with `npm install --prefix bench/peer-cesium` (about 130 MB) to compare with CesiumJS',
    };
  const cesiumVersion = JSON.parse(
    readFileSync(join(peerDir, 'node_modules/cesium/package.json'), 'utf8'),
  ).version;
  const sources = [
    'index.html',
    'src/main.js',
    'src/sputnik-1.json',
    'vite.config.mjs',
    'package-lock.json',
  ];
  const built = join(peerDir, 'dist/index.html');
  const newest = Math.max(...sources.map((s) => statSync(join(peerDir, s)).mtimeMs));
  let buildMs = null;
  if (!existsSync(built) || statSync(built).mtimeMs < newest) {
    console.log('peer: building bench/peer-cesium with the app’s Vite …');
    const started = Date.now();
    const { code, output } = await runNode(
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        join(peerDir, 'vite.config.mjs'),
      ],
      { cwd: root },
    );
    if (code !== 0) throw new Error(`building the peer failed:\n${output.slice(-2000)}`);
    buildMs = Date.now() - started;
    console.log(`peer: built in ${(buildMs / 1000).toFixed(1)} s`);
  }
  return { cesiumVersion, buildMs, bundle: measureBundle(join(peerDir, 'dist')) };
}
