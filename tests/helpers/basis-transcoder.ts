import vm from 'node:vm';

/** What the tests use of the transcoder's module (Basis Universal's JavaScript bindings). */
export interface BasisKtx2File {
  isValid(): boolean;
  getWidth(): number;
  getHeight(): number;
  getLevels(): number;
  isUASTC(): boolean;
  startTranscoding(): boolean;
  getImageTranscodedSizeInBytes(level: number, layer: number, face: number, format: number): number;
  transcodeImage(
    dst: Uint8Array,
    level: number,
    layer: number,
    face: number,
    format: number,
    getAlphaForOpaqueFormats: number,
    channel0: number,
    channel1: number,
  ): number;
  close(): void;
  delete(): void;
}
export interface BasisModule {
  initializeBasis(): void;
  KTX2File: new (bytes: Uint8Array) => BasisKtx2File;
}

/** Basis Universal's transcoder format number for plain 8-bit RGBA. */
export const RGBA32 = 13;

/**
 * Runs a transcoder's JavaScript in a context where strings cannot be compiled as code (as under
 * the app's Content-Security-Policy) and WebAssembly can; resolves once its module is ready.
 */
export async function startTranscoder(js: string, wasm: Uint8Array): Promise<BasisModule> {
  const context = vm.createContext(
    { console, TextDecoder, setTimeout, clearTimeout, performance },
    { codeGeneration: { strings: false, wasm: true } },
  );
  vm.runInContext(`${js}\n;globalThis.BASIS = BASIS;`, context);
  const module = await new Promise<BasisModule>((resolve, reject) => {
    const config: Record<string, unknown> = {
      wasmBinary: wasm,
      onAbort: reject,
      onRuntimeInitialized: () => resolve(config as unknown as BasisModule),
    };
    (context.BASIS as (config: object) => Promise<unknown>)(config).catch(reject);
  });
  module.initializeBasis();
  return module;
}

/** One mip level of a KTX2 file as 8-bit RGBA, rows as stored (bottom row first here). */
export function transcodeLevel(
  basis: BasisModule,
  bytes: Uint8Array,
  level: number,
): { width: number; height: number; rgba: Uint8Array } {
  const file = new basis.KTX2File(bytes);
  try {
    if (!file.isValid() || !file.startTranscoding())
      throw new Error('not a transcodable KTX2 file');
    const width = Math.max(1, file.getWidth() >> level);
    const height = Math.max(1, file.getHeight() >> level);
    const rgba = new Uint8Array(file.getImageTranscodedSizeInBytes(level, 0, 0, RGBA32));
    if (!file.transcodeImage(rgba, level, 0, 0, RGBA32, 0, -1, -1))
      throw new Error(`level ${level} did not transcode`);
    return { width, height, rgba };
  } finally {
    file.close();
    file.delete();
  }
}
