import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useStore } from 'zustand';
import { createProjectionPass, type ProjectionPass } from '../view/projection/projection-pass.ts';
import type { AppStore } from './store.ts';

/**
 * The wide-projection pass this Canvas draws with: the clip's while recording, else the
 * player's preview (`?projection=`); null for the flat view. Rebuilt when the projection or the
 * output width changes (the cube map's resolution follows the output's).
 */
export function useProjectionPass(store: AppStore): ProjectionPass | null {
  const view = useStore(store, (s) => (s.recording ? s.recording.projection : s.projection));
  const recordingWidth = useStore(store, (s) => s.recording?.width ?? null);
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  const canvasWidth = useThree((state) => state.size.width * state.viewport.dpr);
  const width = recordingWidth ?? Math.round(canvasWidth);
  const pass = useMemo(() => {
    if (!view) return null;
    const depth =
      camera instanceof THREE.PerspectiveCamera
        ? { near: camera.near, far: camera.far }
        : { near: 0.0001, far: 1e7 };
    return createProjectionPass(view, view, width, gl.capabilities.maxCubemapSize, depth);
  }, [view, width, gl, camera]);
  useEffect(() => () => pass?.dispose(), [pass]);
  return pass;
}
