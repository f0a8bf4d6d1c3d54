import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { atmosphereTablesPlugin } from '../../../scripts/build/atmosphere-tables.ts';
import { computeAtmosphereTables } from '../../../src/view/atmosphere-model.ts';
import { decodeAtmosphereTables } from '../../../src/view/atmosphere-tables-file.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: unknown, self: unknown, ...args: unknown[]) =>
  (hook as Hook).call(self, ...args);

function loaded(command: 'build' | 'serve') {
  const plugin = atmosphereTablesPlugin();
  call(plugin.configResolved, plugin, { command } as ResolvedConfig);
  const id = call(plugin.resolveId, plugin, 'virtual:atmosphere-tables') as string;
  const emitted: { name: string; source: Uint8Array }[] = [];
  const context = {
    emitFile: (file: { name: string; source: Uint8Array }) => {
      emitted.push(file);
      return 'ref1';
    },
  };
  return { code: call(plugin.load, context, id) as string, emitted };
}

describe('the atmosphere tables in the build', () => {
  it("writes the tables the page would compute, and gives the page the file's URL", () => {
    const { code, emitted } = loaded('build');
    expect(code).toBe('export default import.meta.ROLLUP_FILE_URL_ref1;');
    expect(emitted).toHaveLength(1);
    const { source } = emitted[0]!;
    const read = decodeAtmosphereTables(
      source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) as ArrayBuffer,
    )!;
    expect(read.transmittance).toEqual(computeAtmosphereTables().transmittance);
  });

  it('gives no file when served in development: the page computes them', () => {
    expect(loaded('serve')).toEqual({ code: 'export default null;', emitted: [] });
  });
});
