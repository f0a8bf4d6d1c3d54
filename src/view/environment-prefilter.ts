import * as THREE from 'three';

/** The smallest face of the prefiltered chain, as in three's PMREM (its roughest level). */
const SMALLEST_FACE = 8;

const INTEGRATE = /* glsl */ `
varying vec3 vWorldDirection;
uniform samplerCube envMap;
uniform float roughness;
uniform float sourceLod;
uniform int sourceSize;

// The GGX lobe of roughness around each direction, summed over every texel of a small mip of the
// source (three's PMREMGenerator does the same for its rough levels). Pairs of opposite texels:
// only the one on the direction's side contributes.
void main() {
  vec3 N = normalize(vWorldDirection);
  if (roughness == 0.0) {
    gl_FragColor = vec4(textureLod(envMap, N, 0.0).rgb, 1.0);
    return;
  }
  float alpha = roughness * roughness;
  float alpha2 = alpha * alpha;
  float texelSize = 2.0 / float(sourceSize);
  vec3 sum = vec3(0.0);
  float total = 0.0;
  for (int face = 0; face < 3; face++) {
    for (int y = 0; y < sourceSize; y++) {
      for (int x = 0; x < sourceSize; x++) {
        vec2 uv = (vec2(x, y) + 0.5) * texelSize - 1.0;
        vec3 L = face == 0 ? vec3(1.0, uv) : (face == 1 ? vec3(uv.x, 1.0, uv.y) : vec3(uv, 1.0));
        float invDistance = inversesqrt(1.0 + dot(uv, uv));
        float NdotL = dot(N, L);
        L *= NdotL < 0.0 ? -1.0 : 1.0;
        NdotL = abs(NdotL) * invDistance;
        float d = 1.0 + alpha2 + (alpha2 - 1.0) * NdotL;
        float weight = NdotL * invDistance * invDistance * invDistance / (d * d);
        sum += textureLod(envMap, L, sourceLod).rgb * weight;
        total += weight;
      }
    }
  }
  gl_FragColor = vec4(sum / max(total, 1e-6), 1.0);
}
`;

/** The roughness of a level, as three's materials read it back (`roughnessToMip`). */
export function lodToRoughness(lod: number, maxLod: number): number {
  return maxLod > 0 ? 1 - Math.sqrt(1 - lod / maxLod) : 0;
}

/**
 * A small prefiltered (PMREM-layout) environment: the mip levels of a cube hold the source's
 * radiance filtered for increasing roughness, in the layout three's standard materials read
 * (`isPMREMTexture`, roughness ↔ level as `PMREMGenerator.lodToRoughness`). three's own generator
 * upsamples every source to 256 px and draws 256 samples a pixel, seconds per refresh in software;
 * this keeps the source's size (three levels for a 32 px cube) and integrates each level over the
 * source's mip of the same size: a few hundred thousand texture reads per refresh.
 *
 * The target is allocated once and drawn into again on every refresh, so a refresh allocates no
 * GPU memory and the materials that read it keep their programs.
 */
export class EnvironmentPrefilter {
  readonly target: THREE.WebGLCubeRenderTarget;
  private readonly camera: THREE.CubeCamera;
  private readonly box: THREE.Mesh<THREE.BoxGeometry, THREE.ShaderMaterial>;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
    this.target = new THREE.WebGLCubeRenderTarget(size, {
      type: THREE.HalfFloatType,
      colorSpace: THREE.LinearSRGBColorSpace,
      minFilter: THREE.LinearMipmapLinearFilter,
      generateMipmaps: false,
      depthBuffer: false,
    });
    const texture = this.target.texture;
    for (let face = size; face >= Math.min(size, SMALLEST_FACE); face >>= 1)
      texture.mipmaps.push({ width: face, height: face } as never);
    this.camera = new THREE.CubeCamera(1, 10, this.target);
    texture.name = 'PMREM';
    texture.isPMREMTexture = true;
    const material = new THREE.ShaderMaterial({
      name: 'EnvironmentPrefilter',
      uniforms: {
        envMap: { value: null },
        roughness: { value: 0 },
        sourceLod: { value: 0 },
        sourceSize: { value: size },
      },
      vertexShader: THREE.ShaderChunk.cube_vert,
      fragmentShader: INTEGRATE,
      side: THREE.BackSide,
      blending: THREE.NoBlending,
      depthTest: false,
      depthWrite: false,
    });
    this.box = new THREE.Mesh(new THREE.BoxGeometry(5, 5, 5), material);
  }

  /** Filters `source` (a cube with its mip chain, `size` px) into `target`'s levels. */
  filter(renderer: THREE.WebGLRenderer, source: THREE.CubeTexture): void {
    const levels = this.target.texture.mipmaps.length;
    const maxLod = levels - 1;
    const uniforms = this.box.material.uniforms;
    uniforms.envMap!.value = source;
    for (let lod = 0; lod < levels; lod++) {
      const face = this.size >> lod;
      uniforms.roughness!.value = lodToRoughness(lod, maxLod);
      uniforms.sourceLod!.value = lod;
      uniforms.sourceSize!.value = face;
      this.camera.activeMipmapLevel = lod;
      // The renderer takes the target's viewport as is at every mip level.
      this.target.viewport.set(0, 0, face, face);
      this.camera.update(renderer, this.box);
    }
    this.target.viewport.set(0, 0, this.size, this.size);
    uniforms.envMap!.value = null;
  }

  dispose(): void {
    this.target.dispose();
    this.box.geometry.dispose();
    this.box.material.dispose();
  }
}
