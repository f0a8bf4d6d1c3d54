import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  buildDockingModule,
  DM_APOLLO_END_X,
  DM_DIMENSIONS,
} from '../../../models/docking-module.ts';
import { countMeshes, radial } from '../../../models/parts.ts';
import {
  buildSIvb,
  S_IVB_DIMENSIONS,
  S_IVB_DM_STOWED_X,
  S_IVB_DM_STOWED_YAW_RAD,
  S_IVB_PANEL_HINGE_X,
  slaRadiusAt,
} from '../../../models/s-ivb.ts';

const model = buildSIvb();
const named = (root: THREE.Object3D, name: string) => root.children.filter((c) => c.name === name);
const bounds = (objects: THREE.Object3D[]) => {
  const b = new THREE.Box3();
  for (const o of objects) b.expandByObject(o);
  return b;
};
const size = (objects: THREE.Object3D[]) => bounds(objects).getSize(new THREE.Vector3());
const vertices = (mesh: THREE.Mesh) => {
  mesh.updateWorldMatrix(true, false);
  const position = mesh.geometry.getAttribute('position');
  return Array.from({ length: position.count }, (_, i) =>
    new THREE.Vector3().fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld),
  );
};
const meshesOf = (root: THREE.Object3D) =>
  root.children.filter((c): c is THREE.Mesh => (c as THREE.Mesh).isMesh);

/** The Docking Module as it rides in the adapter. */
const stowedDm = () => {
  const dm = buildDockingModule();
  dm.rotation.y = S_IVB_DM_STOWED_YAW_RAD;
  dm.position.x = S_IVB_DM_STOWED_X + DM_APOLLO_END_X;
  dm.updateMatrixWorld(true);
  return dm;
};

