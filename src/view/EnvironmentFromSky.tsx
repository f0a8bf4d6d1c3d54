import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { ENVIRONMENT_LAYER } from './environment-layer.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { eciToScene } from './scene-space.ts';

/** Scene time between renders of the surroundings: the Earth below changes slowly. */
const REFRESH_MS = 60_000;
const CUBE_SIZE = 32;

export interface EnvironmentFromSkyProps {
  frameRef: FrameRef;
}

/**
 * The spacecraft's surroundings as an environment map (scene.environment, so every standard
 * material reflects it and is lit by it: Earth-shine on the shaded side, the blue Earth in the
 * polished panels, nothing in the Earth's shadow but the night side). The Earth and its air are
 * rendered into a small cube at the craft the camera follows, in linear HDR, and prefiltered
 * (PMREM) — again when the scene time moves on a minute or the camera follows another craft.
 */
export function EnvironmentFromSky({ frameRef }: EnvironmentFromSkyProps) {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const parts = useMemo(() => {
    const target = new THREE.WebGLCubeRenderTarget(CUBE_SIZE, { type: THREE.HalfFloatType });
    const camera = new THREE.CubeCamera(0.05, 1e6, target);
    camera.layers.set(ENVIRONMENT_LAYER);
    for (const face of camera.children) face.layers.set(ENVIRONMENT_LAYER);
    return { target, camera, pmrem: new THREE.PMREMGenerator(gl) };
  }, [gl]);
  const rendered = useRef<{ key: string; filtered: THREE.WebGLRenderTarget | null }>({
    key: '',
    filtered: null,
  });
  useEffect(() => {
    const current = rendered.current;
    return () => {
      if (current.filtered && scene.environment === current.filtered.texture)
        scene.environment = null;
      current.filtered?.dispose();
      current.filtered = null;
      current.key = '';
      parts.target.dispose();
      parts.pmrem.dispose();
    };
  }, [parts, scene]);

  useFrame(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const body =
      frame.bodies.find((b) => b.id === frame.camera.targetId && b.visible) ??
      frame.bodies.find((b) => b.visible);
    if (!body) return;
    const key = `${Math.floor(frame.utcMs / REFRESH_MS)}:${body.id}`;
    const state = rendered.current;
    if (key === state.key) return;
    state.key = key;
    eciToScene(body.eciKm, frame.camera.targetEci, parts.camera.position);
    parts.camera.update(gl, scene);
    const filtered = parts.pmrem.fromCubemap(parts.target.texture);
    state.filtered?.dispose();
    state.filtered = filtered;
    scene.environment = filtered.texture;
  }, TICK.camera + 2);
  return null;
}
