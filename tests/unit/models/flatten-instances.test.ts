import * as THREE from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModelBuilder } from '../../../models/index.ts';
import { flattenInstances } from '../../../models/parts.ts';

const instancedIn = (root: THREE.Object3D) => {
  const found: THREE.Object3D[] = [];
  root.traverse((o) => {
    if ((o as THREE.InstancedMesh).isInstancedMesh) found.push(o);
  });
  return found;
};

/** Every vertex of `root` in its own axes, instances placed, sorted so order does not matter. */
function worldVertices(root: THREE.Object3D): string[] {
  root.updateMatrixWorld(true);
  const out: string[] = [];
  const v = new THREE.Vector3();
  const instance = new THREE.Matrix4();
  root.traverse((o) => {
    const mesh = o as THREE.Mesh;
    if (!mesh.isMesh) return;
    const count = (o as THREE.InstancedMesh).isInstancedMesh ? (o as THREE.InstancedMesh).count : 1;
    const position = mesh.geometry.getAttribute('position');
    const index = mesh.geometry.index;
    for (let k = 0; k < count; k++) {
      if (count > 1) (o as THREE.InstancedMesh).getMatrixAt(k, instance);
      else instance.identity();
      const n = index ? index.count : position.count;
      for (let i = 0; i < n; i++) {
        v.fromBufferAttribute(position, index ? index.getX(i) : i)
          .applyMatrix4(instance)
          .applyMatrix4(mesh.matrixWorld);
        out.push(
          v
            .toArray()
            .map((x) => x.toFixed(4))
            .join(','),
        );
      }
    }
  });
  return out.sort();
}

describe('flattenInstances', () => {
  afterEach(() => vi.restoreAllMocks());

  it('replaces an instanced mesh by one mesh of its instances, in the same place and finish', () => {
    const material = new THREE.MeshStandardMaterial({ name: 'paint' });
    const root = new THREE.Group();
    const holder = new THREE.Group();
    holder.position.set(0, 2, 0);
    root.add(holder);
    const boxes = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 2, 3), material, 3);
    boxes.name = 'boxes';
    boxes.position.set(5, 0, 0);
    boxes.rotation.set(0, 0.3, 0);
    const m = new THREE.Matrix4();
    for (let i = 0; i < 3; i++)
      boxes.setMatrixAt(
        i,
        m.compose(
          new THREE.Vector3(i * 4, 0, 1),
          new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(1, 0, 0), i),
          new THREE.Vector3(1, 1, 1),
        ),
      );
    holder.add(boxes);
    const before = worldVertices(root);
    // three.js reports misuse on the console, which the kiosk counts as an error.
    const complaints = vi.spyOn(console, 'error');

    flattenInstances(root);

    expect(complaints).not.toHaveBeenCalled();
    expect(instancedIn(root)).toEqual([]);
    const flat = holder.getObjectByName('boxes') as THREE.Mesh;
    expect(flat.isMesh).toBe(true);
    expect(flat.material).toBe(material);
    expect(worldVertices(root)).toEqual(before);
  });

  it('leaves no instanced mesh in a model as the app builds it, so each finish needs one program', async () => {
    const complaints = vi.spyOn(console, 'error');
    for (const id of [
      'apollo-csm',
      'docking-module',
      's-ivb',
      'soyuz-7k-tm',
      'vostok-3ka',
      'iss',
    ]) {
      const build = await loadModelBuilder(id);
      const model = build();
      expect(instancedIn(model), id).toEqual([]);
      expect(model.children.length, id).toBeGreaterThan(0);
    }
    expect(complaints).not.toHaveBeenCalled();
  });
});
