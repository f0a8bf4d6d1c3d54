import { useFrame } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { exhaustsIn, FLAME } from '../../../src/core/script/exhaust.ts';
import { playbackAt } from '../../../src/core/time/timeline.ts';
import { ExhaustPlumes } from '../../../src/view/ExhaustPlumes.tsx';
import { TICK, type FrameRef } from '../../../src/view/frame-ref.ts';
import { launchCount } from '../../../src/view/SceneView.tsx';
import { directionToScene, eciToScene } from '../../../src/view/scene-space.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

const scene = loadRepoScene('soyuz-36');
const at = (iso: string) => evaluate(scene, playbackAt(scene.timeline, Date.parse(iso)));

/** The eye the tests draw from: off every axis, so turning to it is not the identity. */
const EYE = [3, 4, 5] as const;

async function plumeAt(frameRef: FrameRef, bloomed = false) {
  const renderer = await ReactThreeTestRenderer.create(
    <ExhaustPlumes frameRef={frameRef} count={1} bloomed={bloomed} />,
    { camera: { position: [...EYE] } },
  );
  await renderer.advanceFrames(1, 1 / 30);
  const rocket = renderer.scene.children[0]!.instance as THREE.Group;
  return {
    renderer,
    plume: rocket.getObjectByName('exhaust-plume') as THREE.Mesh,
    glow: rocket.getObjectByName('exhaust-glow') as THREE.Mesh,
    light: rocket.getObjectByName('engine-light') as THREE.PointLight,
  };
}

