import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import * as THREE from 'three';
import { EXPOSURE } from './exposure.ts';

/** Linear HDR radiance to the screen: one exposure and the AgX operator. */
export function ToneMapping() {
  const gl = useThree((state) => state.gl);
  // Before the first frame: a frame drawn with R3F's default operator compiles every shader
  // once more for nothing.
  useLayoutEffect(() => {
    const previous = { mapping: gl.toneMapping, exposure: gl.toneMappingExposure };
    gl.toneMapping = THREE.AgXToneMapping;
    gl.toneMappingExposure = EXPOSURE;
    return () => {
      gl.toneMapping = previous.mapping;
      gl.toneMappingExposure = previous.exposure;
    };
  }, [gl]);
  return null;
}
