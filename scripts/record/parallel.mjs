// `--jobs N`: the clip's frames cut into N key-frame-aligned slices, each rendered by its own
// recorder process (its own browser) with `--frames`, then joined without re-encoding. The same
// slices could come from other machines: this is `record:join` run locally.
import { spawn } from 'node:child_process';
import { availableParallelism, freemem } from 'node:os';
import { fileURLToPath } from 'node:url';

const RECORD = fileURLToPath(new URL('../record.mjs', import.meta.url));
/** What one recorder (browser + page at 1080p) holds in memory, measured: about 0.6 GB. */
const MEMORY_PER_JOB = 1.0e9;

/**
 * Jobs a machine can take when none is asked for. Measured (docs/PERFORMANCE.md): in software
 * WebGL a page already keeps about two cores busy (SwiftShader rasterises on several threads), so
 * one job per two cores; a GPU renders faster than one page feeds it, so one job per core, up to
 * four. Memory bounds both.
 */
export function defaultJobs({ hardware, cores = availableParallelism(), free = freemem() }) {
  const byCores = hardware ? Math.min(4, cores) : Math.floor(cores / 2);
  const byMemory = Math.floor(free / MEMORY_PER_JOB);
  return Math.max(1, Math.min(byCores, byMemory));
}

/**
 * Runs one child recorder per slice; `argv`: the user's arguments without --jobs/--out/--gpu.
 * `onProgress(done)`: frames done over all children. Resolves when all succeed; on the first
 * failure stops the others and rejects with that child's message.
 */
export function renderSlices({ argv, slices, partPath, gpu, onProgress, children }) {
  const done = slices.map(() => 0);
  const runs = slices.map((slice, i) => {
    const child = spawn(
      process.execPath,
      [
        RECORD,
        ...argv,
        ...['--frames', `${slice.start}:${slice.end}`, '--gpu', gpu, '--out', partPath(i)],
      ],
      {
        env: { ...process.env, URVERSENY_RECORD_CHILD: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.add(child);
    let errors = '';
    let pending = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (errors += d));
    child.stdout.setEncoding('utf8').on('data', (d) => {
      pending += d;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const match = /^@progress (\d+)/.exec(line);
        if (match) {
          done[i] = Number(match[1]);
          onProgress(done.reduce((a, b) => a + b, 0));
        }
      }
    });
    return new Promise((resolve, reject) =>
      child.on('close', (code) => {
        children.delete(child);
        if (code === 0) resolve();
        else {
          const reason = errors
            .trim()
            .split('\n')
            .at(-1)
            ?.replace(/^record: /, '');
          reject(new Error(`slice ${slice.start}:${slice.end}: ${reason || `exit code ${code}`}`));
        }
      }),
    );
  });
  return Promise.all(runs).catch((error) => {
    for (const child of children) child.kill('SIGTERM');
    throw error;
  });
}
