import type * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { countMeshes } from '../../../models/parts.ts';
import {
  buildSoyuz7kT,
  SOYUZ_7KT_PORTS,
  SOYUZ_7KT_PROBE_TIP_X,
} from '../../../models/soyuz-7k-t.ts';
import { bounds, size } from '../../helpers/model-geometry.ts';

const model = buildSoyuz7kT();
const named = (name: string) => model.children.filter((c) => c.name === name);
const modules = () =>
  model.children.filter((c) =>
    ['orbital-module', 'descent-module', 'service-module'].includes(c.name),
  );

describe('Soyuz 7K-T ferry at documented size (7KT-W, S36-DE, A-RP48, A-ASI)', () => {
  it('has no solar arrays, only two long whips where the 7K-TM has them', () => {
    expect(model.name).toBe('soyuz-7k-t');
    expect(named('solar-arrays')).toHaveLength(0);
    expect(named('apas-ring')).toHaveLength(0);
    const antennas = size(named('antennas'));
    // The two whips reach well beyond the 2.72 m hull on either side.
    expect(antennas.z).toBeGreaterThan(2.72 + 2 * 2);
    // The 7K-TM's hull and fittings (7), the probe and the antennas.
    expect(countMeshes(model)).toBeLessThanOrEqual(9);
    for (const part of ['radiator', 'engines', 'fittings', 'windows'])
      expect(named(part)).toHaveLength(1);
  });

  it('keeps the 7K-TM modules: 2.72 m across, service, descent and orbital modules in a row', () => {
    const box = bounds(modules());
    expect(box.max.y - box.min.y).toBeCloseTo(2.72, 2);
    expect(box.max.z - box.min.z).toBeCloseTo(2.72, 2);
    expect(
      bounds(named('orbital-module')).max.x - bounds(named('service-module')).min.x,
    ).toBeCloseTo(7.14, 2);
  });

  it('is 7.48 m from the service module aft face to the docking collar, the probe beyond', () => {
    const probe = named('docking-probe')[0] as THREE.Mesh;
    const port = SOYUZ_7KT_PORTS.probe!;
    const aft = bounds(modules()).min.x;
    expect(port.positionM[0] - aft).toBeCloseTo(7.48, 2);
    expect(port.axis).toEqual([1, 0, 0]);
    expect(port.positionM.slice(1)).toEqual([0, 0]);
    // The collar's face (its wide vertices) is the mating plane; the probe's tip stands past it.
    const position = probe.geometry.getAttribute('position');
    let collarFront = -Infinity;
    for (let i = 0; i < position.count; i++) {
      if (Math.hypot(position.getY(i), position.getZ(i)) > 0.45)
        collarFront = Math.max(collarFront, position.getX(i));
    }
    expect(collarFront).toBeCloseTo(port.positionM[0], 6);
    expect(bounds([probe]).max.x).toBeCloseTo(SOYUZ_7KT_PROBE_TIP_X, 6);
    expect(SOYUZ_7KT_PROBE_TIP_X).toBeGreaterThan(port.positionM[0]);
  });
});
