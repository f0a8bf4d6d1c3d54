/** Display formats shared by the readouts. */
import type { SceneFrame } from '../core/script/evaluate.ts';

export function formatClock(totalSec: number): string {
  const sec = Math.max(0, Math.floor(totalSec));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

export function formatUtcReadout(utcMs: number): string {
  return `${new Date(Math.round(utcMs / 1000) * 1000).toISOString().replace('T', ' ').replace('.000Z', '')} UTC`;
}

/** 100478 → "100 000": two significant digits, thin-space grouping that reads in both languages. */
export function scaleFactorText(value: number): string {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return (Math.round(value / magnitude) * magnitude)
    .toLocaleString('en-US')
    .replace(/,/g, '\u202f');
}

/** "×100 000" while a spacecraft is drawn enlarged and in view (badge and burned-in clips), else null. */
export function enlargementText(frame: Pick<SceneFrame, 'camera' | 'bodies'>): string | null {
  const shown = frame.camera.craftScale > 1.5 && frame.bodies.some((b) => b.visible);
  return shown ? `×${scaleFactorText(frame.camera.craftScale)}` : null;
}

/** Mission elapsed time: "T+02:05:09", "T+1 d 03:49:09", "T−00:01:30" before launch. */
export function formatMissionTime(utcMs: number, launchUtcMs: number): string {
  const totalSec = Math.round((utcMs - launchUtcMs) / 1000);
  const sign = totalSec < 0 ? '−' : '+';
  let rest = Math.abs(totalSec);
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hms = [Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), rest % 60]
    .map((v) => String(v).padStart(2, '0'))
    .join(':');
  return `T${sign}${days > 0 ? `${days} d ` : ''}${hms}`;
}
