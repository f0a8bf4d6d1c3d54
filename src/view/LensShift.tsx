import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import type * as THREE from 'three';

/**
 * Moves the picture's centre `fraction` of the view's height down by shifting the lens (an
 * off-centre frustum): the camera stays where the script puts it and sees the same, only drawn
 * lower, clear of panels over the view's upper part. 0: the plain lens.
 */
export function LensShift({ fraction }: { fraction: number }) {
  const camera = useThree((state) => state.camera) as THREE.PerspectiveCamera;
  const width = useThree((state) => state.size.width);
  const height = useThree((state) => state.size.height);
  useLayoutEffect(() => {
    // R3F keeps the camera's aspect on resizes; the offset is set again for the new size.
    if (fraction === 0 || !(width > 0) || !(height > 0)) camera.clearViewOffset();
    else camera.setViewOffset(width, height, 0, -fraction * height, width, height);
    return () => camera.clearViewOffset();
  }, [camera, fraction, width, height]);
  return null;
}
