/**
 * Replaces the one occurrence of `anchor` in `source`. For shaders patched into three's own: if
 * three moves or repeats the chunk a patch hooks into, the patch fails loudly (naming `owner`)
 * rather than silently doing nothing.
 */
export function replaceOnce(
  source: string,
  anchor: string,
  replacement: string,
  owner: string,
): string {
  const at = source.indexOf(anchor);
  if (at < 0 || source.indexOf(anchor, at + 1) >= 0)
    throw new Error(`${owner}: expected one "${anchor}" in the shader it rewrites`);
  return source.slice(0, at) + replacement + source.slice(at + anchor.length);
}
