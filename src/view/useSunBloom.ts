import { useThree } from '@react-three/fiber';
import { use, useLayoutEffect } from 'react';
import { createSunBloom, sunBloomCode, sunBloomCodeIn } from './sun-bloom.ts';
import type { ViewServices } from './view-context.ts';

/**
 * Draws this Canvas through the bloom pass while `enabled` (medium and high), and says whether it
 * does (not where the code could not be fetched). The view waits
 * (suspends) for the pass's code, then installs the pass in a layout effect: the first frame
 * the view draws already goes through it. A frame drawn without it first would compile every
 * shader for the canvas, then again for the pass's buffer (about a second each in software),
 * and a recording would mix frames with and without it.
 */
export function useSunBloom(
  enabled: boolean,
  { screenPass }: Pick<ViewServices, 'screenPass'>,
): boolean {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const camera = useThree((state) => state.camera);
  // Bloom is an embellishment: code that could not be fetched leaves the frame drawn straight
  // to the canvas.
  const inHand = sunBloomCodeIn();
  const pp = !enabled ? null : inHand !== undefined ? inHand : use(sunBloomCode());
  useLayoutEffect(() => {
    if (!pp) return;
    const made = createSunBloom(pp, gl, scene, camera);
    screenPass.current = made;
    return () => {
      if (screenPass.current === made) screenPass.current = null;
      made.dispose();
    };
  }, [pp, gl, scene, camera, screenPass]);
  return pp !== null;
}
