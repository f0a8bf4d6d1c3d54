/**
 * The coastlines fade where the ground turns away from the eye (near the limb, where edge-on
 * lines crowd into one bright band). The fade is written into three's own line shader: if three
 * moves the chunks it hooks into, building the material's shader fails loudly here.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  createCoastlineMaterial,
  FACING_FULL,
  FACING_GONE,
  fadeEdgeOn,
} from '../../../src/view/coastline-material.ts';

describe('the coastlines material', () => {
  it("fades by the ground's facing in three's line shader", () => {
    const material = createCoastlineMaterial();
    expect(material).toBeInstanceOf(THREE.LineBasicMaterial);
    const shader = {
      vertexShader: THREE.ShaderLib.basic.vertexShader,
      fragmentShader: THREE.ShaderLib.basic.fragmentShader,
    };
    material.onBeforeCompile(shader as THREE.WebGLProgramParametersWithUniforms, undefined!);
    expect(shader.vertexShader).toMatch(
      /#include <project_vertex>\s+vFacing = dot\(normalize\(normalMatrix \* position\), normalize\(-mvPosition\.xyz\)\);/,
    );
    expect(shader.fragmentShader).toContain('varying float vFacing;');
    // Applied to the colour's alpha before the alpha test and the output.
    const fade = shader.fragmentShader.indexOf(
      `diffuseColor.a *= smoothstep(${FACING_GONE.toFixed(2)}, ${FACING_FULL.toFixed(2)}, vFacing);`,
    );
    expect(fade).toBeGreaterThan(shader.fragmentShader.indexOf('vec4 diffuseColor'));
    expect(fade).toBeLessThan(shader.fragmentShader.indexOf('#include <alphatest_fragment>'));
    expect(FACING_GONE).toBeLessThan(FACING_FULL);
  });

  it('says so when the shader it rewrites has changed', () => {
    expect(() =>
      fadeEdgeOn({ vertexShader: 'void main() {}', fragmentShader: 'void main() {}' }),
    ).toThrow('coastline shader: expected one "#include <common>"');
  });
});
