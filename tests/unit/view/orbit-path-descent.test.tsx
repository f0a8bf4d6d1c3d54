import ReactThreeTestRenderer from '@react-three/test-renderer';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../src/core/time/timeline.ts';
import type { FrameRef } from '../../../src/view/frame-ref.ts';
import { OrbitPath } from '../../../src/view/OrbitPath.tsx';
import { loadRepoScene } from '../../helpers/scenes.ts';

const scene = loadRepoScene('voskhod-2');
const craft = scene.bodies.find((b) => b.id === 'voskhod-2')!;
const at = (iso: string) => evaluate(scene, playbackAt(scene.timeline, Date.parse(iso)));
const lastOrbit = craft.orbits.at(-1)!;

async function lineAt(iso: string): Promise<boolean> {
  const frameRef: FrameRef = { current: at(iso) };
  const renderer = await ReactThreeTestRenderer.create(
    <OrbitPath
      frameRef={frameRef}
      bodyId={craft.id}
      satrec={lastOrbit.satrec}
      fromUtcMs={lastOrbit.fromMs}
      untilUtcMs={lastOrbit.untilMs}
    />,
  );
  await renderer.advanceFrames(1, 1 / 30);
  const visible = renderer.scene.children[0]!.instance.visible;
  await renderer.unmount();
  return visible;
}

describe('the orbit line of a craft coming home', () => {
  it('stays while the craft flies it and just after retrofire, high above the air', async () => {
    expect(await lineAt('1965-03-19T08:00:00Z')).toBe(true);
    expect(craft.motion(Date.parse('1965-03-19T08:31:00Z')).altKm).toBeGreaterThan(100);
    expect(await lineAt('1965-03-19T08:31:00Z')).toBe(true);
  });

  it('goes once the craft is down in the air, under its parachute and on the ground', async () => {
    for (const iso of ['1965-03-19T08:59:00Z', '1965-03-19T09:05:00Z'])
      expect(await lineAt(iso), iso).toBe(false);
  });
});
