/** The DIAN takes an electronic credit note up to 10 days after its date (FIELD-NOTES.md, "Credit notes"). */
export const DIAN_NOTE_WINDOW_DAYS = 10;
/** From this many days left, a note still on this PC is flagged. */
const WARN_FROM_DAYS_LEFT = 3;

const DAY_MS = 86_400_000;

/**
 * How an electronic note dated `madeOn` (yyyy-MM-dd) stands against the DIAN's window on `today`:
 * days left, whether to warn, whether it closed. A rejected note is corrected and sent again from
 * Siigo Nube, which only the DIAN's 10 days allow.
 */
export function dianWindow(madeOn: string, today: string): { daysLeft: number; warn: boolean; closed: boolean } {
  const elapsed = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${madeOn}T00:00:00Z`)) / DAY_MS);
  const daysLeft = DIAN_NOTE_WINDOW_DAYS - elapsed;
  return { daysLeft, warn: daysLeft <= WARN_FROM_DAYS_LEFT, closed: daysLeft < 0 };
}

/** The last day the DIAN takes a note dated `date` (yyyy-MM-dd). */
export function dianDeadline(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DIAN_NOTE_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
}
