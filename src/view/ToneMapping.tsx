import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import { EXPOSURE } from './exposure.ts';

/** Linear HDR radiance to the screen: one exposure and the AgX operator. */
export function ToneMapping() {
  const gl = useThree((state) => state.gl);
  useEffect(() => {
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
