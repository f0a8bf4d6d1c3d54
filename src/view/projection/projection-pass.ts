/**
 * Draws the scene in a wide projection: a cube map is rendered around the camera (its position,
 * its orientation), then one full-screen pass looks each output pixel's direction up in it, with
 * the maths of src/core/projection/dome-projection.ts. The cube holds linear half floats, and the
 * pass applies the renderer's tone mapping and output colour space, so colours match a flat frame.
 */
import * as THREE from 'three';
import {
  cubeFaceSize,
  type DomeSettings,
  type ProjectionKind,
} from '../../core/projection/dome-projection.ts';

export interface ProjectionPass {
  render(gl: THREE.WebGLRenderer, scene: THREE.Scene, camera: THREE.Camera): void;
  dispose(): void;
}

const vertexShader = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`;

const fragmentShader = /* glsl */ `
#include <common>
uniform samplerCube cube;
uniform mat3 basis;
uniform int kind;
uniform float halfFov;
uniform float tilt;
varying vec2 vUv;
void main() {
  vec2 uv = vUv * 2.0 - 1.0;
  vec3 local;
  if (kind == 1) {
    float r = length(uv);
    if (r > 1.0) {
      gl_FragColor = vec4(0.0, 0.0, 0.0, 1.0);
      return;
    }
    float theta = r * halfFov;
    float phi = atan(uv.y, uv.x);
    local = vec3(sin(theta) * cos(phi), sin(theta) * sin(phi), -cos(theta));
    float c = cos(tilt);
    float s = sin(tilt);
    local = vec3(local.x, local.y * c - local.z * s, local.y * s + local.z * c);
  } else {
    float lon = uv.x * PI;
    float lat = uv.y * PI * 0.5;
    local = vec3(cos(lat) * sin(lon), sin(lat), -cos(lat) * cos(lon));
  }
  gl_FragColor = textureCube(cube, basis * local);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

/**
 * `kind` and `dome`: the projection; `outputWidth`: drawing-buffer pixels across the output,
 * which sets the cube map's resolution. A canvas of another shape than the projection's (the
 * player's preview) gets it centred, black around it.
 */
export function createProjectionPass(
  { kind }: { kind: Exclude<ProjectionKind, 'flat'> },
  dome: DomeSettings,
  outputWidth: number,
  maxCubeSize: number,
  depth: { near: number; far: number },
): ProjectionPass {
  const faceSize = cubeFaceSize(kind, outputWidth, dome, maxCubeSize);
  const target = new THREE.WebGLCubeRenderTarget(faceSize, {
    type: THREE.HalfFloatType,
    generateMipmaps: false,
    minFilter: THREE.LinearFilter,
    magFilter: THREE.LinearFilter,
  });
  const cubeCamera = new THREE.CubeCamera(depth.near, depth.far, target);
  const basis = new THREE.Matrix3();
  const material = new THREE.ShaderMaterial({
    vertexShader,
    fragmentShader,
    uniforms: {
      cube: { value: target.texture },
      basis: { value: basis },
      kind: { value: kind === 'fisheye' ? 1 : 2 },
      halfFov: { value: THREE.MathUtils.degToRad(dome.fovDeg) / 2 },
      tilt: { value: THREE.MathUtils.degToRad(dome.tiltDeg) },
    },
    depthTest: false,
    depthWrite: false,
  });
  const quad = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), material);
  quad.frustumCulled = false;
  const passScene = new THREE.Scene();
  passScene.add(quad);
  const passCamera = new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1);
  const aspect = kind === 'fisheye' ? 1 : 2;
  const size = new THREE.Vector2();
  const full = new THREE.Vector4();

  return {
    render(gl, scene, camera) {
      camera.updateMatrixWorld();
      camera.getWorldPosition(cubeCamera.position);
      cubeCamera.updateMatrixWorld();
      cubeCamera.update(gl, scene);
      basis.setFromMatrix4(camera.matrixWorld);
      gl.setRenderTarget(null);
      gl.getSize(size);
      gl.getViewport(full);
      const width = Math.min(size.x, size.y * aspect);
      const height = width / aspect;
      const autoClear = gl.autoClear;
      gl.setClearColor(0x000000, 1);
      gl.clear();
      gl.autoClear = false;
      gl.setViewport((size.x - width) / 2, (size.y - height) / 2, width, height);
      gl.render(passScene, passCamera);
      gl.setViewport(full);
      gl.autoClear = autoClear;
      gl.setClearColor(0x000000, 0);
    },
    dispose() {
      target.dispose();
      material.dispose();
      quad.geometry.dispose();
    },
  };
}
