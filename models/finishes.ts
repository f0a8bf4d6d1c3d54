/**
 * The surfaces the spacecraft wear, as physically based materials (docs/SOURCES.md: FIN-*):
 * polished aluminium, aluminised tape, silver and white paint, quilted thermal blankets, gold and
 * silver foil, solar cells, glass. Metals take their colour from their reflectance at normal
 * incidence (aluminium ≈ 0.91, gold ≈ 1.0/0.78/0.34 in linear RGB) and have no diffuse part: what
 * they show is the Sun's highlight and the environment they reflect, the Earth and its air
 * (src/view/EnvironmentFromSky), so in the Earth's shadow they go dark with everything else.
 *
 * A tier without an environment map would show such metals black but for the highlight, and a
 * software renderer pays for every texture read: `adaptFinishes` gives those tiers a plainer
 * variant of each finish (half metal, no detail map), the one the craft wore before.
 */
import * as THREE from 'three';
import {
  crinkleMap,
  panelLinesMap,
  quiltMap,
  ribsMap,
  solarCellsMap,
  tapeStripsMap,
} from './surface-maps.ts';

/** A map whose pattern has no count of its own tiles `u` × `v` times. */
function repeated(texture: THREE.DataTexture, u: number, v: number): THREE.DataTexture {
  texture.repeat.set(u, v);
  return texture;
}

interface Response {
  readonly metalness: number;
  readonly roughness: number;
}

interface FinishSpec extends Response {
  /** sRGB; for metals the reflectance at normal incidence. */
  readonly color: number;
  /** Without an environment map to reflect. */
  readonly plain?: Response;
  readonly detail?: (repeat: readonly [number, number]) => THREE.DataTexture;
  /** How strongly the detail map tilts the surface. */
  readonly detailScale?: number;
  readonly colorMap?: (repeat: readonly [number, number]) => THREE.DataTexture;
}

