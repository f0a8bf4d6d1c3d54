/**
 * What a production build weighs: the JavaScript and CSS a first visit must fetch before the app
 * can start (what index.html names: the entry module, its modulepreloads, its stylesheets) and
 * every file in the build, raw and gzip-compressed (zlib's default level, as Vite reports it).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialAssets {
  /** Module scripts and modulepreloads, in document order, as written (relative to index.html). */
  readonly scripts: readonly string[];
  readonly stylesheets: readonly string[];
}

export interface Bytes {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface BundleSize {
  readonly initialJs: Bytes & { readonly names: readonly string[] };
  readonly initialCss: Bytes & { readonly names: readonly string[] };
  /** Every file in the build. */
  readonly total: Bytes;
  /** The same, by kind: js, css, fonts, images, data, html, other. */
  readonly byKind: Readonly<Record<string, Bytes>>;
}

const attribute = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined) ?? null;

/** The scripts and stylesheets a page loads before anything runs, from its HTML. */
export function initialAssets(html: string): InitialAssets {
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    if (/^<script/i.test(tag)) {
      const src = attribute(tag, 'src');
      if (src && attribute(tag, 'type')?.toLowerCase() === 'module') scripts.push(src);
      continue;
    }
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) scripts.push(href);
    else if (rel.includes('stylesheet')) stylesheets.push(href);
  }
  return { scripts: [...new Set(scripts)], stylesheets: [...new Set(stylesheets)] };
}

const KINDS: Readonly<Record<string, string>> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.woff': 'fonts',
  '.woff2': 'fonts',
  '.ttf': 'fonts',
  '.jpg': 'images',
  '.jpeg': 'images',
  '.png': 'images',
  '.webp': 'images',
  '.ktx2': 'images',
  '.svg': 'images',
  '.gif': 'images',
  '.bin': 'data',
  '.json': 'data',
  '.xml': 'data',
  '.wasm': 'data',
  '.txt': 'data',
  '.glb': 'data',
  '.html': 'html',
};

export function kindOf(path: string): string {
  return KINDS[extname(path).toLowerCase()] ?? 'other';
}

export function addBytes(a: Bytes, b: Bytes): Bytes {
  return {
    files: a.files + b.files,
    rawBytes: a.rawBytes + b.rawBytes,
    gzipBytes: a.gzipBytes + b.gzipBytes,
  };
}

export const NO_BYTES: Bytes = { files: 0, rawBytes: 0, gzipBytes: 0 };

function fileBytes(path: string): Bytes {
  const data = readFileSync(path);
  return { files: 1, rawBytes: data.length, gzipBytes: gzipSync(data).length };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Weighs the build in `distDir` (which must hold index.html). */
export function measureBundle(distDir: string): BundleSize {
  const { scripts, stylesheets } = initialAssets(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const local = (href: string) => join(distDir, href.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
  const sum = (hrefs: readonly string[]) => ({
    ...hrefs.map((h) => fileBytes(local(h))).reduce(addBytes, NO_BYTES),
    names: hrefs,
  });
  const byKind: Record<string, Bytes> = {};
  let total = NO_BYTES;
  for (const path of walk(distDir)) {
    const bytes = fileBytes(path);
    const kind = kindOf(relative(distDir, path).split(sep).join('/'));
    byKind[kind] = addBytes(byKind[kind] ?? NO_BYTES, bytes);
    total = addBytes(total, bytes);
  }
  return { initialJs: sum(scripts), initialCss: sum(stylesheets), total, byKind };
}
