/**
 * The lens shift draws the same picture lower: what lies straight ahead of the camera moves down
 * by the asked fraction of the view's height, and comes back to the middle at 0 or on unmount;
 * it glides there over a few tenths of a second unless told to jump.
 */
import { useThree } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { GLIDE_SEC, LensShift } from '../../../src/view/LensShift.tsx';

// Updates are wrapped in act(), which React only honours where it is told it runs in tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Where a point straight ahead of the camera lands, as a fraction of the height below the middle. */
function aheadBelowMiddle(camera: THREE.PerspectiveCamera): number {
  camera.updateMatrixWorld();
  const ahead = new THREE.Vector3(0, 0, -1).applyMatrix4(camera.matrixWorld).project(camera);
  return -ahead.y / 2;
}

/**
 * A phone-sized view with the lens shift at `fraction`; `set` gives it a new one. Resolves with
 * the view's camera and the renderer.
 */
async function mountLens(fraction: number, immediate: boolean) {
  let camera: THREE.PerspectiveCamera | null = null;
  function Grab() {
    camera = useThree((state) => state.camera) as THREE.PerspectiveCamera;
    return null;
  }
  const view = (value: number) => (
    <>
      <Grab />
      <LensShift fraction={value} immediate={immediate} />
    </>
  );
  const renderer = await ReactThreeTestRenderer.create(view(fraction), { width: 390, height: 844 });
  const set = (value: number) =>
    ReactThreeTestRenderer.act(async () => renderer.update(view(value)));
  return { camera: camera! as THREE.PerspectiveCamera, renderer, set };
}

describe('the lens shift', () => {
  it('moves the centre of the picture down and back without moving the camera', async () => {
    const { camera: cam, renderer, set } = await mountLens(0.2, true);
    const position = cam.position.clone();
    expect(aheadBelowMiddle(cam)).toBeCloseTo(0.2, 6);
    // A fraction of the height, whatever the view's shape: the same on a resized view.
    await set(0.1);
    expect(aheadBelowMiddle(cam)).toBeCloseTo(0.1, 6);
    await set(0);
    expect(aheadBelowMiddle(cam)).toBeCloseTo(0, 6);
    await set(0.25);
    expect(aheadBelowMiddle(cam)).toBeCloseTo(0.25, 6);
    expect(cam.position.equals(position)).toBe(true);
    await renderer.unmount();
    expect(aheadBelowMiddle(cam)).toBeCloseTo(0, 6);
  });
});

describe('the lens shift, gliding', () => {
  it('starts where it is asked, then glides to a new value and ends on it exactly', async () => {
    const { camera: cam, renderer, set } = await mountLens(0.2, false);
    expect(aheadBelowMiddle(cam)).toBeCloseTo(0.2, 6);
    await set(0);
    // Not yet moved: the glide runs with the frames.
    expect(aheadBelowMiddle(cam)).toBeCloseTo(0.2, 6);
    await ReactThreeTestRenderer.act(async () => renderer.advanceFrames(1, GLIDE_SEC));
    expect(aheadBelowMiddle(cam)).toBeCloseTo(0.2 * Math.exp(-1), 6);
    await ReactThreeTestRenderer.act(async () => renderer.advanceFrames(30, GLIDE_SEC));
    expect(aheadBelowMiddle(cam) + 0).toBe(0);
    expect(cam.view === null || !cam.view.enabled).toBe(true);
    await renderer.unmount();
  });
});
