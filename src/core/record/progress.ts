/** The record CLI's progress line: bar, frames done, frames per second and time left. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  /** Seconds since the first frame started rendering. */
  readonly elapsedSec: number;
}

/** "[######------]  120/600 frames  2.4 frames/s  ETA 3:20" */
export function formatProgress({ done, total, elapsedSec }: Progress, barWidth = 24): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * barWidth);
  const rate = elapsedSec > 0 ? done / elapsedSec : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '--:--';
  const width = String(total).length;
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${String(done).padStart(width)}/${total} frames  ${rate.toFixed(rate < 10 ? 2 : 1)} frames/s  ETA ${eta}`;
}

/** 200 → "3:20", 3725 → "1:02:05". */
export function formatDuration(totalSec: number): string {
  const sec = Math.max(0, Math.round(totalSec));
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = String(sec % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
