import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  buildCapsuleParachute,
  CAPSULE_PARACHUTE_DIMENSIONS,
  MODEL,
} from '../../../models/capsule-parachute.ts';
import { countMeshes } from '../../../models/parts.ts';

const model = buildCapsuleParachute();
const box = (name: string) => {
  const group = new THREE.Group();
  for (const c of model.children.filter((o) => o.name === name)) group.add(c.clone());
  return new THREE.Box3().setFromObject(group);
};

describe('Capsule parachute model (the main canopy of the descent sphere, illustrative)', () => {
  it('opens its canopy above the point where its lines meet, at the origin', () => {
    const canopy = box('canopy');
    const rigging = box('rigging');
    const d = CAPSULE_PARACHUTE_DIMENSIONS;
    expect(canopy.min.y).toBeCloseTo(d.riggingM, 1);
    expect(canopy.max.y).toBeCloseTo(d.riggingM + d.canopyHeightM, 1);
    expect(canopy.getSize(new THREE.Vector3()).x).toBeCloseTo(d.canopyDiameterM, 1);
    expect(rigging.min.y).toBeCloseTo(0, 1);
    expect(rigging.max.y).toBeCloseTo(d.riggingM, 1);
  });

  it('is a canopy a 2.46 t sphere lands under at about 10 m/s (CALC in its file)', () => {
    const areaM2 = (Math.PI * CAPSULE_PARACHUTE_DIMENSIONS.canopyDiameterM ** 2) / 4;
    const speed = Math.sqrt((2 * 2460 * 9.81) / (1.225 * 0.8 * areaM2));
    expect(speed).toBeGreaterThan(9);
    expect(speed).toBeLessThan(11);
  });

  it('is as tall as it declares, in three draw calls', () => {
    const all = new THREE.Box3().setFromObject(model);
    expect(all.getSize(new THREE.Vector3()).y).toBeCloseTo(MODEL.lengthM, 1);
    expect(countMeshes(model)).toBe(3);
  });
});
