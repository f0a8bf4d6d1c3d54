import { describe, expect, it } from 'vitest';
import {
  computeAtmosphereTables,
  createAtmosphereSource,
  type AtmosphereTables,
} from '../../../src/view/atmosphere-model.ts';
import {
  decodeAtmosphereTables,
  encodeAtmosphereTables,
} from '../../../src/view/atmosphere-tables-file.ts';

const computed = computeAtmosphereTables();
const bufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("the atmosphere tables' file", () => {
  it('reads back every value bit for bit', () => {
    const read = decodeAtmosphereTables(bufferOf(encodeAtmosphereTables(computed)))!;
    for (const key of ['transmittance', 'multipleScattering', 'groundIrradiance'] as const)
      expect(new Uint8Array(read[key].buffer)).toEqual(new Uint8Array(computed[key].buffer));
  });

  it('reads a file of other table sizes, or a cut one, as no file', () => {
    const bytes = encodeAtmosphereTables(computed);
    expect(decodeAtmosphereTables(bufferOf(bytes.subarray(0, bytes.length - 4)))).toBeNull();
    const otherSizes = bytes.slice();
    new DataView(otherSizes.buffer).setUint32(0, 128 * 32 * 3, true);
    expect(decodeAtmosphereTables(bufferOf(otherSizes))).toBeNull();
  });
});

describe("a player's atmosphere source", () => {
  it('takes the tables read from the file when they are in before it is asked', async () => {
    const read = decodeAtmosphereTables(bufferOf(encodeAtmosphereTables(computed)))!;
    const arrived = Promise.resolve<AtmosphereTables | null>(read);
    const source = createAtmosphereSource(arrived);
    await arrived;
    expect(source.tables()).toBe(read);
  });

  it('computes them when the file is not in yet, and keeps what it computed', async () => {
    let arrive: (tables: AtmosphereTables | null) => void = () => {};
    const late = new Promise<AtmosphereTables | null>((resolve) => (arrive = resolve));
    const source = createAtmosphereSource(late);
    const first = source.tables();
    expect(first.transmittance).toEqual(computed.transmittance);
    arrive(decodeAtmosphereTables(bufferOf(encodeAtmosphereTables(computed))));
    await late;
    expect(source.tables()).toBe(first);
  });
});
