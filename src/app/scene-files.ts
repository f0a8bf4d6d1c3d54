/** The scene files and the source text, bundled as text so a broken file is reported, not fatal. */
import { MODEL_INFO } from '../../models/index.ts';
import sourceText from '../../scenes/text/hu.txt?raw';
import { buildCatalog, type CatalogEntry } from '../core/script/scene-catalog.ts';

const rawFiles = import.meta.glob(['../../scenes/*.json', '!../../scenes/schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function loadCatalog(): CatalogEntry[] {
  const files = Object.fromEntries(
    Object.entries(rawFiles).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text]),
  );
  return buildCatalog(files, sourceText, MODEL_INFO);
}
