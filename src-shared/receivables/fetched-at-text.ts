/**
 * "5 dic. 2026, 14:32": when data were fetched from Siigo, in Bogotá (UTC−5 all year, so a fixed
 * offset is exact), spelled the same on every PC whatever its locale data.
 */
const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;
const MONTHS = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'];

export function fetchedAtText(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const local = new Date(time + BOGOTA_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${hh}:${mm}`;
}
