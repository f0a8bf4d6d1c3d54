import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { loadSunBloom, type SunBloom } from './sun-bloom.ts';
import type { ViewServices } from './view-context.ts';

/**
 * Draws this Canvas through the bloom pass while `enabled` (medium and high). Its code loads on
 * demand; the frame is held not ready until the pass is installed in the player's screen-pass
 * slot (not merely loaded), so a recording never mixes frames with and without it.
 */
export function useSunBloom(
  enabled: boolean,
  { readiness, screenPass }: Pick<ViewServices, 'readiness' | 'screenPass'>,
): void {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const camera = useThree((state) => state.camera);
  // A layout effect: with the code already in, the pass is installed before the first frame.
  useLayoutEffect(() => {
    if (!enabled) return;
    let live = true;
    let made: SunBloom | null = null;
    const release = readiness.hold('bloom');
    loadSunBloom(gl, scene, camera)
      .then((loaded) => {
        if (!live) return loaded.dispose();
        made = loaded;
        screenPass.current = loaded;
      })
      // Bloom is an embellishment: without it the frame is drawn straight to the canvas.
      .catch(() => undefined)
      .finally(release);
    return () => {
      live = false;
      release();
      if (made && screenPass.current === made) screenPass.current = null;
      made?.dispose();
    };
  }, [enabled, gl, scene, camera, readiness, screenPass]);
}
