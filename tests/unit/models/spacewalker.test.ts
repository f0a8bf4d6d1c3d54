import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { countMeshes } from '../../../models/parts.ts';
import { buildSpacewalker, SPACEWALKER_ATTACH_M } from '../../../models/spacewalker.ts';
import { buildVoskhod3kd, VOSKHOD_3KD_TETHER_ANCHOR_M } from '../../../models/voskhod-3kd.ts';

const model = buildSpacewalker();
const named = (name: string) => model.children.filter((c) => c.name === name);
const bounds = (objects: THREE.Object3D[]) => {
  const b = new THREE.Box3();
  for (const o of objects) b.expandByObject(o, true);
  return b;
};
const tether = named('tether')[0] as THREE.Mesh<THREE.TubeGeometry>;
/** Centre of the tube's first or last ring of vertices. */
const ringCentre = (last: boolean) => {
  const { radialSegments, tubularSegments } = tether.geometry.parameters;
  const position = tether.geometry.getAttribute('position');
  const start = last ? tubularSegments * (radialSegments + 1) : 0;
  const centre = new THREE.Vector3();
  for (let i = 0; i < radialSegments; i++) {
    centre.add(new THREE.Vector3().fromBufferAttribute(position, start + i));
  }
  return centre.divideScalar(radialSegments);
};

describe('Leonov in the Berkut suit, on his tether (V2-FAI, V2-SF)', () => {
  it('is a suited figure about 1.8 m tall: suit, helmet with visor, backpack', () => {
    expect(model.name).toBe('spacewalker');
    for (const part of ['suit', 'helmet', 'visor', 'backpack']) expect(named(part)).toHaveLength(1);
    const figure = bounds(model.children.filter((c) => c.name !== 'tether'));
    expect(figure.max.y - figure.min.y).toBeCloseTo(1.8, 1);
    // The backpack on his back (−X), the visor in front (+X).
    expect(bounds(named('backpack')).max.x).toBeLessThan(
      bounds(named('suit')).getCenter(new THREE.Vector3()).x,
    );
    expect(bounds(named('visor')).max.x).toBeGreaterThan(
      bounds(named('helmet')).getCenter(new THREE.Vector3()).x,
    );
    expect(countMeshes(model)).toBeLessThanOrEqual(5);
  });

  it('hangs on a 5.35 m tether from his waist to the hatch point', () => {
    const path = tether.geometry.parameters.path;
    expect(path.getLength()).toBeCloseTo(5.35, 2);
    // Measured on the tube itself: its ends sit on the two attach points.
    expect(
      ringCentre(false).distanceTo(new THREE.Vector3(...SPACEWALKER_ATTACH_M.waistM)),
    ).toBeLessThan(0.01);
    expect(
      ringCentre(true).distanceTo(new THREE.Vector3(...SPACEWALKER_ATTACH_M.hatchM)),
    ).toBeLessThan(0.01);
    const suit = bounds(named('suit')).expandByScalar(0.05);
    expect(suit.containsPoint(new THREE.Vector3(...SPACEWALKER_ATTACH_M.waistM))).toBe(true);
  });

  it('placed by its hatch point on the airlock anchor, floats clear of the craft', () => {
    const craft = buildVoskhod3kd();
    const walker = buildSpacewalker();
    walker.position
      .fromArray(VOSKHOD_3KD_TETHER_ANCHOR_M)
      .sub(new THREE.Vector3(...SPACEWALKER_ATTACH_M.hatchM));
    walker.updateMatrixWorld(true);
    const figure = bounds(walker.children.filter((c) => c.name !== 'tether'));
    expect(figure.intersectsBox(bounds([craft]))).toBe(false);
    const far = new THREE.Vector3(...VOSKHOD_3KD_TETHER_ANCHOR_M).distanceTo(
      new THREE.Vector3(...SPACEWALKER_ATTACH_M.waistM).add(walker.position),
    );
    expect(far).toBeLessThan(5.35);
    expect(far).toBeGreaterThan(3);
  });
});
