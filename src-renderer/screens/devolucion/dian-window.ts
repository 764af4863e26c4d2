/** The DIAN takes an electronic credit note up to 10 days after its date (FIELD-NOTES.md, "Credit notes"). */
export const DIAN_NOTE_WINDOW_DAYS = 10;
/** From this many days left, a note still on this PC is flagged. */
const WARN_FROM_DAYS_LEFT = 3;

const DAY_MS = 86_400_000;

/**
 * How a return made on `madeOn` (yyyy-MM-dd) and not yet in Siigo stands against the DIAN's window
 * on `today`: days left, and whether to warn. Siigo dates a note the day it receives it, but the
 * buyer's return happened on `madeOn`: a note kept offline for days is a return the DIAN may
 * still refuse as late, so the cashier is told before the window closes.
 */
export function dianWindow(madeOn: string, today: string): { daysLeft: number; warn: boolean; closed: boolean } {
  const elapsed = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${madeOn}T00:00:00Z`)) / DAY_MS);
  const daysLeft = DIAN_NOTE_WINDOW_DAYS - elapsed;
  return { daysLeft, warn: daysLeft <= WARN_FROM_DAYS_LEFT, closed: daysLeft < 0 };
}
