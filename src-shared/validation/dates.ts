/**
 * Document dates. Siigo is a Colombian service: "today" is the date in Bogotá (UTC−5, no
 * daylight saving time). Electronic invoices cannot be dated before today (`invalid_date`), and
 * since May 2024 their date must be the day they are sent to the DIAN (FIELD-NOTES), so a sale
 * drafted offline yesterday is sent with today's date.
 */
import type { DocumentTypeRow } from './context';

const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;

/** Today's date in Colombia (`yyyy-MM-dd`) at the instant `now`. */
export function colombiaToday(now: Date): string {
  return new Date(now.getTime() + BOGOTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Electronic documents (anything but `NoElectronic`) go to the DIAN and follow its date rule. */
export function isElectronic(docType: Pick<DocumentTypeRow, 'electronic_type'>): boolean {
  return (docType.electronic_type ?? 'NoElectronic') !== 'NoElectronic';
}

/**
 * The date to send a drafted document with: an electronic invoice is re-dated to the send day
 * (Siigo rejects earlier dates and the DIAN expects the send date); other documents keep the
 * date the cashier gave them.
 */
export function sendDateFor(docType: Pick<DocumentTypeRow, 'electronic_type'>, draftDate: string, today: string): string {
  return isElectronic(docType) ? today : draftDate;
}
