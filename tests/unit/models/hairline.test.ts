/**
 * Rods thinner than a pixel (parachute lines, Sputnik's whips) are widened on screen to a
 * hairline and faded in proportion, in three's own standard shader: if three moves the chunks the
 * patch hooks into, building the shader fails loudly here.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  drawAsHairlines,
  HAIRLINE_MIN_PX,
  PER_VERTEX,
  widenToHairlines,
  withHairRadius,
} from '../../../models/hairline.ts';
import { MODELS } from '../../../models/registry.ts';

const standardShader = () => ({
  uniforms: {} as Record<string, { value: unknown }>,
  vertexShader: THREE.ShaderLib.physical.vertexShader,
  fragmentShader: THREE.ShaderLib.physical.fragmentShader,
});

describe('hairlines', () => {
  it('widens the rod after three projects it and fades it before the alpha test', () => {
    const material = new THREE.MeshStandardMaterial();
    const mesh = new THREE.Mesh(new THREE.BufferGeometry(), material);
    drawAsHairlines(material, 0.005, [mesh]);
    // Blended, so that the faded line is not dithered back into dots.
    expect(material.transparent).toBe(true);
    const shader = standardShader();
    material.onBeforeCompile(
      shader as unknown as THREE.WebGLProgramParametersWithUniforms,
      undefined!,
    );
    expect(shader.uniforms.hairRadius!.value).toBe(0.005);
    const project = shader.vertexShader.indexOf('#include <project_vertex>');
    const widen = shader.vertexShader.indexOf('mvPosition.xyz += normalize(transformedNormal)');
    const reproject = shader.vertexShader.indexOf('gl_Position = projectionMatrix * mvPosition;');
    // After three's projection, before the logarithmic depth that reads gl_Position.
    expect(widen).toBeGreaterThan(project);
    expect(reproject).toBeGreaterThan(widen);
    expect(reproject).toBeLessThan(shader.vertexShader.indexOf('#include <logdepthbuf_vertex>'));
    expect(shader.vertexShader).toContain(`${HAIRLINE_MIN_PX.toFixed(2)} * 0.5`);
    const fade = shader.fragmentShader.indexOf('diffuseColor.a *= vHairCoverage;');
    expect(fade).toBeGreaterThan(shader.fragmentShader.indexOf('vec4 diffuseColor'));
    expect(fade).toBeLessThan(shader.fragmentShader.indexOf('#include <alphatest_fragment>'));
  });

  it('tells the shader the height of the picture each mesh is drawn into', () => {
    const material = new THREE.MeshStandardMaterial();
    const mesh = new THREE.Mesh(new THREE.BufferGeometry(), material);
    drawAsHairlines(material, 0.01, [mesh]);
    const shader = standardShader();
    material.onBeforeCompile(
      shader as unknown as THREE.WebGLProgramParametersWithUniforms,
      undefined!,
    );
    const draw = (target: { height: number } | null, buffer: number) =>
      mesh.onBeforeRender(
        {
          getRenderTarget: () => target,
          getDrawingBufferSize: (v: THREE.Vector2) => v.set(buffer * 2, buffer),
        } as unknown as THREE.WebGLRenderer,
        new THREE.Scene(),
        new THREE.PerspectiveCamera(),
        mesh.geometry,
        material,
        null!,
      );
    draw(null, 844);
    expect(shader.uniforms.hairViewportPx!.value).toBe(844);
    draw({ height: 2160 }, 844);
    expect(shader.uniforms.hairViewportPx!.value).toBe(2160);
  });

  it('draws the parachutes’ lines and the whips of Sputnik-1, Vostok and the Soyuz 7K-T as hairlines', () => {
    const hairlines = (id: string) => {
      const names = new Set<string>();
      MODELS.find((m) => m.id === id)!
        .build()
        .traverse((object) => {
          const mesh = object as THREE.Mesh;
          const material = mesh.material as THREE.Material | undefined;
          if (material?.customProgramCacheKey().startsWith('hairline')) names.add(mesh.name);
        });
      return [...names].sort();
    };
    expect(hairlines('sputnik-1')).toEqual(['antenna', 'antenna-sockets']);
    expect(hairlines('vostok-3ka')).toEqual(['antenna', 'module-antenna']);
    expect(hairlines('soyuz-7k-t')).toEqual(['antennas']);
    expect(hairlines('capsule-parachute')).toEqual(['rigging']);
    expect(hairlines('parachutist')).toEqual(['rigging']);
  });

  it('reads the radius per vertex where rods share a mesh with parts that are not rods', () => {
    const rodPart = withHairRadius(new THREE.CylinderGeometry(0.01, 0.01, 2), 0.01);
    const dish = withHairRadius(new THREE.CircleGeometry(0.2), 0);
    expect(rodPart.getAttribute('hairRadius').getX(0)).toBeCloseTo(0.01, 6);
    expect(dish.getAttribute('hairRadius').getX(0)).toBe(0);
    const material = new THREE.MeshStandardMaterial();
    drawAsHairlines(material, PER_VERTEX, []);
    const shader = standardShader();
    material.onBeforeCompile(
      shader as unknown as THREE.WebGLProgramParametersWithUniforms,
      undefined!,
    );
    expect(shader.uniforms.hairRadius).toBeUndefined();
    expect(shader.vertexShader).toContain('attribute float hairRadius;');
    // A part with no radius is drawn as it is, not faded to nothing.
    expect(shader.vertexShader).toMatch(/float grow = hairRadius > 0\.0\s*\?[^:]+:\s*1\.0;/);
    expect(material.customProgramCacheKey()).not.toBe(
      (() => {
        const other = new THREE.MeshStandardMaterial();
        drawAsHairlines(other, 0.01, []);
        return other.customProgramCacheKey();
      })(),
    );
  });

  it('says so when the shader it rewrites has changed', () => {
    expect(() =>
      widenToHairlines({ vertexShader: 'void main() {}', fragmentShader: 'void main() {}' }),
    ).toThrow('hairline shader: expected one "#include <common>"');
  });
});
