import { colombiaToday } from '../validation/dates';

/**
 * Calendar days ("2025-03-14") for Documentos' date filter, always in Bogotá time whatever the
 * PC's zone (`colombiaToday`: Colombia keeps UTC−5 all year).
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Bogotá day of a document date: Siigo's `date` is already a calendar day and is kept as it
 * is (it must not shift with time zones); a full timestamp is read in Bogotá time. Null when
 * neither.
 */
export function bogotaDay(value: string | null | undefined): string | null {
  if (!value) return null;
  if (ISO_DAY.test(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return colombiaToday(new Date(time));
}

/** "2025-03-14" → "14/03/2025". */
export function dayText(day: string): string {
  const match = ISO_DAY.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

export type QuickRange = 'today' | 'week' | 'month';

/** Shifts a calendar day by whole days (noon UTC, so no zone can move it across midnight). */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "Hoy", "Esta semana" (from Monday, as the week starts in Colombia) and "Este mes", up to today in Bogotá. */
export function quickRange(pick: QuickRange, now: Date): { from: string; to: string } {
  const today = colombiaToday(now);
  if (pick === 'today') return { from: today, to: today };
  if (pick === 'month') return { from: `${today.slice(0, 8)}01`, to: today };
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return { from: addDays(today, -((weekday + 6) % 7)), to: today };
}

/** Whether `day` falls between `from` and `to`, both included; an empty bound is open. */
export function dayInRange(day: string | null, from: string, to: string): boolean {
  if (from === '' && to === '') return true;
  if (day === null) return false;
  return (from === '' || day >= from) && (to === '' || day <= to);
}
