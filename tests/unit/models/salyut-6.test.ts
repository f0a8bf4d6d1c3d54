import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { countMeshes } from '../../../models/parts.ts';
import { buildSalyut6, SALYUT_6_DIMENSIONS, SALYUT_6_PORTS } from '../../../models/salyut-6.ts';
import {
  buildSoyuz7kT,
  SOYUZ_7KT_PORTS,
  SOYUZ_7KT_PROBE_TIP_X,
} from '../../../models/soyuz-7k-t.ts';
import { areaFacing, bounds, size } from '../../helpers/model-geometry.ts';

const model = buildSalyut6();
const named = (name: string) => model.children.filter((c) => c.name === name);
const body = () => model.children.filter((c) => c.name !== 'solar-arrays');

describe('Salyut-6 at documented size (S6-W, S6-SKC, S6-RP, S6-SPR)', () => {
  it('is 15.8 m long and 4.15 m across at its widest', () => {
    expect(model.name).toBe('salyut-6');
    const s = size(body());
    expect(s.x).toBeCloseTo(15.8, 2);
    expect(s.y).toBeCloseTo(4.15, 2);
    expect(s.z).toBeCloseTo(4.15, 2);
    // The 4.15 m is the aft half: the large work section and the propulsion bay.
    const hull = bounds(named('hull'));
    expect(hull.max.y - hull.min.y).toBeCloseTo(4.15, 2);
  });

  it('spans 17 m across its lateral arrays, with a third standing dorsal, 51 m² of cells', () => {
    const arrays = named('solar-arrays')[0] as THREE.Mesh;
    const s = size([arrays]);
    expect(s.z).toBeCloseTo(17, 2);
    expect(bounds([arrays]).max.y).toBeCloseTo(17 / 2, 2);
    expect(bounds([arrays]).min.y).toBeGreaterThan(-0.1);
    const cells =
      areaFacing(arrays, new THREE.Vector3(0, 1, 0)) +
      areaFacing(arrays, new THREE.Vector3(0, 0, 1));
    expect(cells / SALYUT_6_DIMENSIONS.arrayAreaM2).toBeGreaterThan(0.99);
    expect(cells / SALYUT_6_DIMENSIONS.arrayAreaM2).toBeLessThan(1.025);
  });

  it('has docking ports at both ends, on the axis, pointing outwards', () => {
    const box = bounds(body());
    const { front, aft } = SALYUT_6_PORTS;
    expect(front!.positionM).toEqual([box.max.x, 0, 0].map((v) => expect.closeTo(v, 6)));
    expect(aft!.positionM).toEqual([box.min.x, 0, 0].map((v) => expect.closeTo(v, 6)));
    expect(front!.axis).toEqual([1, 0, 0]);
    expect(aft!.axis).toEqual([-1, 0, 0]);
  });

  it('takes a 7K-T at the aft port: mating planes together, the probe inside the drogue', () => {
    const soyuz = buildSoyuz7kT();
    const aft = SALYUT_6_PORTS.aft!;
    // The Soyuz's nose (+X) against the port (axis −X), mating planes meeting.
    soyuz.position.set(aft.positionM[0] - SOYUZ_7KT_PORTS.probe!.positionM[0], 0, 0);
    soyuz.updateMatrixWorld(true);
    const tip = new THREE.Vector3(SOYUZ_7KT_PROBE_TIP_X, 0, 0).applyMatrix4(soyuz.matrixWorld);
    expect(tip.x).toBeGreaterThan(aft.positionM[0]);
    expect(tip.x).toBeLessThan(aft.positionM[0] + SALYUT_6_DIMENSIONS.drogueDepthM);
    // Nothing else of the Soyuz reaches into the station.
    const soyuzBody = bounds(soyuz.children.filter((c) => c.name !== 'docking-probe'));
    expect(soyuzBody.max.x).toBeLessThanOrEqual(aft.positionM[0] + 1e-6);
  });

  it('costs at most 6 draw calls', () => {
    expect(countMeshes(model)).toBeLessThanOrEqual(6);
  });
});
