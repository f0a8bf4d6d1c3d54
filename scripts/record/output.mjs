// The recorder's output on disk: written under a temporary name beside the target (a file for
// video, a folder for a PNG sequence) and renamed only when complete, so an interrupted or
// failed run leaves nothing that looks finished. Also the sidecars: subtitles and clip.json.
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, resolve } from 'node:path';

/** Thrown for an output path that cannot be used: the CLI answers it with exit code 2. */
export class OutputError extends Error {}

/**
 * Claims the temporary place for `out` (`format` png: a folder). Throws OutputError when the
 * target cannot be written; nothing is created then.
 */
export function openOutput(out, format) {
  const outPath = resolve(out);
  const folder = format === 'png';
  const partPath = resolve(dirname(outPath), `.${basename(outPath)}.part`);
  const existing = statSync(outPath, { throwIfNoEntry: false });
  if (!statSync(dirname(outPath), { throwIfNoEntry: false })?.isDirectory())
    throw new OutputError(`no directory ${dirname(outPath)}`);
  if (folder) {
    if (existing && !existing.isDirectory())
      throw new OutputError(`${out} is a file, not a folder`);
    if (existing && readdirSync(outPath).length > 0)
      throw new OutputError(`${out} is a folder that is not empty`);
  } else if (existing?.isDirectory()) throw new OutputError(`${out} is a directory`);
  let fd = null;
  try {
    if (folder) {
      rmSync(partPath, { recursive: true, force: true });
      mkdirSync(partPath);
    } else fd = openSync(partPath, 'w');
  } catch (error) {
    throw new OutputError(error.message);
  }
  let done = false;
  return {
    outPath,
    partPath,
    folder,
    /** Video bytes at a position (the page's encoder patches the MP4 header at the end). */
    write(data, position) {
      writeSync(fd, data, 0, data.length, position);
    },
    /** Makes the output final: closes, renames over an empty folder of the same name. */
    commit() {
      if (fd !== null) closeSync(fd);
      fd = null;
      if (folder && statSync(outPath, { throwIfNoEntry: false }))
        rmSync(outPath, { recursive: true });
      renameSync(partPath, outPath);
      done = true;
    },
    /** Closes the file (before something else, like ffmpeg, writes it). */
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
    remove() {
      if (fd !== null) {
        try {
          closeSync(fd);
        } catch {
          // already closed
        }
        fd = null;
      }
      if (!done) rmSync(partPath, { recursive: true, force: true });
    },
  };
}

/** A short id of the built app: the hash of dist/index.html, which names every hashed asset. */
export function buildId(distDir) {
  return createHash('sha256')
    .update(readFileSync(resolve(distDir, 'index.html')))
    .digest('hex')
    .slice(0, 16);
}

/** Writes subtitles for both languages beside `out`; returns their paths. */
export function writeSubtitles(core, out, subtitles, format) {
  const written = [];
  // A PNG sequence's subtitles go inside its folder, named after it.
  const base = format === 'png' ? `${out.replace(/[/\\]+$/, '')}/${basename(resolve(out))}` : out;
  for (const lang of core.SUBTITLE_LANGS) {
    for (const kind of ['vtt', 'srt']) {
      const path = core.subtitlePath(format === 'png' ? `${base}.png` : base, lang, kind);
      writeFileSync(path, subtitles[lang][kind]);
      written.push(path);
    }
  }
  return written;
}

export function writeManifest(core, out, manifest) {
  const path = core.manifestPath(out, manifest.format);
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}

/**
 * Adds 360° metadata to an MP4 whose `moov` box comes last (as the page's encoder and ffmpeg
 * write it): the box is rewritten in place, the media data does not move.
 */
export function markSpherical(core, path) {
  const bytes = readFileSync(path);
  let at = 0;
  let moov = null;
  while (at + 8 <= bytes.length) {
    const size = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (size < 8) throw new Error(`malformed MP4: ${type} box of size ${size}`);
    if (type === 'moov') moov = { at, size };
    at += size;
  }
  if (!moov || moov.at + moov.size !== bytes.length)
    throw new Error('cannot add 360° metadata: the MP4 index is not at the end of the file');
  const patched = core.withSphericalMetadata(bytes.subarray(moov.at));
  writeFileSync(path, Buffer.concat([bytes.subarray(0, moov.at), patched]));
}
