import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildVostok3ka } from '../../../models/vostok-3ka.ts';

const model = buildVostok3ka();
const named = (name: string) => model.children.filter((c) => c.name === name) as THREE.Mesh[];
const box = (objects: THREE.Object3D[]) => {
  const b = new THREE.Box3();
  for (const o of objects) b.expandByObject(o);
  return b.getSize(new THREE.Vector3());
};

describe('Vostok 3KA model at documented size (V-GCTC, V-SC, V-YG)', () => {
  it('has a 2.3 m descent sphere with three portholes', () => {
    expect(box(named('descent-sphere')).x).toBeCloseTo(2.3, 3);
    expect(
      model.children.filter((c) => (c as THREE.Mesh).geometry instanceof THREE.CircleGeometry),
    ).toHaveLength(3);
  });

  it('has a 2.25 m long, 2.43 m wide instrument module with a ring of gas tanks', () => {
    const size = box(named('instrument-module'));
    expect(size.x).toBeCloseTo(2.25, 2);
    expect(size.y).toBeCloseTo(2.43, 2);
    const tanks = named('gas-tanks')[0] as unknown as THREE.InstancedMesh;
    expect(tanks.count).toBeGreaterThanOrEqual(8);
    const collar = new THREE.Box3();
    tanks.computeBoundingBox();
    collar.copy(tanks.boundingBox!);
    expect(collar.getSize(new THREE.Vector3()).y).toBeGreaterThan(2);
  });

  it('is 4.4 m long without antennas', () => {
    const body = model.children.filter((c) => c.name !== 'antenna');
    expect(box(body).x).toBeCloseTo(4.4, 2);
  });
});

describe('Vostok 3KA surfaces', () => {
  it('face outwards (lit from outside, not inside out)', () => {
    const module = named('instrument-module')[0]!;
    module.updateMatrixWorld(true);
    const geometry = module.geometry.clone().applyMatrix4(module.matrixWorld);
    geometry.computeBoundingBox();
    const center = geometry.boundingBox!.getCenter(new THREE.Vector3());
    const position = geometry.getAttribute('position');
    const normal = geometry.getAttribute('normal');
    let outward = 0;
    let sideways = 0;
    for (let i = 0; i < position.count; i++) {
      const radial = new THREE.Vector3(0, position.getY(i) - center.y, position.getZ(i) - center.z);
      if (radial.lengthSq() < 1e-6) continue;
      const n = new THREE.Vector3(normal.getX(i), normal.getY(i), normal.getZ(i));
      const along = n.dot(radial.normalize());
      // End caps face along the axis: only the side walls tell.
      if (Math.abs(along) < 0.1) continue;
      sideways++;
      if (along > 0) outward++;
    }
    expect(outward / sideways).toBeGreaterThan(0.95);
  });
});