/** What each finish is; the numbers are the material's, the sources the docs' FIN-* tags. */
export const FINISHES = {
  /** Sputnik-1's sphere, polished to a high sheen (FIN-SPN). */
  'polished-aluminium': {
    // A polished alloy reflects a little less than pure aluminium.
    color: 0xd9dde2,
    metalness: 1,
    // Smooth enough to mirror the Earth, rough enough that the Sun's glint is a spot a few pixels
    // wide, not a point lost between them (there is no bloom to spread it).
    roughness: 0.18,
    plain: { metalness: 0.5, roughness: 0.2 },
  },
  /** Whip antennas and small metal fittings. */
  'bright-metal': {
    color: 0xd8dbde,
    metalness: 1,
    roughness: 0.25,
    plain: { metalness: 0.6, roughness: 0.3 },
  },
  /** Docking rings, probes, drogues, mechanisms: machined or anodised aluminium. */
  'machined-metal': {
    color: 0xb9bdc2,
    metalness: 1,
    roughness: 0.35,
    plain: { metalness: 0.4, roughness: 0.4 },
  },
  /** The Apollo CM: strips of aluminised polyimide tape, mirror-like (FIN-CMT, FIN-APF). */
  'aluminised-tape': {
    color: 0xeceef1,
    // The tape's wrinkles and overcoat scatter a little of the light: not quite a perfect mirror.
    metalness: 0.9,
    // The strips' wrinkles and seams spread the mirror's reflection (FIN-APF: it reads as one
    // piece of polished metal, bright wherever it catches the Earth or the Sun).
    roughness: 0.38,
    plain: { metalness: 0.45, roughness: 0.35 },
    detail: ([u]) => tapeStripsMap(Math.max(1, Math.round(u))),
    detailScale: 1,
  },
  /** Aluminium paint over insulation (the Apollo SM, FIN-APF), with its panel lines. */
  'silver-paint': {
    color: 0xd6d9dd,
    // Aluminium flakes in a binder: half mirror, half diffuse.
    metalness: 0.5,
    roughness: 0.5,
    plain: { metalness: 0.35, roughness: 0.4 },
    detail: ([u, v]) => panelLinesMap(u, v),
    detailScale: 0.8,
  },
  /** White thermal-control paint: radiators, the S-IVB, Dragon, the Docking Module (FIN-APF). */
  'white-paint': { color: 0xf2f2ee, metalness: 0, roughness: 0.55 },
  /** White paint over radiator tubes. */
  'white-radiator': {
    color: 0xf0f0ec,
    metalness: 0,
    roughness: 0.5,
    detail: ([u]) => ribsMap(Math.max(1, Math.round(u))),
    detailScale: 0.7,
  },
  /** Soyuz's green quilted insulation blankets (FIN-SZB, FIN-RP). */
  'green-blanket': {
    color: 0x74805f,
    metalness: 0,
    roughness: 0.85,
    detail: ([u, v]) => quiltMap(u, v),
    detailScale: 0.08,
  },
  /** White cloth-covered blankets (Salyut, Voskhod's airlock, the ISS's modules). */
  'white-blanket': {
    color: 0xe6e4dc,
    metalness: 0,
    roughness: 0.9,
    detail: ([u, v]) => quiltMap(u, v, 4),
    detailScale: 0.2,
  },
  /** Grey-white paint of Soyuz service modules. */
  'grey-paint': { color: 0xc4c7c5, metalness: 0, roughness: 0.6 },
  /** Gold-coloured foil: aluminised polyimide seen through its amber film (FIN-CMT). */
  'gold-foil': {
    color: 0xe8bd72,
    metalness: 1,
    roughness: 0.3,
    plain: { metalness: 0.45, roughness: 0.4 },
    detail: ([u, v]) => repeated(crinkleMap(11), u, v),
    detailScale: 1,
  },
  /** Silver foil: the same film with the metal outside. */
  'silver-foil': {
    color: 0xdadde1,
    metalness: 1,
    roughness: 0.3,
    plain: { metalness: 0.45, roughness: 0.4 },
    detail: ([u, v]) => repeated(crinkleMap(13), u, v),
    detailScale: 1,
  },
  /** Solar cells under cover glass: dark, glossy (the glass reflects, the cells absorb). */
  'solar-cells': {
    color: 0xffffff,
    metalness: 0.2,
    roughness: 0.22,
    colorMap: ([u, v]) => solarCellsMap(u, v),
  },
  /** The ISS's array blankets, gold-brown in photographs of the station (ISS-SAW). */
  'amber-cells': {
    color: 0xffffff,
    metalness: 0.2,
    roughness: 0.3,
    colorMap: ([u, v]) => solarCellsMap(u, v, 0x8a5a2a),
  },
  /**
   * The reflective coating over Vostok's and Voskhod's heat shields, against overheating in
   * sunlight (FIN-VOS): a dull silver over the ablator.
   */
  'thermal-coating': {
    color: 0xc4c1b8,
    metalness: 0.45,
    roughness: 0.55,
    plain: { metalness: 0.25, roughness: 0.6 },
  },
  /** Engine bells: dark, heat-tinted metal. */
  'engine-bell': {
    color: 0x4a4b4f,
    metalness: 1,
    roughness: 0.45,
    plain: { metalness: 0.6, roughness: 0.45 },
  },
  'black-paint': { color: 0x151618, metalness: 0, roughness: 0.5 },
  /** Windows: dark glass, which reflects like glass (no metal). */
  glass: { color: 0x0d1117, metalness: 0, roughness: 0.04 },
} as const satisfies Record<string, FinishSpec>;

export type FinishName = keyof typeof FINISHES;

export interface FinishOptions {
  /** How many panels, quilt cells, strips, ribs or cells the finish's map has across u and v. */
  repeat?: readonly [number, number];
  side?: THREE.Side;
  /** Replaces the finish's colour (another shade of the same surface). */
  color?: THREE.ColorRepresentation;
}

