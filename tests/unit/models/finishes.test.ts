import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  adaptFinishes,
  finish,
  finishOf,
  FINISHES,
  surfaceColour,
  type FinishName,
} from '../../../models/finishes.ts';
import { disposeModel } from '../../../models/index.ts';
import { MODELS } from '../../../models/registry.ts';
import { crinkleMap, quiltMap, solarCellsMap } from '../../../models/surface-maps.ts';

const NAMES = Object.keys(FINISHES) as FinishName[];
/** Figures and fabric, not spacecraft: they keep their own materials. */
const NOT_CRAFT = ['parachutist', 'spacewalker', 'capsule-parachute'];

function materialsOf(root: THREE.Object3D): THREE.MeshStandardMaterial[] {
  const found = new Set<THREE.MeshStandardMaterial>();
  root.traverse((o) => {
    const m = (o as THREE.Mesh).material;
    if (m)
      for (const one of Array.isArray(m) ? m : [m]) found.add(one as THREE.MeshStandardMaterial);
  });
  return [...found];
}

describe('surface finishes', () => {
  it('make metals fully metallic with an environment to reflect, half metal without', () => {
    for (const name of NAMES) {
      const material = finish(name);
      expect(finishOf(material)).toBe(name);
      const group = new THREE.Group().add(new THREE.Mesh(new THREE.BoxGeometry(), material));
      adaptFinishes(group, false);
      expect(material.metalness, name).toBeLessThanOrEqual(0.6);
      expect(material.normalMap, name).toBeNull();
      adaptFinishes(group, true);
      expect(material.metalness, name).toBe(FINISHES[name].metalness);
      disposeModel(group);
    }
    expect(finish('polished-aluminium').metalness).toBe(1);
    expect(finish('gold-foil').metalness).toBe(1);
  });

  it('give foil, tape, paint and blankets a detail map, and gold a gold colour', () => {
    for (const name of [
      'aluminised-tape',
      'silver-paint',
      'green-blanket',
      'gold-foil',
      'silver-foil',
    ] as const)
      expect(finish(name).normalMap, name).toBeInstanceOf(THREE.DataTexture);
    const gold = finish('gold-foil').color;
    expect(gold.r).toBeGreaterThan(gold.g);
    expect(gold.g).toBeGreaterThan(gold.b * 1.5);
    const green = surfaceColour(finish('green-blanket'));
    expect(green.g).toBeGreaterThan(green.r);
    expect(green.g).toBeGreaterThan(green.b);
    const cells = surfaceColour(finish('solar-cells', { repeat: [6, 8] }));
    expect(cells.b).toBeGreaterThan(cells.r);
  });

  it('are made the same way every time (no random numbers: recordings repeat)', () => {
    const a = crinkleMap(3).image.data as Uint8Array;
    const b = crinkleMap(3).image.data as Uint8Array;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(crinkleMap(4).image.data as Uint8Array))).toBe(false);
    // Normal maps point out of the surface: z (blue) above one half everywhere.
    const quilt = quiltMap(8, 4).image.data as Uint8Array;
    for (let i = 2; i < quilt.length; i += 4) expect(quilt[i]).toBeGreaterThan(128);
    expect(solarCellsMap(4, 4).colorSpace).toBe(THREE.SRGBColorSpace);
  });

  it('dress every spacecraft, none glowing (dark in the Earth’s shadow)', () => {
    for (const { id, build } of MODELS) {
      const model = build();
      const materials = materialsOf(model);
      for (const material of materials) {
        expect(material.emissive.getHex(), `${id} ${material.name}`).toBe(0);
        if (!NOT_CRAFT.includes(id))
          expect(finishOf(material), `${id}: a material not made by finish()`).not.toBeNull();
      }
      disposeModel(model);
    }
  });

  it('free their textures with the model', () => {
    const model = MODELS.find((m) => m.id === 'apollo-csm')!.build();
    const textures = materialsOf(model).flatMap((m) => [m.map, m.normalMap].filter((t) => t));
    expect(textures.length).toBeGreaterThan(2);
    let disposed = 0;
    for (const texture of textures) texture!.addEventListener('dispose', () => disposed++);
    disposeModel(model);
    expect(disposed).toBe(textures.length);
  });
});
