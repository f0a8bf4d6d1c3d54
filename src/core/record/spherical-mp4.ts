/**
 * Marks an MP4 as 360° equirectangular video so players (YouTube, VLC, headset players) show it
 * as a sphere: Google's Spherical Video V2 boxes (`st3d` monoscopic, `sv3d` with an `equi`
 * projection) appended to the video track's sample entry. Works on the `moov` box alone, so a
 * file whose `moov` follows its media data (as the recorder and ffmpeg write them) is patched
 * in place without moving a single sample.
 * Spec: https://github.com/google/spatial-media/blob/master/docs/spherical-video-v2-rfc.md
 */

const CONTAINERS = ['moov', 'trak', 'mdia', 'minf', 'stbl'];
/** Visual sample entries carry 78 bytes of fields before their child boxes. */
const VISUAL_ENTRY_FIELDS = 78;
const VIDEO_ENTRIES = ['avc1', 'avc3', 'hvc1', 'hev1', 'vp09', 'av01'];

interface Box {
  type: string;
  start: number;
  size: number;
}

function boxesIn(bytes: Uint8Array, from: number, to: number): Box[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes: Box[] = [];
  for (let at = from; at + 8 <= to;) {
    const size = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (size === 1) throw new Error(`${type} box has a 64-bit size; not supported here`);
    if (size < 8 || at + size > to) throw new Error(`malformed ${type} box at byte ${at}`);
    boxes.push({ type, start: at, size });
    at += size;
  }
  return boxes;
}

function box(type: string, ...parts: Uint8Array[]): Uint8Array {
  const size = 8 + parts.reduce((sum, p) => sum + p.length, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, size);
  out.set(
    [...type].map((c) => c.charCodeAt(0)),
    4,
  );
  let at = 8;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A full box's version and flags (all zero) followed by `body`. */
const fullBox = (type: string, body: Uint8Array) => box(type, new Uint8Array(4), body);

/** The boxes appended to the sample entry: monoscopic, equirectangular, no pose, full sphere. */
export function sphericalBoxes(source: string): Uint8Array {
  const st3d = fullBox('st3d', new Uint8Array([0]));
  const svhd = fullBox('svhd', new TextEncoder().encode(`${source}\0`));
  const prhd = fullBox('prhd', new Uint8Array(12));
  const equi = fullBox('equi', new Uint8Array(16));
  const sv3d = box('sv3d', svhd, box('proj', prhd, equi));
  const both = new Uint8Array(st3d.length + sv3d.length);
  both.set(st3d);
  both.set(sv3d, st3d.length);
  return both;
}

/**
 * `moov` (the whole box) with spherical metadata added to its first video track; throws if it
 * has no video track or already says it is spherical.
 */
export function withSphericalMetadata(moov: Uint8Array, source = 'urverseny'): Uint8Array {
  const [top] = boxesIn(moov, 0, moov.length);
  if (top?.type !== 'moov') throw new Error('not a moov box');
  // The chain of boxes from moov down to the video sample entry, each needing a larger size.
  const chain: Box[] = [top];
  let entry: Box | null = null;
  const search = (parent: Box, headerEnd: number): boolean => {
    for (const child of boxesIn(moov, headerEnd, parent.start + parent.size)) {
      if (CONTAINERS.includes(child.type)) {
        chain.push(child);
        if (search(child, child.start + 8)) return true;
        chain.pop();
      } else if (child.type === 'stsd') {
        // A full box with an entry count before its sample entries.
        const entries = boxesIn(moov, child.start + 16, child.start + child.size);
        const video = entries.find((e) => VIDEO_ENTRIES.includes(e.type));
        if (video) {
          chain.push(child);
          entry = video;
          return true;
        }
      }
    }
    return false;
  };
  if (!search(top, 8) || !entry) throw new Error('no video track to mark as spherical');
  const target: Box = entry;
  const children = boxesIn(
    moov,
    target.start + 8 + VISUAL_ENTRY_FIELDS,
    target.start + target.size,
  );
  if (children.some((c) => c.type === 'sv3d')) throw new Error('already spherical');
  const added = sphericalBoxes(source);
  const insertAt = target.start + target.size;
  const out = new Uint8Array(moov.length + added.length);
  out.set(moov.subarray(0, insertAt));
  out.set(added, insertAt);
  out.set(moov.subarray(insertAt), insertAt + added.length);
  const view = new DataView(out.buffer);
  for (const b of [...chain, target]) view.setUint32(b.start, b.size + added.length);
  return out;
}
