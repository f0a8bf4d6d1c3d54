/** Sizes from a V8 heap snapshot (the JSON of HeapProfiler.takeHeapSnapshot). */

export interface HeapSnapshot {
  readonly snapshot: {
    readonly meta: {
      readonly node_fields: readonly string[];
      readonly node_types: readonly (readonly string[] | string)[];
    };
  };
  readonly nodes: readonly number[];
}

export interface SnapshotSizes {
  /** Every node's self size. */
  readonly totalBytes: number;
  /** Compiled code (bytecode and machine code): grows while V8 optimizes hot functions. */
  readonly codeBytes: number;
  /** Blink's native objects (DOM, performance entries) held by the snapshot. */
  readonly nativeBytes: number;
  /** Everything else: the JavaScript objects the page holds. */
  readonly objectBytes: number;
}

export function snapshotSizes(snapshot: HeapSnapshot): SnapshotSizes {
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const types = nodeTypes[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (!Array.isArray(types) || typeAt < 0 || sizeAt < 0)
    throw new Error('heap snapshot: no node type or self_size field');
  const { nodes } = snapshot;
  let totalBytes = 0;
  let codeBytes = 0;
  let nativeBytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const size = nodes[i + sizeAt]!;
    const type = types[nodes[i + typeAt]!];
    totalBytes += size;
    if (type === 'code') codeBytes += size;
    else if (type === 'native') nativeBytes += size;
  }
  return { totalBytes, codeBytes, nativeBytes, objectBytes: totalBytes - codeBytes - nativeBytes };
}
