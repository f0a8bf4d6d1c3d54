/** Display formats shared by the readouts. */
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
