import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchTranscoder, transcoderFiles } from '../../../scripts/build/basis-transcoder.ts';
import { startTranscoder, transcodeLevel } from '../../helpers/basis-transcoder.ts';
import { root } from '../../helpers/scenes.ts';

const shipped = join(
  dirname(createRequire(import.meta.url).resolve('three/examples/jsm/loaders/KTX2Loader.js')),
  '../libs/basis/basis_transcoder.js',
);
const water = new Uint8Array(readFileSync(join(root, 'public/textures/earth-water.ktx2')));

// Each context below forbids compiling strings as code and allows WebAssembly, as the app's
// Content-Security-Policy does ('wasm-unsafe-eval', no 'unsafe-eval').
describe("the KTX2 maps' transcoder under the app's policy", () => {
  it('fails as three ships it: its bindings compile generated text', async () => {
    const { wasm } = transcoderFiles();
    await expect(startTranscoder(readFileSync(shipped, 'utf8'), wasm)).rejects.toThrow(
      /code generation from strings disallowed/i,
    );
  });

  it('starts patched and transcodes a map, every mip level', async () => {
    const { js, wasm } = transcoderFiles();
    const basis = await startTranscoder(js, wasm);
    const top = transcodeLevel(basis, water, 0);
    expect([top.width, top.height]).toEqual([2048, 1024]);
    expect(top.rgba).toHaveLength(2048 * 1024 * 4);
    const last = transcodeLevel(basis, water, 11);
    expect([last.width, last.height]).toEqual([1, 1]);
  });

  it('stops the build with a clear message if three changes the file', () => {
    const source = readFileSync(shipped, 'utf8');
    expect(() =>
      patchTranscoder(source.replace('newFunc(Function,args)', 'newFunc(F,args)')),
    ).toThrow(
      /basis_transcoder\.js: expected one .* found 0: update scripts\/build\/basis-transcoder\.ts/,
    );
  });
});
