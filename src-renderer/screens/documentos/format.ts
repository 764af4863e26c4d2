/** Dates and times as a Colombian cashier reads them, always in Bogotá time (the PC may not be). */

const BOGOTA = 'America/Bogota';

/** "14/03/2025, 3:07 p. m." (Bogotá) — for audit lines and "última sincronización". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return 'nunca';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('es-CO', { timeZone: BOGOTA, day: '2-digit', month: '2-digit', year: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/**
 * A document date. Siigo's `date` is a calendar day ("2025-03-14") and must not shift with time
 * zones, so it is rearranged, not parsed; full timestamps are shown in Bogotá time.
 */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('es-CO', { timeZone: BOGOTA, day: '2-digit', month: '2-digit', year: 'numeric' });
}
