/**
 * True for a WebGL renderer that rasterises on the CPU (SwiftShader, llvmpipe, …: no GPU), by
 * its name. The player starts such a renderer at the low tier (player/renderer-probe.ts), and
 * the view draws it images rather than GPU-compressed maps (gpu-maps.ts).
 */
export function isSoftwareRenderer(name: string | null): boolean {
  return (
    name !== null && /swiftshader|llvmpipe|softpipe|lavapipe|software|microsoft basic/i.test(name)
  );
}
