/** A file assembled in memory from positioned writes (MP4 patches its header at the end). */
export function createMemoryFile() {
  const chunks: { data: Uint8Array; position: number }[] = [];
  return {
    write(data: Uint8Array, position: number): void {
      chunks.push({ data: data.slice(), position });
    },
    toBlob(type: string): Blob {
      const size = chunks.reduce((end, c) => Math.max(end, c.position + c.data.length), 0);
      const bytes = new Uint8Array(size);
      for (const chunk of chunks) bytes.set(chunk.data, chunk.position);
      return new Blob([bytes], { type });
    },
  };
}
