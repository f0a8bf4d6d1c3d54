import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { APAS_75_DIMENSIONS } from '../../../models/apas-75.ts';
import { surfaceColour } from '../../../models/finishes.ts';
import { countMeshes } from '../../../models/parts.ts';
import { buildSoyuz7kTm, SOYUZ_7KTM_APAS_FACE_X } from '../../../models/soyuz-7k-tm.ts';

const model = buildSoyuz7kTm();
const named = (name: string) => model.children.filter((c) => c.name === name);
const bounds = (objects: THREE.Object3D[]) => {
  const b = new THREE.Box3();
  for (const o of objects) b.expandByObject(o);
  return b;
};
const size = (objects: THREE.Object3D[]) => bounds(objects).getSize(new THREE.Vector3());
const colour = (name: string) =>
  surfaceColour((named(name)[0] as THREE.Mesh).material as THREE.MeshStandardMaterial);

describe('Soyuz 7K-TM model at documented size (A-RP48, A-AXTM, A-ASI)', () => {
  it('costs at most 10 draw calls', () => {
    expect(countMeshes(model)).toBeLessThanOrEqual(10);
    expect(model.name).toBe('soyuz-7k-tm');
  });

  it('has a 2.25 m × 2.64 m orbital module', () => {
    const om = size(named('orbital-module'));
    expect(om.x).toBeCloseTo(2.64, 2);
    expect(om.y).toBeCloseTo(2.25, 2);
  });

  it('has a 2.2 m long, 2.3 m wide descent module', () => {
    const dm = size(named('descent-module'));
    expect(dm.x).toBeCloseTo(2.2, 2);
    expect(dm.y).toBeCloseTo(2.3, 2);
  });

  it('has a 2.3 m long service module flaring from 2.3 m to 2.72 m', () => {
    const sm = named('service-module')[0] as THREE.Mesh;
    const box = bounds([sm]);
    expect(box.max.x - box.min.x).toBeCloseTo(2.3, 2);
    expect(box.max.y - box.min.y).toBeCloseTo(2.72, 2);
    // Widest part aft, 2.3 m at the forward end.
    const position = sm.geometry.getAttribute('position');
    let forwardRadius = 0;
    for (let i = 0; i < position.count; i++) {
      if (position.getX(i) > box.max.x - 0.15) {
        forwardRadius = Math.max(forwardRadius, Math.hypot(position.getY(i), position.getZ(i)));
      }
    }
    expect(2 * forwardRadius).toBeCloseTo(2.3, 2);
  });

  it('stacks service, descent and orbital modules towards +X, the APAS unit in front', () => {
    const order = ['service-module', 'descent-module', 'orbital-module', 'apas-ring'];
    const boxes = order.map((name) => bounds(named(name)));
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.min.x).toBeCloseTo(boxes[i - 1]!.max.x, 3);
    }
  });

  it('is 7.48 m long and 2.72 m wide without the arrays', () => {
    const body = model.children.filter((c) => !['solar-arrays', 'apas-petals'].includes(c.name));
    const s = size(body);
    expect(s.x).toBeCloseTo(7.48, 2);
    expect(s.y).toBeCloseTo(2.72, 2);
    expect(s.z).toBeCloseTo(2.72, 2);
  });

  it('spans 8.37 m across its two solar arrays', () => {
    expect(size(named('solar-arrays')).z).toBeCloseTo(8.37, 2);
  });

  it('puts the APAS mating plane at the front of the ring, with three petals past it', () => {
    expect(SOYUZ_7KTM_APAS_FACE_X).toBeCloseTo(2.98, 3);
    expect(bounds(named('apas-ring')).max.x).toBeCloseTo(SOYUZ_7KTM_APAS_FACE_X, 3);
    const petals = named('apas-petals')[0] as THREE.InstancedMesh;
    expect(petals.count).toBe(3);
    expect(bounds([petals]).max.x - SOYUZ_7KTM_APAS_FACE_X).toBeCloseTo(
      APAS_75_DIMENSIONS.petalReachM,
      3,
    );
  });

  it('wears grey-green blankets, a lighter service module and blue cells', () => {
    const blanket = colour('orbital-module');
    expect(colour('descent-module').equals(blanket)).toBe(true);
    expect(blanket.g).toBeGreaterThan(blanket.r);
    expect(blanket.g).toBeGreaterThan(blanket.b);
    const hsl = { h: 0, s: 0, l: 0 };
    const lightness = (c: THREE.Color) => c.getHSL(hsl).l;
    expect(lightness(colour('service-module'))).toBeGreaterThan(lightness(blanket));
    const cells = colour('solar-arrays');
    expect(cells.b).toBeGreaterThan(cells.r);
    expect(lightness(cells)).toBeLessThan(0.3);
  });
});
