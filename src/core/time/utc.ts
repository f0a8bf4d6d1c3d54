/** UTC at the edges is an ISO string; inside it is integer epoch milliseconds. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** Parses a strict ISO 8601 UTC timestamp ("…Z"); returns null for anything else. */
export function parseUtc(text: string): number | null {
  if (!ISO_UTC.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

export function formatUtc(utcMs: number): string {
  return new Date(Math.round(utcMs)).toISOString();
}

/** As written in scene files: "1975-07-17T16:09:09Z", milliseconds only when there are some. */
export function formatUtcShort(utcMs: number): string {
  return formatUtc(utcMs).replace('.000Z', 'Z');
}
