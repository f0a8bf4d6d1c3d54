/**
 * The one place that reads real time: the player driver's notion of "now" (seconds).
 * Only the clock's anchor uses it; nothing animates from it directly.
 */
export function wallNowSec(): number {
  return performance.now() / 1000;
}

/** Milliseconds since 1970 (the kiosk's uptime across reloads); never used for playback. */
export function wallEpochMs(): number {
  return Date.now();
}
