/**
 * Calendar helpers on the sandbox clock. Siigo is a Colombian service: "today" for the
 * electronic-invoice date rule is the date in Bogotá (UTC-5, no daylight saving time).
 */
const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;

export function bogotaToday(now: Date): string {
  return new Date(now.getTime() + BOGOTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Strict `yyyy-MM-dd` that is also a real calendar date. */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * Parses a list filter date: `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm:ssZ` (UTC), as documented for
 * every list. A bare date is a whole UTC day: as a start it means 00:00:00.000, as an end it
 * means 23:59:59.999 (so `created_end=<today>` includes today). Returns null when malformed.
 */
export function parseFilterDate(text: string, edge: 'start' | 'end'): number | null {
  if (isCalendarDate(text)) {
    const dayStart = Date.parse(`${text}T00:00:00Z`);
    return edge === 'start' ? dayStart : dayStart + 86_400_000 - 1;
  }
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?Z$/.exec(text);
  if (!m || !isCalendarDate(m[1])) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}
