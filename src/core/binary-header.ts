/** Checks the four-letter magic of the project's little binary asset formats. */
export function expectMagic(view: DataView, magic: string, what: string): void {
  const found = String.fromCharCode(
    view.getUint8(0),
    view.getUint8(1),
    view.getUint8(2),
    view.getUint8(3),
  );
  if (found !== magic) throw new Error(`not a ${what} (magic "${found}")`);
}
