import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { disposeModel, loadModelBuilder } from '../../../models/index.ts';
import { MODELS } from '../../../models/registry.ts';

const model = MODELS.find((m) => m.id === 'sputnik-1')!.build();
const meshes = model.children.filter((c): c is THREE.Mesh => c instanceof THREE.Mesh);
const antennas = meshes.filter((m) => m.name === 'antenna');
const size = (mesh: THREE.Mesh) => {
  mesh.geometry.computeBoundingBox();
  return mesh.geometry.boundingBox!.getSize(new THREE.Vector3());
};

describe('Sputnik-1 model at documented size (SP-W)', () => {
  it('is a 58 cm sphere', () => {
    const sphere = meshes.find((m) => m.name === 'sphere')!;
    expect(size(sphere).x).toBeCloseTo(0.58, 3);
  });

  it('has two 2.4 m and two 2.9 m antennas', () => {
    const lengths = antennas.map((rod) => Number(size(rod).y.toFixed(3)));
    expect(lengths.sort()).toEqual([2.4, 2.4, 2.9, 2.9]);
  });

  it('sweeps every antenna back at 35° to the long axis', () => {
    const flightAxis = new THREE.Vector3(-1, 0, 0);
    for (const rod of antennas) {
      const along = new THREE.Vector3(0, 1, 0).applyQuaternion(rod.quaternion);
      expect(THREE.MathUtils.radToDeg(along.angleTo(flightAxis))).toBeCloseTo(35, 3);
    }
  });

  it('exists for every model id a scene may use, loaded on demand', async () => {
    // The app's builder is the model's own, its instances merged (flattenInstances): the same parts.
    const names = (root: THREE.Object3D) => {
      const found: string[] = [];
      root.traverse((o) => found.push(o.name));
      return found.sort();
    };
    for (const { id, build } of MODELS)
      expect(names((await loadModelBuilder(id))()), id).toEqual(names(build()));
    expect(MODELS.length).toBeGreaterThanOrEqual(7);
    disposeModel(model);
  });
});
