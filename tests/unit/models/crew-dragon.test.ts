import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildCrewDragon, CREW_DRAGON_PORTS } from '../../../models/crew-dragon.ts';
import { surfaceColour } from '../../../models/finishes.ts';
import { countMeshes } from '../../../models/parts.ts';
import { bounds, size } from '../../helpers/model-geometry.ts';

const closed = buildCrewDragon({ noseOpen: false });
const open = buildCrewDragon();
const named = (model: THREE.Group, ...names: string[]) =>
  model.children.filter((c) => names.includes(c.name));
const capsuleParts = ['capsule', 'black-trim', 'docking-adapter', 'nose-cone'];
const lightness = (model: THREE.Group, name: string) =>
  surfaceColour(
    (named(model, name)[0] as THREE.Mesh).material as THREE.MeshStandardMaterial,
  ).getHSL({
    h: 0,
    s: 0,
    l: 0,
  }).l;

describe('Crew Dragon with its trunk at documented size (DR-SX, AX-FW)', () => {
  it('is 8.1 m high with the nose cone closed and 4 m across the trunk fins', () => {
    expect(closed.name).toBe('crew-dragon');
    const s = size([closed]);
    expect(s.x).toBeCloseTo(8.1, 2);
    expect(s.y).toBeCloseTo(4.0, 2);
    expect(s.z).toBeCloseTo(4.0, 2);
  });

  it('has a capsule 4.4 m high and 3.7 m across, on a 3.7 m trunk', () => {
    const capsule = size(named(closed, ...capsuleParts));
    expect(capsule.x).toBeCloseTo(4.4, 2);
    expect(capsule.y).toBeCloseTo(3.7, 2);
    const trunk = bounds(named(closed, 'trunk-solar-cells'));
    expect(trunk.max.z - trunk.min.z).toBeCloseTo(3.7, 2);
    expect(trunk.max.x).toBeCloseTo(bounds(named(closed, ...capsuleParts)).min.x, 6);
  });

  it('covers half the trunk with solar cells, the other half white radiator', () => {
    const cells = bounds(named(closed, 'trunk-solar-cells'));
    expect(cells.max.y).toBeLessThan(0.01);
    expect(cells.min.y).toBeCloseTo(-3.7 / 2, 2);
    expect(lightness(closed, 'trunk-solar-cells')).toBeLessThan(0.1);
    expect(lightness(closed, 'trunk-radiator')).toBeGreaterThan(0.85);
    expect(lightness(closed, 'capsule')).toBeGreaterThan(0.85);
    expect(lightness(closed, 'black-trim')).toBeLessThan(0.1);
  });

  it('docks through the nose port, which the nose cone covers closed and clears open', () => {
    const port = CREW_DRAGON_PORTS.nose!;
    expect(port.axis).toEqual([1, 0, 0]);
    const adapter = bounds(named(open, 'docking-adapter'));
    expect(port.positionM[0]).toBeCloseTo(adapter.max.x, 6);
    // Nothing but the open nose cone stands ahead of the mating plane.
    const rest = bounds(open.children.filter((c) => c.name !== 'nose-cone'));
    expect(rest.max.x).toBeCloseTo(port.positionM[0], 6);
    const inFront = new THREE.Vector3(port.positionM[0] + 0.1, 0, 0);
    expect(bounds(named(closed, 'nose-cone')).containsPoint(inFront)).toBe(true);
    const lid = bounds(named(open, 'nose-cone'));
    expect(lid.containsPoint(inFront)).toBe(false);
    // Open, it stands clear of a docking ring 1.25 m across, on the hinge's side.
    expect(lid.min.y).toBeGreaterThan(0.5);
  });

  it('costs at most 7 draw calls', () => {
    expect(countMeshes(open)).toBeLessThanOrEqual(7);
  });
});
