// Shared by the asset generators: fetch a pinned npm package, check it is the published tarball
// (sha512 integrity as the registry records it), and unpack it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fail(message) {
  throw new Error(message);
}

/** Unpacks an npm tarball under `tmp`; returns its `package/` directory. */
export function extractTarball(tgz, tmp) {
  const dest = join(tmp, 'extract');
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', dest], { stdio: ['ignore', 'ignore', 'inherit'] });
  return join(dest, 'package');
}

/** `npm pack NAME@VERSION` into `tmp`, verifies its integrity, returns the unpacked directory. */
export function packVerified(name, version, integrity, tmp) {
  console.log(`npm pack ${name}@${version} ...`);
  execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', tmp, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tgz) fail('npm pack produced no tarball');
  const found = `sha512-${createHash('sha512')
    .update(readFileSync(join(tmp, tgz)))
    .digest('base64')}`;
  if (found !== integrity) fail(`tarball integrity mismatch: ${found}`);
  return extractTarball(join(tmp, tgz), tmp);
}

/** Warns when a locally given package is not the pinned version. */
export function warnOnOtherVersion(packageJsonPath, name, version) {
  if (!existsSync(packageJsonPath)) return;
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  if (pkg.name !== name || pkg.version !== version) {
    console.warn(`warning: expected ${name}@${version}, found ${pkg.name}@${pkg.version}`);
  }
}
