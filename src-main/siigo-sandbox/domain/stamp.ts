/**
 * DIAN stamping of invoices and credit notes, evaluated lazily on read (no timers): an electronic
 * document created with `stamp.send = true` is `Draft` (no CUFE/CUDE) until `stamp.delayMs` has
 * elapsed on the sandbox clock since its creation; then it is `Accepted` (CUFE on invoices, CUDE
 * on credit notes; mail sent if requested) or `Rejected` (errors in `stamp.errors`, and for
 * invoices at /stamp/errors), as `stamp.reject` decides. The decision is taken once and kept, and
 * `metadata.last_updated` moves to the moment of the transition so `updated_start` polls see it.
 * The creation response is such a read: with `delayMs` 0 it already carries the answer, as the
 * Blueprint's example response does.
 * Anything else (non-electronic type, `send` false) stays `Draft` without a code.
 */
import { createHash } from 'node:crypto';
import type { SandboxContext, StampedKind } from './context';
import type { CreditNote, Invoice, InvoiceInternal, Metadata, StampLifecycle } from './types';

const REJECTION_ERRORS = [
  { code: 'FAK24', message: 'Regla: FAK24, Rechazo: No está informado el documento del adquiriente o es inválido.' },
  { code: 'FAU14', message: 'Regla: FAU14, Rechazo: El valor total de la factura no corresponde a la suma de sus líneas.' },
];

/** What the lifecycle reads and writes on any stamped document. */
interface Stampable {
  id: string;
  name: string;
  date: string;
  total: number;
  customer: { identification: string };
  mail: { status: string; observations: string };
  metadata: Metadata;
}

/** SHA-384 over the document's key data, as the DIAN defines CUFE and CUDE (96 hex chars). */
function dianCode(doc: Stampable): string {
  return createHash('sha384')
    .update([doc.name, doc.date, doc.total.toFixed(2), doc.customer.identification, doc.id].join('|'))
    .digest('hex');
}

export const cufeOf = (invoice: Invoice): string => dianCode(invoice);
export const cudeOf = (note: CreditNote): string => dianCode(note);

/** Settles the lifecycle if due; returns the outcome when it was settled by this call. */
function settle(ctx: SandboxContext, kind: StampedKind, doc: Stampable, internal: StampLifecycle): boolean | undefined {
  if (!internal.electronic || !internal.stampRequested || internal.stampOutcome) return undefined;
  const resolvedAt = internal.createdMs + ctx.stamp.delayMs;
  if (ctx.now().getTime() < resolvedAt) return undefined;
  const rejected = ctx.stamp.reject({
    kind,
    id: doc.id,
    name: doc.name,
    customerIdentification: doc.customer.identification,
    total: doc.total,
  });
  internal.stampOutcome = { accepted: !rejected, errors: rejected ? REJECTION_ERRORS : [] };
  if (internal.mailRequested) doc.mail = { status: rejected ? 'not_sent' : 'sent', observations: '' };
  const resolvedIso = new Date(resolvedAt).toISOString();
  if (!doc.metadata.last_updated || doc.metadata.last_updated < resolvedIso) doc.metadata.last_updated = resolvedIso;
  return !rejected;
}

const rejectedErrors = (): string => REJECTION_ERRORS.map((e) => e.message).join(' ');

export function refreshStamp(ctx: SandboxContext, invoice: Invoice, internal: InvoiceInternal): void {
  const accepted = settle(ctx, 'invoice', invoice, internal);
  if (accepted === undefined) return;
  invoice.stamp = accepted
    ? { status: 'Accepted', cufe: cufeOf(invoice), observations: '', errors: '' }
    : { status: 'Rejected', observations: '', errors: rejectedErrors() };
}

export function refreshCreditNoteStamp(ctx: SandboxContext, note: CreditNote, internal: StampLifecycle): void {
  const accepted = settle(ctx, 'credit-note', note, internal);
  if (accepted === undefined) return;
  note.stamp = accepted
    ? { status: 'Accepted', cude: cudeOf(note), observations: '', errors: '' }
    : { status: 'Rejected', observations: '', errors: rejectedErrors() };
}

/** Brings every invoice's stamp up to date (before list filters on last_updated). */
export function refreshAllStamps(ctx: SandboxContext): void {
  for (const [id, internal] of ctx.store.invoiceInternal) {
    if (internal.stampOutcome || !internal.stampRequested) continue;
    const invoice = ctx.store.invoice(id);
    if (invoice) refreshStamp(ctx, invoice, internal);
  }
}

/** Brings every credit note's stamp up to date (before list filters on last_updated). */
export function refreshAllCreditNoteStamps(ctx: SandboxContext): void {
  for (const [id, internal] of ctx.store.creditNoteInternal) {
    if (internal.stampOutcome || !internal.stampRequested) continue;
    const note = ctx.store.creditNote(id);
    if (note) refreshCreditNoteStamp(ctx, note, internal);
  }
}
