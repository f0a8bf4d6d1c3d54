import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { loadSunBloom, type SunBloom } from './sun-bloom.ts';
import type { Readiness } from './readiness.ts';

/**
 * The bloom pass for this Canvas when `enabled` (medium and high), else null. Its code loads on
 * demand; until it is there the frame is held not ready, so a recording never mixes frames with
 * and without it.
 */
export function useSunBloom(enabled: boolean, readiness: Readiness): SunBloom | null {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const camera = useThree((state) => state.camera);
  const [bloom, setBloom] = useState<SunBloom | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let made: SunBloom | null = null;
    const release = readiness.hold('bloom');
    loadSunBloom(gl, scene, camera)
      .then((loaded) => {
        if (live) setBloom((made = loaded));
        else loaded.dispose();
      })
      // Bloom is an embellishment: without it the frame is drawn straight to the canvas.
      .catch(() => undefined)
      .finally(release);
    return () => {
      live = false;
      release();
      made?.dispose();
      setBloom(null);
    };
  }, [enabled, gl, scene, camera, readiness]);
  return bloom;
}
