/**
 * "14/03/2025 15:07" in Bogotá time, whatever the PC's zone. Colombia keeps UTC−5 all year (no
 * daylight saving), so a fixed offset is exact and needs no time-zone data.
 */
const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;

export function bogotaDateTime(iso: string | null): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const local = new Date(time + BOGOTA_OFFSET_MS).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}
