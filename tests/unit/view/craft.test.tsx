import { useThree } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { BufferGeometry, Camera, Mesh, MeshStandardMaterial, Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../src/core/time/timeline.ts';
import { CameraRig } from '../../../src/view/CameraRig.tsx';
import { Craft } from '../../../src/view/Craft.tsx';
import type { FrameRef } from '../../../src/view/frame-ref.ts';
import { OrbitPath } from '../../../src/view/OrbitPath.tsx';
import { loadRepoScene } from '../../helpers/scenes.ts';

const scene = loadRepoScene('sputnik-1');
const body = scene.bodies[0]!;
const at = (iso: string) => evaluate(scene, playbackAt(scene.timeline, Date.parse(iso)));

const probe: { camera?: Camera } = {};
function CameraProbe() {
  const camera = useThree((state) => state.camera);
  probe.camera = camera;
  return null;
}

async function render(frameRef: FrameRef) {
  return ReactThreeTestRenderer.create(
    <>
      <OrbitPath
        frameRef={frameRef}
        bodyId={body.id}
        satrec={body.plan!.satrec}
        fromUtcMs={body.visibleFromMs}
      />
      <Craft frameRef={frameRef} bodyId={body.id} model={body.model} />
      <CameraRig frameRef={frameRef} scripted />
      <CameraProbe />
    </>,
  );
}

describe('view components driven by a frame', () => {
  it('hide the satellite and its orbit before lift-off', async () => {
    const frameRef: FrameRef = { current: at('1957-10-04T19:28:00Z') };
    const renderer = await render(frameRef);
    await renderer.advanceFrames(1, 1 / 30);
    const [line, craft] = renderer.scene.children.map((c) => c.instance);
    expect(line!.visible).toBe(false);
    expect(craft!.visible).toBe(false);
    await renderer.unmount();
  });

  it('put the followed satellite at the floating origin, enlarged by the script factor', async () => {
    const frameRef: FrameRef = { current: at('1957-10-04T19:45:00Z') };
    const renderer = await render(frameRef);
    await renderer.advanceFrames(1, 1 / 30);
    const craft = renderer.scene.children[1]!.instance;
    expect(craft.visible).toBe(true);
    expect(craft.position.length()).toBeLessThan(1e-6);
    expect(craft.scale.x).toBeCloseTo(0.001 * 40000, 6);
    expect(probe.camera!.position.length()).toBeCloseTo(1200, 3);
    await renderer.unmount();
  });

  it('frees the model and the orbit line when unmounted', async () => {
    const frameRef: FrameRef = { current: at('1957-10-04T19:45:00Z') };
    const renderer = await render(frameRef);
    await renderer.advanceFrames(1, 1 / 30);
    const geometries: { disposed: boolean }[] = [];
    renderer.scene.children.forEach((child) =>
      (child.instance as Object3D).traverse((object) => {
        const { geometry } = object as Partial<Mesh>;
        if (geometry) {
          const entry = { disposed: false };
          geometry.addEventListener('dispose', () => (entry.disposed = true));
          geometries.push(entry);
        }
      }),
    );
    await renderer.unmount();
    expect(geometries.length).toBeGreaterThan(4);
    expect(geometries.every((g) => g.disposed)).toBe(true);
  });

  it('wear the plainer finishes where the tier renders no environment map', async () => {
    const frameRef: FrameRef = { current: at('1957-10-04T19:45:00Z') };
    const sphereMetalness = async (environmentMap: boolean) => {
      const renderer = await ReactThreeTestRenderer.create(
        <Craft
          frameRef={frameRef}
          bodyId={body.id}
          model={body.model}
          environmentMap={environmentMap}
        />,
      );
      await renderer.advanceFrames(1, 1 / 30);
      const sphere = (renderer.scene.children[0]!.instance as Object3D).getObjectByName(
        'sphere',
      ) as Mesh<BufferGeometry, MeshStandardMaterial>;
      const metalness = sphere.material.metalness;
      await renderer.unmount();
      return metalness;
    };
    // A mirror needs something to reflect; without it, half metal so it is not black.
    expect(await sphereMetalness(true)).toBe(1);
    expect(await sphereMetalness(false)).toBeLessThanOrEqual(0.5);
  });
});
