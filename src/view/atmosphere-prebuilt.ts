/**
 * The atmosphere's tables from the file the build wrote (atmosphere-tables-file.ts), asked for
 * at boot beside the scene texts. The view takes them if they are in when it first needs them,
 * and computes them itself otherwise (a dev server, a failed fetch): nothing waits for the file.
 */
import tablesUrl from 'virtual:atmosphere-tables';
import type { AtmosphereTables } from './atmosphere-model.ts';
import { decodeAtmosphereTables } from './atmosphere-tables-file.ts';

export function prebuiltAtmosphereTables(): Promise<AtmosphereTables | null> | null {
  if (tablesUrl === null) return null;
  return fetch(tablesUrl)
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .then((buffer) => (buffer ? decodeAtmosphereTables(buffer) : null))
    .catch(() => null);
}
