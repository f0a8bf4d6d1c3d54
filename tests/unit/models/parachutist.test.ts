import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildParachutist, PARACHUTIST_DIMENSIONS } from '../../../models/parachutist.ts';
import { countMeshes } from '../../../models/parts.ts';
import { MODEL } from '../../../models/parachutist.ts';

const model = buildParachutist();
const box = (name: string) =>
  new THREE.Box3().setFromObject(
    (() => {
      const group = new THREE.Group();
      for (const c of model.children.filter((o) => o.name === name)) group.add(c.clone());
      return group;
    })(),
  );

describe('Parachutist model (Gagarin under his own parachute, illustrative)', () => {
  it('hangs the figure under the canopy, feet at the origin', () => {
    const figure = box('figure');
    const canopy = box('canopy');
    expect(figure.min.y).toBeCloseTo(0, 2);
    expect(canopy.min.y).toBeGreaterThan(figure.max.y);
    expect(canopy.getSize(new THREE.Vector3()).x).toBeCloseTo(
      PARACHUTIST_DIMENSIONS.canopyDiameterM,
      1,
    );
  });

  it('is as tall as the close-up distance assumes, in a handful of draw calls', () => {
    const all = new THREE.Box3().setFromObject(model);
    expect(all.getSize(new THREE.Vector3()).y).toBeCloseTo(MODEL.lengthM, 0);
    expect(countMeshes(model)).toBeLessThanOrEqual(6);
  });
});
