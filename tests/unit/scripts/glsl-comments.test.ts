import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripGlslComments } from '../../../scripts/build/glsl-comments.ts';
import { root } from '../../helpers/scenes.ts';

describe('shaders without their comments in the build', () => {
  it('drops comments, indentation and blank lines, and keeps every line of code', () => {
    const source = [
      'const shader = /* glsl */ `',
      '#include <common>',
      '  // Why this is so: ${WHY} says it.',
      '  uniform float x; // trailing ${f(1)}',
      '',
      '  float y = ${f(2)} * 2.0;',
      '`;',
      'const url = "http://example.org"; // JavaScript is left alone',
    ].join('\n');
    expect(stripGlslComments(source)).toBe(
      [
        'const shader = /* glsl */ `',
        '#include <common>',
        'uniform float x;',
        'float y = ${f(2)} * 2.0;',
        '`;',
        'const url = "http://example.org"; // JavaScript is left alone',
      ].join('\n'),
    );
  });

  it('keeps interpolations with braces of their own, and text after the template', () => {
    const source = 'x(/* glsl */ `a ${v3({ x: 1 })} b`, `// not glsl`);';
    expect(stripGlslComments(source)).toBe('x(/* glsl */ `a ${v3({ x: 1 })} b`, `// not glsl`);');
  });

  it("leaves the Earth's shader with its code and none of its comments", () => {
    const path = join(root, 'src/view/earth-material.ts');
    const source = readFileSync(path, 'utf8');
    const stripped = stripGlslComments(source);
    expect(stripped.length).toBeLessThan(source.length * 0.9);
    expect(stripped).not.toMatch(/\n\/\/ /);
    for (const code of ['gl_FragColor = vec4(color, 1.0);', '#include <tonemapping_fragment>'])
      expect(stripped).toContain(`\n${code}\n`);
  });
});
