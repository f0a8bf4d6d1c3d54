import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { APAS_75_DIMENSIONS } from '../../../models/apas-75.ts';
import { surfaceColour } from '../../../models/finishes.ts';
import { countMeshes } from '../../../models/parts.ts';
import { buildSoyuz7kTm, SOYUZ_7KTM_APAS_FACE_X } from '../../../models/soyuz-7k-tm.ts';

const model = buildSoyuz7kTm();
const named = (name: string) => model.children.filter((c) => c.name === name);
const bounds = (objects: THREE.Object3D[]) => {
  const b = new THREE.Box3();
  for (const o of objects) b.expandByObject(o);
  return b;
};
const size = (objects: THREE.Object3D[]) => bounds(objects).getSize(new THREE.Vector3());
const colour = (name: string) =>
  surfaceColour((named(name)[0] as THREE.Mesh).material as THREE.MeshStandardMaterial);

describe('Soyuz 7K-TM model at documented size (A-RP48, A-AXTM, A-ASI)', () => {
  it('costs at most 10 draw calls', () => {
    expect(countMeshes(model)).toBeLessThanOrEqual(10);
    expect(model.name).toBe('soyuz-7k-tm');
  });

  it('has a 2.25 m × 2.64 m orbital module', () => {
    const om = size(named('orbital-module'));
    expect(om.x).toBeCloseTo(2.64, 2);
    expect(om.y).toBeCloseTo(2.25, 2);
  });

  it('has a 2.2 m long, 2.3 m wide descent module', () => {
    const dm = size(named('descent-module'));
    expect(dm.x).toBeCloseTo(2.2, 2);
    expect(dm.y).toBeCloseTo(2.3, 2);
  });

  it('has a 2.3 m long service module flaring from 2.3 m to 2.72 m', () => {
    const sm = named('service-module')[0] as THREE.Mesh;
    const box = bounds([sm]);
    expect(box.max.x - box.min.x).toBeCloseTo(2.3, 2);
    expect(box.max.y - box.min.y).toBeCloseTo(2.72, 2);
    // Widest part aft, 2.3 m at the forward end.
    const position = sm.geometry.getAttribute('position');
    let forwardRadius = 0;
    for (let i = 0; i < position.count; i++) {
      if (position.getX(i) > box.max.x - 0.15) {
        forwardRadius = Math.max(forwardRadius, Math.hypot(position.getY(i), position.getZ(i)));
      }
    }
    expect(2 * forwardRadius).toBeCloseTo(2.3, 2);
  });

  it('stacks service, descent and orbital modules towards +X, the APAS unit in front', () => {
    const order = ['service-module', 'descent-module', 'orbital-module', 'apas-ring'];
    const boxes = order.map((name) => bounds(named(name)));
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.min.x).toBeCloseTo(boxes[i - 1]!.max.x, 3);
    }
  });

  it('is 7.48 m long and 2.72 m wide without the arrays and the fittings standing off it', () => {
    const hull = ['orbital-module', 'descent-module', 'service-module', 'radiator', 'apas-ring'];
    const body = model.children.filter((c) => hull.includes(c.name));
    expect(body).toHaveLength(hull.length);
    const s = size(body);
    expect(s.x).toBeCloseTo(7.48, 2);
    expect(s.y).toBeCloseTo(2.72, 2);
    expect(s.z).toBeCloseTo(2.72, 2);
  });

  it('spans 8.37 m across its two solar arrays', () => {
    expect(size(named('solar-arrays')).z).toBeCloseTo(8.37, 2);
  });

  it('puts the APAS mating plane at the front of the ring, with three petals past it', () => {
    expect(SOYUZ_7KTM_APAS_FACE_X).toBeCloseTo(2.98, 3);
    expect(bounds(named('apas-ring')).max.x).toBeCloseTo(SOYUZ_7KTM_APAS_FACE_X, 3);
    const petals = named('apas-petals')[0] as THREE.InstancedMesh;
    expect(petals.count).toBe(3);
    expect(bounds([petals]).max.x - SOYUZ_7KTM_APAS_FACE_X).toBeCloseTo(
      APAS_75_DIMENSIONS.petalReachM,
      3,
    );
  });

  it('wears grey-green blankets, a lighter service module and blue cells', () => {
    const blanket = colour('orbital-module');
    expect(colour('descent-module').equals(blanket)).toBe(true);
    expect(blanket.g).toBeGreaterThan(blanket.r);
    expect(blanket.g).toBeGreaterThan(blanket.b);
    const hsl = { h: 0, s: 0, l: 0 };
    const lightness = (c: THREE.Color) => c.getHSL(hsl).l;
    expect(lightness(colour('service-module'))).toBeGreaterThan(lightness(blanket));
    const cells = colour('solar-arrays');
    expect(cells.b).toBeGreaterThan(cells.r);
    expect(lightness(cells)).toBeLessThan(0.3);
  });
});

