import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  APOLLO_CSM_DIMENSIONS,
  APOLLO_CSM_PROBE_TIP_X,
  APOLLO_CSM_TUNNEL_RING_X,
  buildApolloCsm,
} from '../../../models/apollo-csm.ts';
import { adaptFinishes, finishOf } from '../../../models/finishes.ts';
import { disposeModel } from '../../../models/index.ts';
import { countMeshes } from '../../../models/parts.ts';

const model = buildApolloCsm();
const named = (name: string) => model.children.filter((c) => c.name === name);
const bounds = (objects: THREE.Object3D[]) => {
  const b = new THREE.Box3();
  for (const o of objects) b.expandByObject(o);
  return b;
};
const size = (objects: THREE.Object3D[]) => bounds(objects).getSize(new THREE.Vector3());

describe('Apollo CSM model at documented size (A-204, A-4012f, A-CSMW, A-HGA)', () => {
  it('costs at most 12 draw calls', () => {
    expect(countMeshes(model)).toBeLessThanOrEqual(12);
    expect(model.name).toBe('apollo-csm');
  });

  it('has a 3.23 m high command module on a 3.91 m base, apex forward', () => {
    const cm = bounds([...named('command-module'), ...named('tunnel-ring')]);
    const s = cm.getSize(new THREE.Vector3());
    expect(s.x).toBeCloseTo(3.23, 2);
    expect(s.y).toBeCloseTo(3.91, 2);
    expect(s.z).toBeCloseTo(3.91, 2);
    expect(cm.min.x).toBeCloseTo(bounds(named('service-module')).max.x, 3);
  });

  it('has a 6.88 m long, 3.91 m wide service module behind it', () => {
    const s = size(named('service-module'));
    expect(s.x).toBeCloseTo(6.88, 2);
    expect(s.y).toBeCloseTo(3.91, 2);
  });

  it('is 11.0 m overall with the SPS bell at the aft end', () => {
    const body = ['command-module', 'tunnel-ring', 'service-module', 'sps-bell'].flatMap(named);
    expect(size(body).x).toBeCloseTo(11.0, 2);
    const bell = bounds(named('sps-bell'));
    expect(bell.max.x).toBeCloseTo(bounds(named('service-module')).min.x, 3);
    expect(bell.getSize(new THREE.Vector3()).y).toBeCloseTo(
      APOLLO_CSM_DIMENSIONS.spsExitDiameterM,
      2,
    );
  });

  it('puts the tunnel ring plane at the CM top and the probe tip 0.40 m ahead of it', () => {
    expect(APOLLO_CSM_TUNNEL_RING_X).toBeCloseTo(3.23, 3);
    expect(bounds(named('tunnel-ring')).max.x).toBeCloseTo(APOLLO_CSM_TUNNEL_RING_X, 3);
    expect(bounds(named('command-module')).max.x).toBeLessThan(APOLLO_CSM_TUNNEL_RING_X);
    expect(APOLLO_CSM_PROBE_TIP_X).toBeCloseTo(3.63, 3);
    const probe = bounds(named('docking-probe'));
    expect(probe.max.x).toBeCloseTo(APOLLO_CSM_PROBE_TIP_X, 3);
    expect(probe.max.x).toBeGreaterThan(
      bounds(model.children.filter((c) => c.name !== 'docking-probe')).max.x,
    );
  });

  it('holds four high-gain dishes on an arm at the SM aft end, outside the hull', () => {
    const dishes = named('hga-dishes')[0] as THREE.InstancedMesh;
    expect(dishes.count).toBe(4);
    const smAftX = bounds(named('service-module')).min.x;
    const smRadius = APOLLO_CSM_DIMENSIONS.serviceModuleDiameterM / 2;
    const matrix = new THREE.Matrix4();
    const at = new THREE.Vector3();
    for (let i = 0; i < dishes.count; i++) {
      dishes.getMatrixAt(i, matrix);
      at.setFromMatrixPosition(matrix);
      expect(Math.abs(at.x - smAftX)).toBeLessThan(1);
      expect(Math.hypot(at.y, at.z)).toBeGreaterThan(smRadius + 0.5);
    }
    const arm = bounds(named('hga-arm'));
    expect(Math.abs(arm.min.x - smAftX)).toBeLessThan(1);
    expect(-arm.min.y).toBeGreaterThan(smRadius + 1);
  });

  it('is a mirror forward (with a sky to reflect), white radiator panels on the SM', () => {
    const material = (name: string) =>
      (named(name)[0] as THREE.Mesh).material as THREE.MeshStandardMaterial;
    const hsl = { h: 0, s: 0, l: 0 };
    const cm = material('command-module');
    expect(finishOf(cm)).toBe('aluminised-tape');
    expect(cm.metalness).toBeGreaterThanOrEqual(0.85);
    expect(cm.roughness).toBeLessThan(0.4);
    expect(cm.color.getHSL(hsl).l).toBeGreaterThan(0.8);
    expect(cm.normalMap).not.toBeNull();
    expect(material('radiators').color.getHSL(hsl).l).toBeGreaterThan(0.85);
    expect(material('radiators').metalness).toBeLessThan(0.2);
    // Without an environment map a full metal would be black: half metal, no detail map.
    const plain = buildApolloCsm();
    adaptFinishes(plain, false);
    const plainCm = (plain.getObjectByName('command-module') as THREE.Mesh)
      .material as THREE.MeshStandardMaterial;
    expect(plainCm.metalness).toBeLessThan(0.6);
    expect(plainCm.normalMap).toBeNull();
    adaptFinishes(plain, true);
    expect(plainCm.metalness).toBeGreaterThanOrEqual(0.85);
    disposeModel(plain);
  });

  it('shows RCS quads of four thrusters each, and the CM hatch and windows', () => {
    const thrusters = named('rcs-thrusters')[0] as THREE.Mesh;
    const smRadius = APOLLO_CSM_DIMENSIONS.serviceModuleDiameterM / 2;
    const b = bounds([thrusters]);
    expect(b.min.x).toBeGreaterThan(-2.2);
    expect(b.max.x).toBeLessThan(-1.2);
    expect(Math.max(b.max.y, -b.min.y, b.max.z, -b.min.z)).toBeGreaterThan(smRadius);
    expect(finishOf(thrusters.material as THREE.Material)).toBe('engine-bell');
    const windows = named('windows')[0] as THREE.Mesh;
    expect(finishOf(windows.material as THREE.Material)).toBe('glass');
    const w = bounds([windows]);
    expect(w.min.x).toBeGreaterThan(0.1);
    expect(w.max.x).toBeLessThan(APOLLO_CSM_TUNNEL_RING_X);
  });
});
