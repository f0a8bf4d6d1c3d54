/**
 * Small tiling textures made in code for the spacecraft's close shots: normal maps for panel
 * lines, quilted blankets, crinkled foil, tape strips and radiator ribs, and a colour map for
 * solar cells. They cost no image file, no download and a few milliseconds at build; every value
 * comes from a hash of the texel, so the same model looks the same in every frame and recording.
 */
import * as THREE from 'three';

const SIZE = 128;

/** A deterministic value in [0, 1) for a lattice point (no Math.random: frames are reproducible). */
function hash(x: number, y: number, seed: number): number {
  let h = Math.imul(x | 0, 374761393) ^ Math.imul(y | 0, 668265263) ^ Math.imul(seed, 982451653);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Smooth value noise on a lattice of `cells` per side, tiling over the texture. */
function valueNoise(u: number, v: number, cells: number, seed: number): number {
  const x = u * cells;
  const y = v * cells;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const sx = fx * fx * (3 - 2 * fx);
  const sy = fy * fy * (3 - 2 * fy);
  const at = (i: number, j: number) => hash((i + cells) % cells, (j + cells) % cells, seed);
  const top = at(x0, y0) + (at(x0 + 1, y0) - at(x0, y0)) * sx;
  const bottom = at(x0, y0 + 1) + (at(x0 + 1, y0 + 1) - at(x0, y0 + 1)) * sx;
  return top + (bottom - top) * sy;
}

function tiling(texture: THREE.DataTexture): THREE.DataTexture {
  texture.wrapS = THREE.RepeatWrapping;
  texture.wrapT = THREE.RepeatWrapping;
  texture.magFilter = THREE.LinearFilter;
  texture.minFilter = THREE.LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.needsUpdate = true;
  return texture;
}

/**
 * A tangent-space normal map from a height field over the unit square (u across, v up), which
 * must tile. `strength` scales the slopes: 1 turns a height step of 1 over the whole texture into
 * a 45° slope.
 */
export function normalMapFromHeight(
  height: (u: number, v: number) => number,
  strength: number,
): THREE.DataTexture {
  const field = new Float32Array(SIZE * SIZE);
  for (let j = 0; j < SIZE; j++)
    for (let i = 0; i < SIZE; i++) field[j * SIZE + i] = height(i / SIZE, j / SIZE);
  const data = new Uint8Array(SIZE * SIZE * 4);
  const at = (i: number, j: number) => field[((j + SIZE) % SIZE) * SIZE + ((i + SIZE) % SIZE)]!;
  for (let j = 0; j < SIZE; j++) {
    for (let i = 0; i < SIZE; i++) {
      const dx = ((at(i + 1, j) - at(i - 1, j)) * SIZE * strength) / 2;
      const dy = ((at(i, j + 1) - at(i, j - 1)) * SIZE * strength) / 2;
      const length = Math.hypot(dx, dy, 1);
      const k = (j * SIZE + i) * 4;
      data[k] = Math.round(((-dx / length) * 0.5 + 0.5) * 255);
      data[k + 1] = Math.round(((-dy / length) * 0.5 + 0.5) * 255);
      data[k + 2] = Math.round(((1 / length) * 0.5 + 0.5) * 255);
      data[k + 3] = 255;
    }
  }
  return tiling(new THREE.DataTexture(data, SIZE, SIZE));
}

/** Grooves between panels: `columns` across, `rows` up; a groove is `width` of a panel wide. */
export function panelLinesMap(columns: number, rows: number, width = 0.03): THREE.DataTexture {
  const groove = (t: number, n: number) => {
    const f = (t * n) % 1;
    return Math.min(1, Math.min(f, 1 - f) / width);
  };
  return normalMapFromHeight(
    (u, v) => (Math.min(groove(u, columns), rows > 0 ? groove(v, rows) : 1) * 0.6) / SIZE,
    1.5,
  );
}

/**
 * Quilted multi-layer insulation: stitched cells, each gently pillowed, with a little creasing
 * so no two look alike.
 */
export function quiltMap(columns: number, rows: number, seed = 1): THREE.DataTexture {
  return normalMapFromHeight((u, v) => {
    const pillow = Math.sqrt(
      Math.max(0, Math.sin(Math.PI * ((u * columns) % 1)) * Math.sin(Math.PI * ((v * rows) % 1))),
    );
    const crease = valueNoise(u, v, 16, seed) * 0.35 + valueNoise(u, v, 32, seed + 1) * 0.15;
    return ((pillow + crease) * 2) / SIZE;
  }, 1);
}

/** Crinkled foil: many small facets at random tilts, which scatter a mirror's reflection. */
export function crinkleMap(seed = 7): THREE.DataTexture {
  return normalMapFromHeight(
    (u, v) =>
      (valueNoise(u, v, 8, seed) * 1.2 +
        valueNoise(u, v, 16, seed + 1) * 0.8 +
        valueNoise(u, v, 32, seed + 2) * 0.5) /
      SIZE,
    4,
  );
}

/**
 * Strips of reflective tape laid side by side along v: each strip lies at a slightly different
 * tilt and the seams between them stand a little proud, so the mirror breaks into bands.
 */
export function tapeStripsMap(strips: number, seed = 3): THREE.DataTexture {
  return normalMapFromHeight((u, v) => {
    const x = u * strips;
    const strip = Math.floor(x);
    const f = x - strip;
    const tilt = (hash(strip % strips, 0, seed) - 0.5) * 1.6;
    const seam = Math.max(0, 1 - Math.min(f, 1 - f) / 0.06) * 0.5;
    // The tilt is a slope across the strip; bands of slow waviness along it.
    const waviness = valueNoise(u, v, 8, seed + 1) * 0.8;
    return (Math.sin(Math.PI * f) * tilt + seam + waviness) / SIZE;
  }, 1.2);
}

/** Radiator panels: `ribs` tubes along v, bonded to the face sheet. */
export function ribsMap(ribs: number): THREE.DataTexture {
  return normalMapFromHeight((u) => (Math.abs(Math.sin(Math.PI * u * ribs)) ** 4 * 0.7) / SIZE, 1);
}

/**
 * Solar cells (sRGB colour): cells of `cellColour` (dark blue silicon by default) under cover
 * glass in a grid of `columns` × `rows`, with light interconnect lines between them.
 */
export function solarCellsMap(
  columns: number,
  rows: number,
  cellColour = 0x222e5a,
): THREE.DataTexture {
  const data = new Uint8Array(SIZE * SIZE * 4);
  const cell = [(cellColour >> 16) & 0xff, (cellColour >> 8) & 0xff, cellColour & 0xff];
  const line = [0xb8, 0xbc, 0xc4];
  for (let j = 0; j < SIZE; j++) {
    for (let i = 0; i < SIZE; i++) {
      const fu = ((i / SIZE) * columns) % 1;
      const fv = ((j / SIZE) * rows) % 1;
      const onLine = Math.min(fu, 1 - fu) < 0.025 || Math.min(fv, 1 - fv) < 0.025;
      const shade =
        0.85 + hash(Math.floor((i / SIZE) * columns), Math.floor((j / SIZE) * rows), 5) * 0.3;
      const k = (j * SIZE + i) * 4;
      for (let c = 0; c < 3; c++)
        data[k + c] = onLine ? line[c]! : Math.min(255, Math.round(cell[c]! * shade));
      data[k + 3] = 255;
    }
  }
  const texture = tiling(new THREE.DataTexture(data, SIZE, SIZE));
  texture.colorSpace = THREE.SRGBColorSpace;
  return texture;
}
