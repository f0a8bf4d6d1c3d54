/**
 * The atmosphere model's tables (atmosphere-model.ts) as GPU textures for the shaders: half-float
 * RGBA, linearly filtered, clamped at the edges.
 */
import * as THREE from 'three';
import {
  IRRADIANCE_SIZE,
  MULTIPLE_SCATTERING_SIZE,
  TRANSMITTANCE_SIZE,
  type AtmosphereTables,
} from './atmosphere-model.ts';

function halfFloatTexture(data: Float32Array, width: number, height: number): THREE.DataTexture {
  const rgba = new Uint16Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = THREE.DataUtils.toHalfFloat(data[i * 3 + c]!);
    rgba[i * 4 + 3] = THREE.DataUtils.toHalfFloat(1);
  }
  const texture = new THREE.DataTexture(rgba, width, height, THREE.RGBAFormat, THREE.HalfFloatType);
  texture.magFilter = THREE.LinearFilter;
  texture.minFilter = THREE.LinearFilter;
  texture.wrapS = texture.wrapT = THREE.ClampToEdgeWrapping;
  texture.needsUpdate = true;
  return texture;
}

export interface AtmosphereTextures {
  transmittance: THREE.DataTexture;
  multipleScattering: THREE.DataTexture;
  groundIrradiance: THREE.DataTexture;
  dispose(): void;
}

export function createAtmosphereTextures(tables: AtmosphereTables): AtmosphereTextures {
  const textures = {
    transmittance: halfFloatTexture(
      tables.transmittance,
      TRANSMITTANCE_SIZE.width,
      TRANSMITTANCE_SIZE.height,
    ),
    multipleScattering: halfFloatTexture(
      tables.multipleScattering,
      MULTIPLE_SCATTERING_SIZE,
      MULTIPLE_SCATTERING_SIZE,
    ),
    groundIrradiance: halfFloatTexture(tables.groundIrradiance, IRRADIANCE_SIZE, 1),
  };
  return {
    ...textures,
    dispose() {
      for (const texture of Object.values(textures)) texture.dispose();
    },
  };
}
