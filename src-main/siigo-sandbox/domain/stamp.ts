/**
 * DIAN stamping, evaluated lazily on read (no timers): an electronic invoice created with
 * `stamp.send = true` is `Draft` (no CUFE) until `stamp.delayMs` has elapsed on the sandbox clock
 * since its creation; then it is `Accepted` (CUFE, mail sent if requested) or `Rejected` (errors
 * available at /stamp/errors), as `stamp.reject` decides. The decision is taken once and kept, and
 * `metadata.last_updated` moves to the moment of the transition so `updated_start` polls see it.
 * Anything else (non-electronic type, `send` false) stays `Draft` without CUFE.
 */
import { createHash } from 'node:crypto';
import type { SandboxContext } from './context';
import type { Invoice, InvoiceInternal } from './types';

const REJECTION_ERRORS = [
  { code: 'FAK24', message: 'Regla: FAK24, Rechazo: No está informado el documento del adquiriente o es inválido.' },
  { code: 'FAU14', message: 'Regla: FAU14, Rechazo: El valor total de la factura no corresponde a la suma de sus líneas.' },
];

/** CUFE: SHA-384 over the invoice's key data, as the DIAN defines it (96 hex chars). */
export function cufeOf(invoice: Invoice): string {
  return createHash('sha384')
    .update([invoice.name, invoice.date, invoice.total.toFixed(2), invoice.customer.identification, invoice.id].join('|'))
    .digest('hex');
}

export function refreshStamp(ctx: SandboxContext, invoice: Invoice, internal: InvoiceInternal): void {
  if (!internal.electronic || !internal.stampRequested || internal.stampOutcome) return;
  const resolvedAt = internal.createdMs + ctx.stamp.delayMs;
  if (ctx.now().getTime() < resolvedAt) return;
  const rejected = ctx.stamp.reject({
    id: invoice.id,
    name: invoice.name,
    customerIdentification: invoice.customer.identification,
    total: invoice.total,
  });
  internal.stampOutcome = { accepted: !rejected, errors: rejected ? REJECTION_ERRORS : [] };
  if (rejected) {
    invoice.stamp = { status: 'Rejected', observations: '', errors: REJECTION_ERRORS.map((e) => e.message).join(' ') };
    if (internal.mailRequested) invoice.mail = { status: 'not_sent', observations: '' };
  } else {
    invoice.stamp = { status: 'Accepted', cufe: cufeOf(invoice), observations: '', errors: '' };
    if (internal.mailRequested) invoice.mail = { status: 'sent', observations: '' };
  }
  const resolvedIso = new Date(resolvedAt).toISOString();
  if (!invoice.metadata.last_updated || invoice.metadata.last_updated < resolvedIso) {
    invoice.metadata.last_updated = resolvedIso;
  }
}

/** Brings every invoice's stamp up to date (before list filters on last_updated). */
export function refreshAllStamps(ctx: SandboxContext): void {
  for (const [id, internal] of ctx.store.invoiceInternal) {
    if (internal.stampOutcome || !internal.stampRequested) continue;
    const invoice = ctx.store.invoice(id);
    if (invoice) refreshStamp(ctx, invoice, internal);
  }
}