describe('S-IVB-200 with IU and opened SLA at documented size (SIB-W, SLA-W, SLA-AM)', () => {
  it('costs at most 10 draw calls', () => {
    expect(countMeshes(model)).toBeLessThanOrEqual(10);
    expect(model.name).toBe('s-ivb');
  });

  it('is a 6.6 m × 17.8 m stage under a 6.6 m × 0.91 m instrument unit', () => {
    const stage = size(named(model, 's-ivb-stage'));
    expect(stage.x).toBeCloseTo(17.8, 2);
    expect(stage.y).toBeCloseTo(6.6, 2);
    const iu = bounds(named(model, 'instrument-unit'));
    expect(iu.max.x).toBeCloseTo(0, 3);
    expect(iu.max.x - iu.min.x).toBeCloseTo(0.91, 2);
    expect(iu.max.y - iu.min.y).toBeCloseTo(6.6, 2);
    expect(iu.min.x).toBeCloseTo(bounds(named(model, 's-ivb-stage')).max.x, 3);
  });

  it('has the J-2 bell at the aft (−X) end', () => {
    const bell = bounds(named(model, 'j2-bell'));
    expect(bell.max.x).toBeCloseTo(bounds(named(model, 's-ivb-stage')).min.x, 3);
    expect(bell.min.x).toBeLessThan(bell.max.x - 0.5);
  });

  it('tapers the adapter from 6.6 m to 3.9 m over 8.5 m, the fixed part 2.1 m high', () => {
    expect(2 * slaRadiusAt(0)).toBeCloseTo(6.6, 3);
    expect(2 * slaRadiusAt(8.5)).toBeCloseTo(3.9, 3);
    const fixed = bounds(named(model, 'sla-fixed'));
    expect(fixed.min.x).toBeCloseTo(0, 3);
    expect(fixed.max.x).toBeCloseTo(S_IVB_PANEL_HINGE_X, 3);
    expect(fixed.max.y - fixed.min.y).toBeCloseTo(6.6, 2);
  });

  it('opens four panels by 45° about their lower edge', () => {
    const panels = vertices(named(model, 'sla-panels')[0] as THREE.Mesh);
    const hingeX = S_IVB_PANEL_HINGE_X;
    const open = THREE.MathUtils.degToRad(45);
    expect(S_IVB_DIMENSIONS.slaPanelCount).toBe(4);
    for (let i = 0; i < 4; i++) {
      const out = radial(Math.PI / 4 + (i * Math.PI) / 2);
      // The closed panel's top middle, from the documented length and top diameter, swung
      // about the hinge: it must be a vertex of the opened panel.
      const along = 8.5 - hingeX;
      const inwards = slaRadiusAt(hingeX) - 3.9 / 2;
      const top = new THREE.Vector3(
        hingeX + along * Math.cos(open) + inwards * Math.sin(open),
        0,
        0,
      ).addScaledVector(
        out,
        slaRadiusAt(hingeX) + along * Math.sin(open) - inwards * Math.cos(open),
      );
      const nearest = Math.min(...panels.map((v) => v.distanceTo(top)));
      expect(nearest).toBeLessThan(0.01);
      // And the hinge itself stays on the fixed section's rim.
      const hinge = new THREE.Vector3(hingeX, 0, 0).addScaledVector(out, slaRadiusAt(hingeX));
      expect(Math.min(...panels.map((v) => v.distanceTo(hinge)))).toBeLessThan(0.01);
    }
    const box = bounds(named(model, 'sla-panels'));
    expect(box.max.x).toBeLessThan(8.5);
    expect(box.min.x).toBeCloseTo(hingeX, 3);
  });

  it('shuts the panels into the 3.9 m top the CSM sits on, shown only where a scene asks', () => {
    const [closed] = named(model, 'sla-panels-closed') as THREE.Mesh[];
    expect(closed!.visible).toBe(false);
    const box = bounds([closed!]);
    expect(box.min.x).toBeCloseTo(S_IVB_PANEL_HINGE_X, 3);
    expect(box.max.x).toBeCloseTo(8.5, 3);
    for (const v of vertices(closed!)) {
      expect(Math.hypot(v.y, v.z)).toBeCloseTo(slaRadiusAt(v.x), 2);
    }
    const top = vertices(closed!).filter((v) => Math.abs(v.x - 8.5) < 1e-6);
    expect(2 * Math.max(...top.map((v) => Math.hypot(v.y, v.z)))).toBeCloseTo(3.9, 2);
  });

  it('stows the DM flipped, drogue up, on its support inside the adapter', () => {
    expect(S_IVB_DM_STOWED_YAW_RAD).toBeCloseTo(Math.PI, 6);
    const dm = stowedDm();
    // The Apollo-end interface (and the drogue's mouth) is the DM's forward end here.
    expect(bounds(named(dm, 'apollo-ring')).max.x).toBeCloseTo(S_IVB_DM_STOWED_X, 3);
    expect(bounds(named(dm, 'drogue')).max.x).toBeCloseTo(S_IVB_DM_STOWED_X, 3);
    // Its APAS face rests on the support; the petals reach down past it but clear the IU.
    expect(bounds(named(dm, 'apas-ring')).min.x).toBeCloseTo(
      bounds(named(model, 'dm-support')).max.x,
      3,
    );
    expect(S_IVB_DM_STOWED_X - DM_DIMENSIONS.lengthM).toBeCloseTo(
      bounds(named(model, 'dm-support')).max.x,
      3,
    );
    expect(bounds(named(dm, 'apas-petals')).min.x).toBeGreaterThan(0);
  });

  it('keeps the stowed DM inside the closed adapter and in view between the opened panels', () => {
    const dm = stowedDm();
    const dmVertices = meshesOf(dm)
      .filter((m) => !(m as THREE.InstancedMesh).isInstancedMesh)
      .flatMap(vertices);
    for (const v of dmVertices) {
      expect(v.x).toBeGreaterThan(0);
      expect(v.x).toBeLessThan(8.5);
      expect(Math.hypot(v.y, v.z)).toBeLessThan(slaRadiusAt(v.x));
    }
    const dmBox = bounds([dm]);
    expect(dmBox.max.x).toBeGreaterThan(S_IVB_PANEL_HINGE_X);
    const panels = vertices(named(model, 'sla-panels')[0] as THREE.Mesh);
    const innermost = Math.min(...panels.map((v) => Math.hypot(v.y, v.z)));
    expect(innermost).toBeGreaterThan(dmBox.max.y + 0.5);
  });
});
