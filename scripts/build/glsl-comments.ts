/**
 * Shaders without their comments in the build: the GLSL in `/* glsl *\/` template literals keeps
 * its comments in the source, where they say why, but the browser needs none of them, nor the
 * lines' indentation (about 4 kB of the initial JavaScript before compression). Line breaks stay:
 * preprocessor directives need their own lines.
 */
import type { Plugin } from 'vite';

const MARKER = '/* glsl */ `';

/**
 * `source` with the comments and indentation taken out of its GLSL templates. Interpolations
 * (`${…}`) are kept as they are, except where they stand inside a comment (they are pure:
 * constants and numbers formatted for GLSL).
 */
export function stripGlslComments(source: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const at = source.indexOf(MARKER, i);
    if (at < 0) return out + source.slice(i);
    out += source.slice(i, at + MARKER.length);
    i = at + MARKER.length;
    let inComment = false;
    let line = '';
    const endLine = () => {
      out += line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
      line = '';
    };
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === '`') {
        endLine();
        out += '`';
        i++;
        break;
      }
      if (ch === '\\') {
        if (!inComment) line += source.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (ch === '$' && source[i + 1] === '{') {
        const start = i;
        let depth = 0;
        do {
          if (source[i] === '{') depth++;
          else if (source[i] === '}') depth--;
          i++;
        } while (depth > 0 && i < source.length);
        if (!inComment) line += source.slice(start, i);
        continue;
      }
      if (ch === '\n') {
        inComment = false;
        endLine();
        // A blank line says nothing to a compiler.
        if (!out.endsWith('\n')) out += '\n';
        i++;
        continue;
      }
      if (!inComment && ch === '/' && source[i + 1] === '/') {
        inComment = true;
        i += 2;
        continue;
      }
      if (!inComment) line += ch;
      i++;
    }
  }
}

export function glslCommentsPlugin(): Plugin {
  return {
    name: 'urverseny:glsl-comments',
    apply: 'build',
    // Before TypeScript is compiled away, which drops the marker comments.
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || !code.includes(MARKER)) return null;
      return { code: stripGlslComments(code), map: null };
    },
  };
}