describe('Soyuz 7K-TM details (PAO-RSW, KTDU-W, SA-RSW, SOY-W, A-SFA)', () => {
  const mesh = (name: string) => named(name)[0] as THREE.Mesh;
  const serviceBox = () => bounds([mesh('service-module')]);
  const inward = (x: number, roll: number) => {
    const out = new THREE.Vector3(0, Math.cos(roll), Math.sin(roll));
    return new THREE.Raycaster(
      new THREE.Vector3(x, 0, 0).addScaledVector(out, 3),
      out.clone().negate(),
      0,
      3 - 0.9,
    );
  };
  model.updateMatrixWorld(true);

  it('keeps the engines inside the skirt: nothing passes the 7.48 m at the tail', () => {
    const engines = bounds([mesh('engines')]);
    expect(engines.min.x).toBeGreaterThanOrEqual(serviceBox().min.x);
    // Set in the recess: the main nozzle's exit stands within a few centimetres of the rim.
    expect(engines.min.x - serviceBox().min.x).toBeLessThan(0.1);
  });

  it("has the KTDU-35's nozzles: the main engine's on the axis, the backup's two either side", () => {
    const position = mesh('engines').geometry.getAttribute('position');
    const exits = new Map<string, { y: number; z: number; r: number }>();
    const aftmost = bounds([mesh('engines')]).min.x;
    // The main bell's exit is its aftmost ring; the backups' exits lie further in.
    for (let i = 0; i < position.count; i++) {
      const y = position.getY(i);
      const z = position.getZ(i);
      const key = y > 0.3 ? 'up' : y < -0.3 ? 'down' : 'main';
      const entry = exits.get(key) ?? { y: 0, z: 0, r: 0 };
      if (key === 'main' && position.getX(i) < aftmost + 1e-6)
        entry.r = Math.max(entry.r, Math.hypot(y, z));
      if (key !== 'main') entry.r = Math.max(entry.r, Math.abs(z));
      exits.set(key, entry);
    }
    expect([...exits.keys()].sort()).toEqual(['down', 'main', 'up']);
    expect(exits.get('main')!.r).toBeGreaterThan(2 * exits.get('up')!.r);
    expect(exits.get('up')!.r).toBeCloseTo(exits.get('down')!.r, 6);
  });

  it('wears its 8 m² radiator on the propulsion compartment, the tail of the service module', () => {
    const radiator = mesh('radiator');
    const box = bounds([radiator]);
    expect(box.min.x).toBeCloseTo(serviceBox().min.x, 6);
    expect(box.max.y - box.min.y).toBeCloseTo(2.72, 1);
    const outside = new THREE.Vector3();
    let area = 0;
    const g = radiator.geometry.index ? radiator.geometry.toNonIndexed() : radiator.geometry;
    const p = g.getAttribute('position');
    const a = new THREE.Vector3();
    const b = new THREE.Vector3();
    const c = new THREE.Vector3();
    for (let i = 0; i < p.count; i += 3) {
      a.fromBufferAttribute(p, i);
      b.fromBufferAttribute(p, i + 1);
      c.fromBufferAttribute(p, i + 2);
      area += outside.crossVectors(b.clone().sub(a), c.clone().sub(a)).length() / 2;
    }
    expect(area).toBeGreaterThan(8 * 0.95);
    expect(area).toBeLessThan(8 * 1.05);
    // Bare white paint, not the blankets' or the drum's grey (FIN-SZB).
    expect(colour('radiator').getHSL({ h: 0, s: 0, l: 0 }).l).toBeGreaterThan(
      colour('service-module').getHSL({ h: 0, s: 0, l: 0 }).l,
    );
    // The arrays stand on it.
    const arrays = bounds(named('solar-arrays'));
    expect(arrays.min.x).toBeGreaterThanOrEqual(box.min.x - 1e-6);
    expect(arrays.max.x).toBeLessThanOrEqual(box.max.x + 1e-6);
  });

  it('leaves the intermediate compartment open between its struts, the drum closed', () => {
    const hull = [mesh('service-module')];
    const truss = serviceBox().max.x - 0.2;
    const drum = serviceBox().max.x - 0.6;
    let throughTruss = 0;
    let throughDrum = 0;
    const rolls = 40;
    for (let k = 0; k < rolls; k++) {
      const roll = ((k + 0.5) / rolls) * Math.PI * 2;
      if (inward(truss, roll).intersectObjects(hull).length === 0) throughTruss++;
      if (inward(drum, roll).intersectObjects(hull).length === 0) throughDrum++;
    }
    expect(throughTruss).toBeGreaterThan(rolls * 0.7);
    expect(throughDrum).toBe(0);
  });

  it('has a periscope on the descent module looking forward, and windows on its modules', () => {
    const fittings = mesh('fittings');
    const dm = bounds(named('descent-module'));
    // Something stands well off the descent module's wall below it (−Y): the periscope.
    const position = fittings.geometry.getAttribute('position');
    let deepest = 0;
    for (let i = 0; i < position.count; i++) {
      const x = position.getX(i);
      if (x > dm.min.x + 0.3 && x < dm.max.x - 0.3) deepest = Math.min(deepest, position.getY(i));
    }
    expect(deepest).toBeLessThan(dm.min.y - 0.2);
    // Panes: at least one faces forward (the periscope's head), the rest face outwards.
    const panes = mesh('windows').geometry;
    const normals = panes.getAttribute('normal');
    let forward = 0;
    for (let i = 0; i < normals.count; i++) if (normals.getX(i) > 0.99) forward++;
    expect(forward).toBeGreaterThan(0);
    const paneBox = bounds([mesh('windows')]);
    expect(paneBox.max.x).toBeGreaterThan(0); // one on the orbital module
    expect(paneBox.min.x).toBeLessThan(0); // and on the descent module
  });
});
