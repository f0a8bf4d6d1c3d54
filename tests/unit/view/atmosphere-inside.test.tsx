import ReactThreeTestRenderer from '@react-three/test-renderer';
import type * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { SceneFrame } from '../../../src/core/script/evaluate.ts';
import { Atmosphere } from '../../../src/view/Atmosphere.tsx';
import { ATMOSPHERE, computeAtmosphereTables } from '../../../src/view/atmosphere-model.ts';
import { createAtmosphereTextures } from '../../../src/view/atmosphere-textures.ts';
import { QUALITY_SETTINGS, type Quality } from '../../../src/view/quality.ts';

const textures = createAtmosphereTextures(computeAtmosphereTables());

/** The air's meshes after one frame with the scripted camera's target `altitudeKm` up. */
async function airAt(quality: Quality, altitudeKm: number) {
  const settings = QUALITY_SETTINGS[quality];
  // Only what the air reads of a frame: where the camera's target is and where the Sun is.
  const frame = {
    camera: { targetEci: [ATMOSPHERE.groundKm + altitudeKm, 0, 0] },
    sunDirectionEci: [0, 1, 0],
  } as unknown as SceneFrame;
  const renderer = await ReactThreeTestRenderer.create(
    <Atmosphere
      frameRef={{ current: frame }}
      textures={textures}
      steps={settings.atmosphereSteps}
      vertexLight={settings.bakedEarth}
      meshSagKm={3}
    />,
  );
  await renderer.advanceFrames(1, 1 / 30);
  const meshes = renderer.scene.children.map((c) => c.instance as THREE.Mesh);
  const drawn = meshes
    .filter((mesh) => mesh.visible)
    .map((mesh) => ({
      defines: Object.keys((mesh.material as THREE.ShaderMaterial).defines),
      vertices: mesh.geometry.getAttribute('position').count,
    }));
  await renderer.unmount();
  return drawn;
}

describe('the air seen from within it', () => {
  it('is marched per vertex of a small dome around the eye on the cheap tier', async () => {
    const [inside, ...rest] = await airAt('low', 7);
    expect(rest).toEqual([]);
    expect(inside!.defines).toEqual(expect.arrayContaining(['SKY_DOME', 'VERTEX_LIGHT']));
    expect(inside!.vertices).toBeLessThan(2000);
  });

  it('is marched per pixel on a shell around the Earth at medium and high', async () => {
    for (const quality of ['medium', 'high'] as const) {
      const [inside, ...rest] = await airAt(quality, 7);
      expect(rest).toEqual([]);
      expect(inside!.defines).not.toContain('VERTEX_LIGHT');
      expect(inside!.defines).not.toContain('SKY_DOME');
    }
  });

  it('gives way to the limb ring once the eye is above the air', async () => {
    const [outside, ...rest] = await airAt('low', 400);
    expect(rest).toEqual([]);
    expect(outside!.defines).toEqual(expect.arrayContaining(['LIMB_RING', 'VERTEX_LIGHT']));
  });
});
