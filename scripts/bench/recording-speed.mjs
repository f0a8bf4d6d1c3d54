import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode } from './run-node.mjs';

/** Records a 3 s clip at 1280×720, 30 frames/s with `npm run record`; its own frames/s. */
export async function measureRecording(root) {
  const script = join(root, 'scripts/record.mjs');
  if (!existsSync(script)) return { framesPerSec: null, reason: 'scripts/record.mjs not found' };
  // The recorder always serves dist/ (with --dist, that may be another build than the one above).
  const dir = mkdtempSync(join(tmpdir(), 'urverseny-bench-'));
  const clip = { scene: 'sputnik-1', from: 60, to: 63, fps: 30, size: '1280x720' };
  console.log(
    `\nRecording ${clip.to - clip.from} s of ${clip.scene} at ${clip.size}, ${clip.fps} frames/s`,
  );
  const started = Date.now();
  try {
    const { code, output } = await runNode(
      [
        script,
        '--scene',
        clip.scene,
        '--from',
        String(clip.from),
        '--to',
        String(clip.to),
        '--fps',
        String(clip.fps),
        '--size',
        clip.size,
        // Software WebGL on every machine, so results compare with the budgets.
        '--gpu',
        'off',
        '--out',
        join(dir, 'bench-clip.mp4'),
      ],
      { cwd: root },
    );
    const wallSec = (Date.now() - started) / 1000;
    // "90 frames in 4:15: 0.35 frames/s": the recorder's own count and time, without start-up.
    const match = /(\d+) frames in ([\d:]+): ([\d.]+) frames\/s/.exec(output);
    if (code !== 0 || !match) {
      const reason = output.trim().split('\n').at(-1) || `exit code ${code}`;
      console.log(`recording failed: ${reason}`);
      return { framesPerSec: null, reason: `npm run record failed: ${reason}`, clip };
    }
    const frames = Number(match[1]);
    const recordSec = match[2].split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    const bytes = statSync(join(dir, 'bench-clip.mp4')).size;
    const framesPerSec = frames / recordSec;
    console.log(
      `${frames} frames in ${recordSec} s: ${framesPerSec.toFixed(2)} frames/s (${wallSec.toFixed(0)} s with start-up)`,
    );
    return {
      clip,
      build: 'dist',
      frames,
      recordSec,
      framesPerSec,
      framesPerSecWithStartup: frames / wallSec,
      wallSec,
      fileBytes: bytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
