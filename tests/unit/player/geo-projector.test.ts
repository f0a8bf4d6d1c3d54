/**
 * The projector puts a body where the camera sees it: straight ahead at the centre of the
 * canvas, to the right of the view at the right, behind the camera not visible.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { SceneFrame } from '../../../src/core/script/evaluate.ts';
import { createGeoProjector } from '../../../src/player/geo-projector.ts';

const canvas = {
  getBoundingClientRect: () => ({ left: 0, top: 0, width: 1280, height: 720 }),
} as unknown as HTMLCanvasElement;

/** A camera 10 km from the origin (the followed craft at ECI [7000, 0, 0] km), looking at it. */
type Body = {
  id: string;
  eciKm: [number, number, number];
  drawnEciKm?: [number, number, number];
  visible: boolean;
};

function setup(bodies: Body[]) {
  const camera = new THREE.PerspectiveCamera(40, 1280 / 720, 0.001, 1e7);
  camera.position.set(0, 0, 10);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  const frame = {
    camera: { targetEci: [7000, 0, 0] },
    bodies: bodies.map((b) => ({ drawnEciKm: b.eciKm, ...b })),
  } as unknown as SceneFrame;
  const projector = createGeoProjector();
  projector.install(camera, canvas, () => frame);
  return projector;
}

describe('projecting a body', () => {
  it('puts the body the camera looks at in the middle of the canvas', () => {
    const projector = setup([{ id: 'apollo', eciKm: [7000, 0, 0], visible: true }]);
    expect(projector.projectBody('apollo')).toMatchObject({ x: 640, y: 360, visible: true });
  });

  it('puts a body to the right of the view right of the middle, and reports one behind as hidden', () => {
    // Scene x is ECI x (relative to the origin); scene z is ECI −y, so ECI y −20 km is behind.
    const projector = setup([
      { id: 'right', eciKm: [7001, 0, 0], visible: true },
      { id: 'behind', eciKm: [7000, -20, 0], visible: true },
      { id: 'hidden', eciKm: [7000, 0, 0], visible: false },
    ]);
    const right = projector.projectBody('right')!;
    expect(right.x).toBeGreaterThan(640);
    expect(right.y).toBeCloseTo(360, 6);
    expect(projector.projectBody('behind')!.visible).toBe(false);
    expect(projector.projectBody('hidden')!.visible).toBe(false);
    expect(projector.projectBody('nope')).toBeNull();
  });

  it('puts a body where it is drawn, when that is lifted off where it is (enlarged near the ground)', () => {
    const projector = setup([
      { id: 'lifted', eciKm: [7000, 0, 0], drawnEciKm: [7001, 0, 0], visible: true },
    ]);
    expect(projector.projectBody('lifted')!.x).toBeGreaterThan(640);
  });
});

describe('the Earth in view', () => {
  it('gives the Earth’s centre in the camera’s frame and the lens', () => {
    // The camera is 10 km out from the craft at 7000 km on the ECI x axis, along scene +z (ECI −y).
    const projector = setup([]);
    const { centreKm, fovDeg } = projector.earthInView();
    expect(fovDeg).toBe(40);
    // The Earth's centre is 7000 km behind the craft along −x, so to the camera's left, 10 km ahead.
    expect(centreKm[0]).toBeCloseTo(-7000, 6);
    expect(centreKm[1]).toBeCloseTo(0, 6);
    expect(centreKm[2]).toBeCloseTo(-10, 6);
  });
});