describe('ExhaustPlumes', () => {
  it('draws the flame behind the climbing craft, at its place and enlargement', async () => {
    const frame = at('1980-05-26T18:23:00Z');
    const { renderer, plume } = await plumeAt({ current: frame });
    const craft = frame.bodies.find((b) => b.id === 'soyuz-36')!;
    expect(plume.visible).toBe(true);
    const [flame] = frame.exhausts;
    const place = eciToScene(craft.drawnEciKm, frame.camera.targetEci, new THREE.Vector3());
    // At the craft's tail: its model reaches 4.5 m behind its origin, drawn enlarged.
    expect(flame!.rootBehindM).toBeCloseTo(4.5, 9);
    const behind = directionToScene(flame!.backwardEci, new THREE.Vector3()).multiplyScalar(
      0.001 * frame.camera.craftScale * flame!.rootBehindM,
    );
    expect(plume.position.distanceTo(place.add(behind))).toBeLessThan(1e-9);
    expect(plume.scale.y).toBeCloseTo(0.001 * frame.camera.craftScale * FLAME.lengthM, 9);
    // The tube runs down its own −Y: that axis must point where the flame trails.
    const tail = new THREE.Vector3(0, -1, 0).applyQuaternion(plume.quaternion);
    const backward = directionToScene(
      exhaustsIn(frame.bodies)[0]!.backwardEci,
      new THREE.Vector3(),
    );
    expect(tail.dot(backward)).toBeCloseTo(1, 9);
    await renderer.unmount();
  });

  it('roots the flame under the craft where it is drawn, lifted off the ground at lift-off', async () => {
    const frame = at('1980-05-26T18:20:45Z');
    const { renderer, plume } = await plumeAt({ current: frame });
    const craft = frame.bodies.find((b) => b.id === 'soyuz-36')!;
    expect(craft.drawnEciKm).not.toEqual(craft.eciKm);
    const place = eciToScene(craft.drawnEciKm, frame.camera.targetEci, new THREE.Vector3());
    const behind = directionToScene(frame.exhausts[0]!.backwardEci, new THREE.Vector3());
    const k = 0.001 * frame.camera.craftScale;
    expect(plume.position.distanceTo(place.addScaledVector(behind, k * 4.5))).toBeLessThan(1e-9);
    await renderer.unmount();
  });

  it('puts the flame, its glow and its light out on the pad and in orbit', async () => {
    for (const iso of ['1980-05-26T18:20:00Z', '1980-05-26T18:30:00Z']) {
      const { renderer, plume, glow, light } = await plumeAt({ current: at(iso) });
      expect(plume.visible).toBe(false);
      expect(glow.visible).toBe(false);
      // Dark, not removed: a light that came and went would recompile every lit material.
      expect(light.visible).toBe(true);
      expect(light.intensity).toBe(0);
      await renderer.unmount();
    }
  });

  it('shows the lift-off second by the glow at the nozzle and the flame’s light on the craft', async () => {
    // 23:20 local time at Baikonur: the Sun is down and nothing else lights the craft.
    const frame = at('1980-05-26T18:20:39Z');
    const { renderer, plume, glow, light } = await plumeAt({ current: frame });
    const [flame] = frame.exhausts;
    // The drawn flame has not grown yet (it grows over the first metres of the climb), and a tube
    // squashed flat is not drawn (it drew a dark ring over the glow)…
    expect(flame!.lengthM).toBe(0);
    expect(plume.visible).toBe(false);
    // …but its root glows, turned to the eye, and lights the craft from behind its tail.
    expect(glow.visible).toBe(true);
    const k = 0.001 * frame.camera.craftScale;
    // In the flame just behind the nozzle, drawn a little nearer the eye.
    const behind = directionToScene(flame!.backwardEci, new THREE.Vector3());
    const inFlame = plume.position.clone().addScaledVector(behind, k * 2.45);
    const toGlow = glow.position.clone().sub(inFlame);
    const toEye = new THREE.Vector3(...EYE).sub(plume.position);
    expect(toGlow.angleTo(toEye)).toBeLessThan(1e-6);
    expect(toGlow.length()).toBeLessThan(k * 20);
    expect(glow.scale.x).toBeGreaterThan(k * 2 * FLAME.nozzleRadiusM);
    const facing = new THREE.Vector3(0, 0, 1).applyQuaternion(glow.quaternion);
    const toTheEye = new THREE.Vector3(...EYE).sub(glow.position);
    expect(facing.angleTo(toTheEye)).toBeLessThan(1e-6);
    expect(light.intensity).toBeGreaterThan(0);
    const craft = frame.bodies.find((b) => b.id === 'soyuz-36')!;
    const place = eciToScene(craft.drawnEciKm, frame.camera.targetEci, new THREE.Vector3());
    expect(light.distance).toBeGreaterThan(light.position.distanceTo(place));
    await renderer.unmount();
  });

  it('paints a warm halo round the glow where no bloom spreads it (low), none where bloom does', async () => {
    const frame = at('1980-05-26T18:20:39Z');
    const halo = async (bloomed: boolean) => {
      const { renderer, glow } = await plumeAt({ current: frame }, bloomed);
      const material = glow.material as THREE.ShaderMaterial;
      const value = material.uniforms.halo!.value as number;
      expect(material.fragmentShader).toContain('halo * tail');
      await renderer.unmount();
      return value;
    };
    expect(await halo(true)).toBe(0);
    expect(await halo(false)).toBeGreaterThan(0.3);
  });

  it('frees its geometries and materials when unmounted, and keeps its light for the next scene', async () => {
    const frameRef = { current: at('1980-05-26T18:23:00Z') };
    const { renderer, plume, glow, light } = await plumeAt(frameRef);
    const freed: string[] = [];
    for (const [name, mesh] of [
      ['plume', plume],
      ['glow', glow],
    ] as const) {
      mesh.geometry.addEventListener('dispose', () => freed.push(`${name} geometry`));
      (mesh.material as THREE.Material).addEventListener('dispose', () =>
        freed.push(`${name} material`),
      );
    }
    light.addEventListener('dispose', () => freed.push('light'));
    // The next scene on the same renderer: three keeps every light's uniforms for the renderer's
    // lifetime, so a new light per scene would add to them at every switch.
    await ReactThreeTestRenderer.act(() =>
      renderer.update(<ExhaustPlumes key="next" frameRef={frameRef} count={1} />),
    );
    expect(freed.sort()).toEqual([
      'glow geometry',
      'glow material',
      'plume geometry',
      'plume material',
    ]);
    const next = renderer.scene.children[0]!.instance as THREE.Group;
    expect(next.getObjectByName('exhaust-plume')).not.toBe(plume);
    expect(next.getObjectByName('engine-light')).toBe(light);
    await renderer.unmount();
  });

  it('turns the glow to where the camera is placed in the same frame', async () => {
    const frame = at('1980-05-26T18:23:00Z');
    const eye = new THREE.Vector3(-6, 2, 1);
    /** Stands in for the camera rig, which places the camera at its own tick. */
    function Rig() {
      useFrame(({ camera }) => camera.position.copy(eye), TICK.camera);
      return null;
    }
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <Rig />
        <ExhaustPlumes frameRef={{ current: frame }} count={1} bloomed={false} />
      </>,
      { camera: { position: [...EYE] } },
    );
    await renderer.advanceFrames(1, 1 / 30);
    const glow = renderer.scene.instance.getObjectByName('exhaust-glow') as THREE.Mesh;
    expect(glow.visible).toBe(true);
    // A sprite-like disc faces the eye along its +Z.
    const facing = new THREE.Vector3(0, 0, 1).applyQuaternion(glow.quaternion);
    const toEye = eye.clone().sub(glow.position).normalize();
    expect(facing.dot(toEye)).toBeCloseTo(1, 9);
    await renderer.unmount();
  });

  it('has one flame per separate launch of a scene', () => {
    expect(launchCount(scene)).toBe(1);
    expect(launchCount(loadRepoScene('apollo-soyuz'))).toBe(2);
    expect(launchCount(loadRepoScene('sputnik-1'))).toBe(1);
  });
});
