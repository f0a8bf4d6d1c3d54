/**
 * Writes the atmosphere's tables into the build (src/view/atmosphere-tables-file.ts): the same
 * code the page would run, run once here. `virtual:atmosphere-tables` is the file's URL in a
 * build, and null when serving (the page then computes them, as it does when the file is late).
 */
import type { Plugin } from 'vite';
import { computeAtmosphereTables } from '../../src/view/atmosphere-model.ts';
import { encodeAtmosphereTables } from '../../src/view/atmosphere-tables-file.ts';

const ID = 'virtual:atmosphere-tables';
const RESOLVED = `\0${ID}`;

export function atmosphereTablesPlugin(): Plugin {
  let building = false;
  return {
    name: 'urverseny:atmosphere-tables',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (!building) return 'export default null;';
      const ref = this.emitFile({
        type: 'asset',
        name: 'atmosphere-tables.bin',
        source: encodeAtmosphereTables(computeAtmosphereTables()),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
