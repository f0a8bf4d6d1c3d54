import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { ENVIRONMENT_LAYER } from './environment-layer.ts';
import { EnvironmentPrefilter } from './environment-prefilter.ts';
import { environmentKey } from './environment-refresh.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { eciToScene } from './scene-space.ts';
import { useViewServices } from './view-context.ts';

/** Face size of the cube the surroundings are drawn into: the Earth is a soft, large shape. */
const CUBE_SIZE = 32;

export interface EnvironmentFromSkyProps {
  frameRef: FrameRef;
}

/**
 * The spacecraft's surroundings as an environment map (scene.environment, so every standard
 * material reflects it and is lit by it: Earth-shine on the shaded side, the blue Earth in the
 * polished panels, nothing in the Earth's shadow but the night side). The Earth and its air are
 * drawn into a small cube at the craft the camera follows, in linear HDR, and prefiltered once —
 * again only when what the craft sees has changed enough (`environmentKey`: the ground below, the
 * altitude, the Sun over the Earth, the craft followed), never on every frame.
 */
export function EnvironmentFromSky({ frameRef }: EnvironmentFromSkyProps) {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const { environmentEpoch } = useViewServices();
  const parts = useMemo(() => {
    const source = new THREE.WebGLCubeRenderTarget(CUBE_SIZE, {
      type: THREE.HalfFloatType,
      generateMipmaps: true,
      minFilter: THREE.LinearMipmapLinearFilter,
    });
    const camera = new THREE.CubeCamera(0.05, 1e6, source);
    camera.layers.set(ENVIRONMENT_LAYER);
    for (const face of camera.children) face.layers.set(ENVIRONMENT_LAYER);
    return { source, camera, prefilter: new EnvironmentPrefilter(CUBE_SIZE) };
  }, []);
  const drawnKey = useRef('');
  useEffect(
    () => () => {
      if (scene.environment === parts.prefilter.target.texture) scene.environment = null;
      drawnKey.current = '';
      parts.source.dispose();
      parts.prefilter.dispose();
    },
    [parts, scene],
  );

  useFrame(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const body =
      frame.bodies.find((b) => b.id === frame.camera.targetId && b.visible) ??
      frame.bodies.find((b) => b.visible);
    if (!body) return;
    const key = `${environmentKey({
      bodyId: body.id,
      eciKm: body.eciKm,
      gmstRad: frame.gmstRad,
      subsolar: frame.subsolar,
    })}#${environmentEpoch.current}`;
    if (key === drawnKey.current) return;
    drawnKey.current = key;
    eciToScene(body.drawnEciKm, frame.camera.targetEci, parts.camera.position);
    // A composer (bloom) turns the renderer's own clearing off; each face starts clean.
    const autoClear = gl.autoClear;
    gl.autoClear = true;
    parts.camera.update(gl, scene);
    gl.autoClear = autoClear;
    parts.prefilter.filter(gl, parts.source.texture);
    scene.environment = parts.prefilter.target.texture;
  }, TICK.camera + 2);
  return null;
}
