/**
 * The coastlines fade where the ground turns away from the eye (near the limb, where edge-on
 * lines crowd into one bright band) and over the night side. The fades are written into three's
 * own line shader: if three moves the chunks it hooks into, building the material's shader fails
 * loudly here.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  createCoastlineMaterial,
  FACING_FULL,
  FACING_GONE,
  DAYLIGHT_FULL,
  DAYLIGHT_GONE,
  fadeEdgeOnAndAtNight,
  NIGHT_SHARE,
} from '../../../src/view/coastline-material.ts';

describe('the coastlines material', () => {
  it("fades by the ground's facing and by the Sun's height in three's line shader", () => {
    const sun = { value: new THREE.Vector3(1, 0, 0) };
    const material = createCoastlineMaterial(sun);
    expect(material).toBeInstanceOf(THREE.LineBasicMaterial);
    const shader = {
      uniforms: {} as Record<string, unknown>,
      vertexShader: THREE.ShaderLib.basic.vertexShader,
      fragmentShader: THREE.ShaderLib.basic.fragmentShader,
    };
    material.onBeforeCompile(shader as THREE.WebGLProgramParametersWithUniforms, undefined!);
    // The Earth's own uniform, not a copy: it follows the Sun as the Earth's shader does.
    expect(shader.uniforms.sunDirection).toBe(sun);
    expect(shader.vertexShader).toContain('uniform vec3 sunDirection;');
    expect(shader.vertexShader).toMatch(
      /#include <project_vertex>\s+vFacing = dot\(normalize\(normalMatrix \* position\), normalize\(-mvPosition\.xyz\)\);\s+vSun = dot\(normalize\(position\), sunDirection\);/,
    );
    expect(shader.fragmentShader).toContain('varying float vFacing;');
    expect(shader.fragmentShader).toContain('varying float vSun;');
    // Applied to the colour's alpha before the alpha test and the output.
    const fade = shader.fragmentShader.indexOf(
      `diffuseColor.a *= smoothstep(${FACING_GONE.toFixed(2)}, ${FACING_FULL.toFixed(2)}, vFacing) * mix(${NIGHT_SHARE.toFixed(2)}, 1.0, smoothstep(${DAYLIGHT_GONE.toFixed(2)}, ${DAYLIGHT_FULL.toFixed(2)}, vSun));`,
    );
    expect(fade).toBeGreaterThan(shader.fragmentShader.indexOf('vec4 diffuseColor'));
    expect(fade).toBeLessThan(shader.fragmentShader.indexOf('#include <alphatest_fragment>'));
    expect(FACING_GONE).toBeLessThan(FACING_FULL);
    expect(DAYLIGHT_GONE).toBeLessThan(DAYLIGHT_FULL);
    expect(NIGHT_SHARE).toBeGreaterThan(0);
    expect(NIGHT_SHARE).toBeLessThan(0.1);
  });

  it('says so when the shader it rewrites has changed', () => {
    expect(() =>
      fadeEdgeOnAndAtNight({ vertexShader: 'void main() {}', fragmentShader: 'void main() {}' }),
    ).toThrow('coastline shader: expected one "#include <common>"');
  });
});
