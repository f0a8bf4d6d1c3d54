import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { initialAssets, kindOf, measureBundle } from '../../../scripts/bench/bundle-size.ts';

const html = `<!doctype html>
<html><head>
  <script type="module" crossorigin src="./assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
  <link rel="stylesheet" crossorigin href="./assets/index-123.css">
  <link rel="icon" href="data:image/svg+xml,x">
  <link rel="manifest" href="./manifest.webmanifest">
  <!-- <script type="module" src="./assets/commented-out.js"></script> -->
  <script src="./legacy-classic.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('initial assets of a built page', () => {
  it('are its module scripts and modulepreloads, and its stylesheets', () => {
    expect(initialAssets(html)).toEqual({
      scripts: ['./assets/index-abc.js', './assets/vendor-def.js'],
      stylesheets: ['./assets/index-123.css'],
    });
  });

  it('accepts single quotes, unquoted values and attribute order', () => {
    const page = `<link href=a.js rel='modulepreload'><script src="b.js" type="module"></script>`;
    expect(initialAssets(page).scripts).toEqual(['a.js', 'b.js']);
  });
});

describe('bundle size', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('weighs the initial JS and CSS and every file, raw and gzip', () => {
    const entry = 'export const a = 1;\n'.repeat(200);
    const vendor = 'export const b = 2;\n'.repeat(100);
    const lazy = 'export const c = 3;\n'.repeat(50);
    const css = 'body { margin: 0 }\n';
    const image = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'textures'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'assets/index-abc.js'), entry);
    writeFileSync(join(dir, 'assets/vendor-def.js'), vendor);
    writeFileSync(join(dir, 'assets/lazy-ghi.js'), lazy);
    writeFileSync(join(dir, 'assets/index-123.css'), css);
    writeFileSync(join(dir, 'textures/earth.jpg'), image);
    const size = measureBundle(dir);
    const gz = (text: string | Buffer) => gzipSync(text).length;
    expect(size.initialJs).toEqual({
      files: 2,
      rawBytes: entry.length + vendor.length,
      gzipBytes: gz(entry) + gz(vendor),
      names: ['./assets/index-abc.js', './assets/vendor-def.js'],
    });
    expect(size.initialCss.rawBytes).toBe(css.length);
    expect(size.byKind.js!.files).toBe(3);
    expect(size.byKind.images).toEqual({ files: 1, rawBytes: 8, gzipBytes: gz(image) });
    expect(size.total.files).toBe(6);
    expect(size.total.rawBytes).toBe(
      html.length + entry.length + vendor.length + lazy.length + css.length + image.length,
    );
  });

  it('sorts files by kind', () => {
    expect(['a.JS', 'f.woff2', 'g.bin', 't.xml', 'x.webmanifest', 'i.html'].map(kindOf)).toEqual([
      'js',
      'fonts',
      'data',
      'data',
      'other',
      'html',
    ]);
  });
});