interface FinishData {
  finish: FinishName;
  full: Response;
  plain: Response;
  detail: THREE.Texture | null;
}

/** A new material of finish `name` (each build owns its materials and disposes them). */
export function finish(name: FinishName, options: FinishOptions = {}): THREE.MeshStandardMaterial {
  const spec: FinishSpec = FINISHES[name];
  const repeat = options.repeat ?? [1, 1];
  const material = new THREE.MeshStandardMaterial({
    color: options.color ?? spec.color,
    metalness: spec.metalness,
    roughness: spec.roughness,
    side: options.side ?? THREE.FrontSide,
  });
  material.name = name;
  const detail = spec.detail?.(repeat) ?? null;
  if (detail) {
    material.normalMap = detail;
    const scale = spec.detailScale ?? 1;
    material.normalScale.set(scale, scale);
  }
  const colorMap = spec.colorMap?.(repeat);
  if (colorMap) material.map = colorMap;
  const data: FinishData = {
    finish: name,
    full: { metalness: spec.metalness, roughness: spec.roughness },
    plain: spec.plain ?? { metalness: spec.metalness, roughness: spec.roughness },
    detail,
  };
  material.userData = data;
  return material;
}

/** The finish a material was made as, or null for a material not made by `finish`. */
export function finishOf(material: THREE.Material): FinishName | null {
  return (material.userData as Partial<FinishData>).finish ?? null;
}

/**
 * The colour a material shows from afar (linear RGB): its colour times the mean of its colour
 * map, if it has one made here.
 */
export function surfaceColour(material: THREE.MeshStandardMaterial): THREE.Color {
  const colour = material.color.clone();
  const image = material.map?.image as { data?: Uint8Array } | undefined;
  if (!image?.data) return colour;
  const sum = [0, 0, 0];
  const texels = image.data.length / 4;
  for (let i = 0; i < image.data.length; i += 4)
    for (let c = 0; c < 3; c++) sum[c]! += image.data[i + c]!;
  const mean = new THREE.Color().setRGB(
    sum[0]! / texels / 255,
    sum[1]! / texels / 255,
    sum[2]! / texels / 255,
    material.map!.colorSpace === THREE.SRGBColorSpace
      ? THREE.SRGBColorSpace
      : THREE.LinearSRGBColorSpace,
  );
  return colour.multiply(mean);
}

function materialsOf(root: THREE.Object3D): THREE.Material[] {
  const found = new Set<THREE.Material>();
  root.traverse((object) => {
    const material = (object as THREE.Mesh).material;
    if (!material) return;
    for (const m of Array.isArray(material) ? material : [material]) found.add(m);
  });
  return [...found];
}

/**
 * Sets every finish in `root` for a renderer with or without an environment map: with one, the
 * physically based finish and its detail map; without, the plainer variant (see the header).
 */
export function adaptFinishes(root: THREE.Object3D, environment: boolean): void {
  for (const material of materialsOf(root)) {
    const data = material.userData as Partial<FinishData>;
    if (!data.finish || !data.full || !data.plain) continue;
    const standard = material as THREE.MeshStandardMaterial;
    const response = environment ? data.full : data.plain;
    standard.metalness = response.metalness;
    standard.roughness = response.roughness;
    const normalMap = environment ? (data.detail ?? null) : null;
    if (standard.normalMap !== normalMap) {
      standard.normalMap = normalMap;
      standard.needsUpdate = true;
    }
  }
}

/** Frees the textures of the materials in `root` (the materials themselves are the caller's). */
export function disposeFinishTextures(root: THREE.Object3D): void {
  for (const material of materialsOf(root)) {
    const standard = material as THREE.MeshStandardMaterial;
    const data = material.userData as Partial<FinishData>;
    for (const texture of new Set([standard.map, standard.normalMap, data.detail]))
      texture?.dispose();
  }
}
