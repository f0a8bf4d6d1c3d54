import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { countMeshes } from '../../../models/parts.ts';
import {
  buildVoskhod3kd,
  VOSKHOD_3KD_PORTS,
  VOSKHOD_3KD_TETHER_ANCHOR_M,
} from '../../../models/voskhod-3kd.ts';

const model = buildVoskhod3kd();
model.updateMatrixWorld(true);
const named = (name: string) => model.children.filter((c) => c.name === name);
const bounds = (objects: THREE.Object3D[]) => {
  const b = new THREE.Box3();
  for (const o of objects) b.expandByObject(o, true);
  return b;
};
const size = (objects: THREE.Object3D[]) => bounds(objects).getSize(new THREE.Vector3());

describe('Voskhod 3KD model at documented size (V2-VS, V2-SF, V2-AXV, V2-DE)', () => {
  it('keeps the Vostok 2.3 m sphere and the 2.25 m × 2.43 m instrument module', () => {
    expect(model.name).toBe('voskhod-3kd');
    expect(size(named('descent-sphere')).y).toBeCloseTo(2.3, 3);
    const module = size(named('instrument-module'));
    expect(module.x).toBeCloseTo(2.25, 2);
    expect(module.y).toBeCloseTo(2.43, 2);
  });

  it('is 5.0 m long with the backup retro-pack on the nose of the sphere', () => {
    const hull = model.children.filter(
      (c) => !['antenna', 'airlock', 'airlock-stowed'].includes(c.name),
    );
    const box = bounds(hull);
    expect(box.max.x - box.min.x).toBeCloseTo(5.0, 2);
    const pack = bounds(named('retro-pack'));
    expect(pack.max.x).toBeCloseTo(box.max.x, 6);
    expect(pack.min.x).toBeLessThan(2.3 / 2);
  });

  it('carries the inflated Volga airlock, 2.5 m long and 1.2 m across, as a child to hide', () => {
    const airlock = named('airlock');
    expect(airlock).toHaveLength(1);
    expect(airlock[0]!.visible).toBe(true);
    const box = bounds(airlock);
    const s = box.getSize(new THREE.Vector3());
    expect(s.y).toBeCloseTo(2.5, 2);
    expect(s.x).toBeCloseTo(1.2, 2);
    expect(s.z).toBeCloseTo(1.2, 2);
    // Standing on the sphere: its base ring's rim on the hull, nothing floating in between.
    const rimOnHull = Math.sqrt(1.15 ** 2 - 0.6 ** 2);
    expect(box.min.y).toBeLessThanOrEqual(rimOnHull + 1e-6);
    expect(box.min.y).toBeGreaterThan(rimOnHull - 0.05);
    // Hiding it hides all of it (the jettison).
    airlock[0]!.visible = false;
    let shown = 0;
    airlock[0]!.traverseVisible(() => shown++);
    expect(shown).toBe(0);
    airlock[0]!.visible = true;
  });

  it('keeps the stowed airlock (0.70 m × 0.77 m) hidden beside it', () => {
    const stowed = named('airlock-stowed');
    expect(stowed).toHaveLength(1);
    expect(stowed[0]!.visible).toBe(false);
    const box = bounds(stowed);
    expect(box.max.x - box.min.x).toBeCloseTo(0.7, 2);
    expect(box.max.y - 1.15).toBeCloseTo(0.77, 2);
  });

  it('puts the hatch and the tether anchor on the airlock outer end, facing out', () => {
    const box = bounds(named('airlock'));
    const hatch = VOSKHOD_3KD_PORTS['airlock-hatch']!;
    expect(hatch.positionM[1]).toBeCloseTo(box.max.y, 6);
    expect(hatch.axis).toEqual([0, 1, 0]);
    expect(VOSKHOD_3KD_TETHER_ANCHOR_M[1]).toBeCloseTo(box.max.y, 6);
    expect(Math.hypot(VOSKHOD_3KD_TETHER_ANCHOR_M[0], VOSKHOD_3KD_TETHER_ANCHOR_M[2])).toBeLessThan(
      0.6,
    );
  });

  it('costs at most 14 draw calls', () => {
    expect(countMeshes(model)).toBeLessThanOrEqual(14);
  });
});
