import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { APAS_75_DIMENSIONS } from '../../../models/apas-75.ts';
import {
  APOLLO_CSM_PROBE_TIP_X,
  APOLLO_CSM_TUNNEL_RING_X,
  buildApolloCsm,
} from '../../../models/apollo-csm.ts';
import {
  buildDockingModule,
  DM_APAS_FACE_X,
  DM_APOLLO_END_X,
  DM_DIMENSIONS,
} from '../../../models/docking-module.ts';
import { countMeshes } from '../../../models/parts.ts';
import { buildSoyuz7kTm, SOYUZ_7KTM_APAS_FACE_X } from '../../../models/soyuz-7k-tm.ts';

const model = buildDockingModule();
const named = (root: THREE.Object3D, name: string) => root.children.filter((c) => c.name === name);
const bounds = (objects: THREE.Object3D[]) => {
  const b = new THREE.Box3();
  for (const o of objects) b.expandByObject(o);
  return b;
};
const instancePositions = (mesh: THREE.InstancedMesh) => {
  const matrix = new THREE.Matrix4();
  return Array.from({ length: mesh.count }, (_, i) => {
    mesh.getMatrixAt(i, matrix);
    return new THREE.Vector3().setFromMatrixPosition(matrix.premultiply(mesh.matrixWorld));
  });
};
/** Roll of each petal's tip about the X axis, degrees in [0, 360), from +Y towards +Z. */
const petalRolls = (root: THREE.Object3D) => {
  root.updateMatrixWorld(true);
  const petals = named(root, 'apas-petals')[0] as THREE.InstancedMesh;
  return instancePositions(petals).map(
    (p) => (THREE.MathUtils.radToDeg(Math.atan2(p.z, p.y)) + 360) % 360,
  );
};
const angleBetween = (a: number, b: number) => {
  const diff = Math.abs(a - b) % 360;
  return Math.min(diff, 360 - diff);
};

describe('ASTP Docking Module model at documented size (A-AXDM, A-4012, A-HIST, A-APAS)', () => {
  it('costs at most 10 draw calls', () => {
    expect(countMeshes(model)).toBeLessThanOrEqual(10);
    expect(model.name).toBe('docking-module');
  });

  it('is a 1.4 m hull, 3.15 m between its Apollo and APAS interface planes', () => {
    const hull = bounds(named(model, 'hull')).getSize(new THREE.Vector3());
    expect(hull.y).toBeCloseTo(1.4, 3);
    expect(hull.z).toBeCloseTo(1.4, 3);
    expect(DM_APOLLO_END_X).toBeLessThan(0);
    expect(DM_APAS_FACE_X).toBeGreaterThan(0);
    expect(DM_APAS_FACE_X - DM_APOLLO_END_X).toBeCloseTo(3.15, 3);
    expect(bounds(named(model, 'apollo-ring')).min.x).toBeCloseTo(DM_APOLLO_END_X, 3);
    expect(bounds(named(model, 'apas-ring')).max.x).toBeCloseTo(DM_APAS_FACE_X, 3);
    const body = model.children.filter((c) => c.name !== 'apas-petals');
    expect(bounds(body).getSize(new THREE.Vector3()).x).toBeCloseTo(DM_DIMENSIONS.lengthM, 3);
  });

  it('has the drogue cone opening at the Apollo end, apex inboard', () => {
    const drogue = bounds(named(model, 'drogue'));
    expect(drogue.min.x).toBeCloseTo(DM_APOLLO_END_X, 3);
    expect(drogue.max.x - drogue.min.x).toBeCloseTo(DM_DIMENSIONS.drogueDepthM, 3);
  });

  it('carries four spherical tanks outside the hull in two pairs', () => {
    model.updateMatrixWorld(true);
    const tanks = named(model, 'gas-tanks')[0] as THREE.InstancedMesh;
    expect(tanks.count).toBe(4);
    const at = instancePositions(tanks);
    for (const p of at) expect(Math.hypot(p.y, p.z)).toBeGreaterThan(0.6);
    // Each tank's nearest neighbour is its pair mate, much closer than the other pair.
    const mateOf = (i: number) =>
      [0, 1, 2, 3]
        .filter((j) => j !== i)
        .reduce((best, j) => (at[i]!.distanceTo(at[j]!) < at[i]!.distanceTo(at[best]!) ? j : best));
    for (let i = 0; i < 4; i++) {
      const mate = mateOf(i);
      expect(mateOf(mate)).toBe(i);
      for (let j = 0; j < 4; j++) {
        if (j === i || j === mate) continue;
        expect(at[i]!.distanceTo(at[j]!)).toBeGreaterThan(2 * at[i]!.distanceTo(at[mate]!));
      }
    }
  });

  it('mates with the Soyuz APAS: same ring, petals interleaved when the Soyuz faces it', () => {
    const soyuz = buildSoyuz7kTm();
    const ringSize = (root: THREE.Object3D) =>
      bounds(named(root, 'apas-ring')).getSize(new THREE.Vector3()).y;
    expect(ringSize(soyuz)).toBeCloseTo(APAS_75_DIMENSIONS.ringOuterDiameterM, 3);
    // Docked: the Soyuz turned half a turn about Y, its mating plane on the DM's.
    soyuz.rotation.y = Math.PI;
    soyuz.position.x = DM_APAS_FACE_X + SOYUZ_7KTM_APAS_FACE_X;
    soyuz.updateMatrixWorld(true);
    expect(bounds(named(soyuz, 'apas-ring')).min.x).toBeCloseTo(DM_APAS_FACE_X, 3);
    const ours = petalRolls(model);
    const theirs = petalRolls(soyuz);
    for (const a of ours) {
      for (const b of theirs) expect(angleBetween(a, b)).toBeGreaterThan(55);
    }
  });

  it('takes the CSM probe inside its drogue when hard-docked', () => {
    // Hard-docked the DM keeps the CSM's axes, its Apollo end on the tunnel ring.
    const reach = APOLLO_CSM_PROBE_TIP_X - APOLLO_CSM_TUNNEL_RING_X;
    expect(reach).toBeLessThan(DM_DIMENSIONS.drogueDepthM);
    const csm = buildApolloCsm();
    const probe = named(csm, 'docking-probe')[0] as THREE.Mesh;
    const position = probe.geometry.getAttribute('position');
    const mouth = DM_DIMENSIONS.apolloRingInnerDiameterM / 2;
    let checked = 0;
    for (let i = 0; i < position.count; i++) {
      const depth = position.getX(i) - APOLLO_CSM_TUNNEL_RING_X;
      if (depth <= 0) continue;
      const drogueRadius = mouth * (1 - depth / DM_DIMENSIONS.drogueDepthM);
      expect(Math.hypot(position.getY(i), position.getZ(i))).toBeLessThan(drogueRadius);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
