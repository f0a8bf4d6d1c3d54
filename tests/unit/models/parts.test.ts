import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { countMeshes, latheAlongX, mergeParts, radial, rod } from '../../../models/parts.ts';

/** Share of vertices whose normal points away from the X axis (ignoring end caps). */
const outwardShare = (geometry: THREE.BufferGeometry) => {
  const position = geometry.getAttribute('position');
  const normal = geometry.getAttribute('normal');
  let out = 0;
  let counted = 0;
  for (let i = 0; i < position.count; i++) {
    const along = position.getY(i) * normal.getY(i) + position.getZ(i) * normal.getZ(i);
    if (Math.abs(along) < 1e-6) continue;
    counted++;
    if (along > 0) out++;
  }
  return out / counted;
};

describe('model geometry helpers', () => {
  it('lathes along X, facing outwards on a wall walked towards +X, inwards on a bore', () => {
    const wall = latheAlongX([
      [0, 1],
      [2, 1],
    ]);
    const box = new THREE.Box3().setFromBufferAttribute(
      wall.getAttribute('position') as THREE.BufferAttribute,
    );
    expect(box.min.x).toBeCloseTo(0, 6);
    expect(box.max.x).toBeCloseTo(2, 6);
    expect(box.max.y).toBeCloseTo(1, 6);
    expect(outwardShare(wall)).toBe(1);
    const bore = latheAlongX([
      [2, 0.5],
      [0, 0.5],
    ]);
    expect(outwardShare(bore)).toBe(0);
  });

  it('keeps corners sharp by doubling their point', () => {
    const smooth = latheAlongX(
      [
        [0, 1],
        [1, 1.05],
        [2, 1],
      ],
      4,
    );
    const cornered = latheAlongX(
      [
        [0, 0],
        [0, 1],
        [2, 1],
        [2, 0],
      ],
      4,
    );
    // Vertices = (segments + 1) × profile points.
    expect(smooth.getAttribute('position').count).toBe(5 * 3);
    expect(cornered.getAttribute('position').count).toBe(5 * 6);
  });

  it('measures roll from +Y towards +Z, as the lathe seam does a quarter turn behind', () => {
    expect(radial(0).y).toBeCloseTo(1, 9);
    expect(radial(Math.PI / 2).z).toBeCloseTo(1, 9);
    const quarter = latheAlongX(
      [
        [0, 1],
        [1, 1],
      ],
      8,
      -Math.PI / 2,
      Math.PI / 2,
    );
    const box = new THREE.Box3().setFromBufferAttribute(
      quarter.getAttribute('position') as THREE.BufferAttribute,
    );
    // Roll 0…90°: the +Y, +Z quadrant.
    expect(box.min.y).toBeCloseTo(0, 6);
    expect(box.min.z).toBeCloseTo(0, 6);
    expect(box.max.y).toBeCloseTo(1, 6);
    expect(box.max.z).toBeCloseTo(1, 6);
  });

  it('merges indexed and non-indexed parts into one geometry', () => {
    const shape = new THREE.Shape();
    shape.moveTo(0, 0);
    shape.lineTo(1, 0);
    shape.lineTo(0, 1);
    const extruded = new THREE.ExtrudeGeometry(shape, { depth: 0.1, bevelEnabled: false });
    const stick = rod(new THREE.Vector3(0, 0, 0), new THREE.Vector3(3, 0, 0), 0.1);
    const merged = mergeParts([stick, extruded]);
    const box = new THREE.Box3().setFromBufferAttribute(
      merged.getAttribute('position') as THREE.BufferAttribute,
    );
    expect(box.max.x).toBeCloseTo(3, 6);
    expect(box.max.y).toBeCloseTo(1, 6);
    expect(merged.groups).toHaveLength(0);
  });

  it('counts one draw call per mesh, an instanced mesh as one', () => {
    const group = new THREE.Group();
    const material = new THREE.MeshStandardMaterial();
    group.add(new THREE.Mesh(new THREE.BoxGeometry(), material));
    group.add(new THREE.InstancedMesh(new THREE.BoxGeometry(), material, 12));
    group.add(new THREE.Group().add(new THREE.Mesh(new THREE.BoxGeometry(), material)));
    expect(countMeshes(group)).toBe(3);
  });
});
