/**
 * The fields of a credit note that invoices do not have (08-notas-credito.md): `invoice`, the
 * Siigo id of the invoice it corrects, and `reason`, the DIAN's reason code. Both are mandatory on
 * electronic notes. The sandbox also requires `invoice` on paper notes: the other way to name the
 * invoice, `invoice_data` (an invoice that is not in Siigo), is not served.
 */
import { badRequest, siigoError } from '../errors';
import { type Json, isMissing, requireString } from './fields';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The table's codes. Its heading says "númerico del 1 al 5", but the table (the DIAN's list) has
 * no 5 and has 6 and 7; the table wins.
 */
export const CREDIT_NOTE_REASONS: ReadonlySet<number> = new Set([1, 2, 3, 4, 6, 7]);

export function refuseInvoiceData(body: Json): void {
  if (body['invoice_data'] !== undefined) {
    throw siigoError(
      400,
      'parameters_exclusive',
      'The sandbox does not serve credit notes for invoices outside Siigo (invoice_data); send the invoice id in invoice',
      ['invoice_data'],
    );
  }
}

export function readInvoiceId(body: Json): string {
  const id = requireString(body['invoice'], 'invoice');
  if (!UUID_PATTERN.test(id)) throw badRequest.invalid('invalid_type', 'invoice', `The field invoice must be a UUID, got '${id}'`);
  return id;
}

/** The reason code, required when `electronic`; a number or a numeric string (the Blueprint's example sends "2"). */
export function readReason(body: Json, electronic: boolean): number | undefined {
  const raw = body['reason'];
  if (isMissing(raw)) {
    if (electronic) throw badRequest.required('reason');
    return undefined;
  }
  const code = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof code !== 'number' || !CREDIT_NOTE_REASONS.has(code)) {
    throw badRequest.invalid('invalid_value', 'reason', `The reason '${String(raw)}' is not valid, use one of ${[...CREDIT_NOTE_REASONS].join(', ')}`);
  }
  return code;
}
