import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildCrewDragon, CREW_DRAGON_PORTS } from '../../../models/crew-dragon.ts';
import { buildIss, ISS_PORTS } from '../../../models/iss.ts';
import { surfaceColour } from '../../../models/finishes.ts';
import { countMeshes } from '../../../models/parts.ts';
import { bounds, countTriangles } from '../../helpers/model-geometry.ts';

const model = buildIss();
model.updateMatrixWorld(true);
const named = (name: string) => model.children.filter((c) => c.name === name);
const wings = named('solar-wings')[0] as THREE.InstancedMesh;

/** Every triangle of the station in its own axes, instances placed. */
function triangles(): THREE.Triangle[] {
  const out: THREE.Triangle[] = [];
  const instance = new THREE.Matrix4();
  model.traverse((o) => {
    const mesh = o as THREE.Mesh;
    if (!mesh.isMesh) return;
    const position = mesh.geometry.getAttribute('position');
    const count = (o as THREE.InstancedMesh).isInstancedMesh ? (o as THREE.InstancedMesh).count : 1;
    for (let k = 0; k < count; k++) {
      if (count > 1) (o as THREE.InstancedMesh).getMatrixAt(k, instance);
      else instance.identity();
      instance.premultiply(mesh.matrixWorld);
      const corner = (i: number) =>
        new THREE.Vector3().fromBufferAttribute(position, i).applyMatrix4(instance);
      const index = mesh.geometry.index;
      const at = (i: number) => (index ? index.getX(i) : i);
      const n = index ? index.count : position.count;
      for (let i = 0; i < n; i += 3) {
        out.push(new THREE.Triangle(corner(at(i)), corner(at(i + 1)), corner(at(i + 2))));
      }
    }
  });
  return out;
}

/** The wings' instances as boxes in the station's axes. */
function wingBoxes(): THREE.Box3[] {
  wings.geometry.computeBoundingBox();
  const m = new THREE.Matrix4();
  return Array.from({ length: wings.count }, (_, i) => {
    wings.getMatrixAt(i, m);
    return wings.geometry.boundingBox!.clone().applyMatrix4(m);
  });
}

describe('ISS at documented size (ISS-NASA, ISS-BO, ISS-SI, ISS-SAW)', () => {
  it('has a 109 m integrated truss', () => {
    expect(model.name).toBe('iss');
    const truss = bounds(named('truss'));
    expect(truss.max.z - truss.min.z).toBeCloseTo(109, 2);
    // The station's whole span is the truss's.
    const all = bounds([model]);
    expect(all.max.z - all.min.z).toBeCloseTo(109, 2);
  });

  it('has eight 35 m × 11.6 m wings in four pairs, 73 m tip to tip across a pair', () => {
    expect(wings.isInstancedMesh).toBe(true);
    expect(wings.count).toBe(8);
    const boxes = wingBoxes();
    for (const box of boxes) {
      const s = box.getSize(new THREE.Vector3());
      expect(s.x).toBeCloseTo(35, 2);
      expect(s.z).toBeCloseTo(11.6, 2);
    }
    // Pairs share a place along the truss, one wing forward and one aft.
    const pairs = new Map<number, THREE.Box3>();
    for (const box of boxes) {
      const z = Math.round(box.getCenter(new THREE.Vector3()).z);
      pairs.set(z, (pairs.get(z) ?? new THREE.Box3()).union(box));
    }
    expect(pairs.size).toBe(4);
    for (const pair of pairs.values()) {
      expect(pair.max.x - pair.min.x).toBeCloseTo(73, 2);
      expect(pair.max.z - pair.min.z).toBeCloseTo(11.6, 2);
    }
    // All four pairs on the truss, two a side.
    const zs = [...pairs.keys()].sort((a, b) => a - b);
    expect(zs.filter((z) => z < 0)).toHaveLength(2);
    for (const z of zs) expect(Math.abs(z) + 11.6 / 2).toBeLessThanOrEqual(109 / 2);
  });

  it('has radiators, the pressurised modules and Zvezda arrays', () => {
    for (const name of ['radiators', 'modules', 'docking-adapters', 'zvezda-arrays']) {
      expect(named(name), name).toHaveLength(1);
    }
    const gold = surfaceColour(wings.material as THREE.MeshStandardMaterial);
    expect(gold.r).toBeGreaterThan(gold.b * 2);
    const white = ((named('radiators')[0] as THREE.Mesh).material as THREE.MeshStandardMaterial)
      .color;
    expect(Math.min(white.r, white.g, white.b)).toBeGreaterThan(0.8);
  });

  it('opens Harmony to space: a Dragon docked at the zenith port touches nothing', () => {
    const zenith = ISS_PORTS['harmony-zenith']!;
    expect(zenith.axis).toEqual([0, 1, 0]);
    // Above Harmony's forward-aft axis and the top of the adapter stack.
    const adapters = bounds(named('docking-adapters'));
    expect(zenith.positionM[1]).toBeCloseTo(adapters.max.y, 3);
    const dragon = buildCrewDragon();
    // Dragon's +X against the port's axis; its nose port on the station's.
    dragon.quaternion.setFromUnitVectors(new THREE.Vector3(1, 0, 0), new THREE.Vector3(0, -1, 0));
    const nose = new THREE.Vector3(...CREW_DRAGON_PORTS.nose!.positionM).applyQuaternion(
      dragon.quaternion,
    );
    dragon.position.fromArray(zenith.positionM).sub(nose);
    dragon.updateMatrixWorld(true);
    expect(bounds([dragon]).min.y).toBeLessThan(zenith.positionM[1]);
    // Part by part, in each part's own axes: no triangle of the station crosses any of them.
    const station = triangles();
    const local = new THREE.Matrix4();
    const clashes: string[] = [];
    dragon.traverse((o) => {
      const mesh = o as THREE.Mesh;
      if (!mesh.isMesh) return;
      mesh.geometry.computeBoundingBox();
      const box = mesh.geometry.boundingBox!.clone().expandByScalar(-0.01);
      local.copy(mesh.matrixWorld).invert();
      const hits = station.filter((t) =>
        box.intersectsTriangle(
          new THREE.Triangle(
            t.a.clone().applyMatrix4(local),
            t.b.clone().applyMatrix4(local),
            t.c.clone().applyMatrix4(local),
          ),
        ),
      );
      if (hits.length) clashes.push(`${mesh.name}: ${hits.length}`);
    });
    expect(clashes).toEqual([]);
  });

  it('has Harmony forward port at the front of the module chain of about 51 m', () => {
    const forward = ISS_PORTS['harmony-forward']!;
    expect(forward.axis).toEqual([1, 0, 0]);
    const chain = bounds([...named('modules'), ...named('docking-adapters')]);
    expect(forward.positionM[0]).toBeCloseTo(chain.max.x, 3);
    expect(Math.abs(chain.max.x - chain.min.x - 51)).toBeLessThan(1);
  });

  it('stays within its share of the frame budget: ≤ 15 draw calls, ≤ 60,000 triangles', () => {
    const meshes = countMeshes(model);
    const triangles = countTriangles(model);
    expect(meshes).toBe(6);
    expect(triangles).toBeLessThanOrEqual(60_000);
    // Pinned so a change in cost is a decision, not an accident.
    expect(triangles).toMatchInlineSnapshot(`13008`);
  });
});
