/**
 * /v1/credit-notes: create (idempotent, see http/idempotency.ts), get, list (created/updated
 * filters, 08-notas-credito.md), pdf. Every read first brings the DIAN stamp up to date.
 */
import { notFound } from '../errors';
import { createCreditNote } from '../domain/create-credit-note';
import { refreshAllCreditNoteStamps, refreshCreditNoteStamp } from '../domain/stamp';
import type { SandboxContext } from '../domain/context';
import type { CreditNote } from '../domain/types';
import { applyFilters, metadataFilters, paginate } from '../http/listing';
import { renderPdf } from '../pdf';
import { type Route, arg, jsonBody, route } from './route';

export function freshCreditNote(ctx: SandboxContext, id: string): CreditNote {
  const note = ctx.store.creditNote(id);
  const internal = ctx.store.creditNoteInternal.get(id);
  if (!note || !internal) throw notFound('credit note');
  refreshCreditNoteStamp(ctx, note, internal);
  return note;
}

function creditNotePdf(ctx: SandboxContext, note: CreditNote): Buffer {
  const customer = ctx.store.customer(note.customer.id);
  return renderPdf(`Nota crédito ${note.name}`, [
    `Fecha: ${note.date}    Factura: ${note.invoice.name}`,
    `Cliente: ${customer ? customer.name.join(' ') : ''} (${note.customer.identification})`,
    ...note.items.map((i) => `${i.code}  ${i.description}  x${i.quantity}  $${i.total.toFixed(2)}`),
    `Total: $${note.total.toFixed(2)}`,
    `Estado DIAN: ${note.stamp.status}${note.stamp.cude ? `  CUDE: ${note.stamp.cude.slice(0, 32)}...` : ''}`,
    'Documento generado por el sandbox de Mostrador (no válido ante la DIAN).',
  ]);
}

export const creditNoteRoutes: Route[] = [
  route('POST', /^\/v1\/credit-notes$/, (ctx, req) => {
    const note = createCreditNote(ctx, jsonBody(req));
    // As for invoices: a DIAN answer already due is in the creation response.
    const internal = ctx.store.creditNoteInternal.get(note.id);
    if (internal) refreshCreditNoteStamp(ctx, note, internal);
    ctx.store.createdLog.push({
      resource: 'credit-notes', id: note.id, name: note.name, at: note.metadata.created,
      ...(req.idempotencyKey ? { idempotencyKey: req.idempotencyKey } : {}),
    });
    return { status: 201, body: note };
  }),
  // The Blueprint writes the list as /v1/credit-notes/ (trailing slash); both are served.
  route('GET', /^\/v1\/credit-notes\/?$/, (ctx, req) => {
    refreshAllCreditNoteStamps(ctx);
    const rows = applyFilters(ctx.store.creditNotes, metadataFilters<CreditNote>(req.params));
    return { status: 200, body: paginate(ctx.baseUrl(), '/v1/credit-notes', req.params, rows) };
  }),
  route('GET', /^\/v1\/credit-notes\/([^/]+)$/, (ctx, _req, args) => ({ status: 200, body: freshCreditNote(ctx, arg(args, 0)) })),
  route('GET', /^\/v1\/credit-notes\/([^/]+)\/pdf$/, (ctx, _req, args) => {
    const note = freshCreditNote(ctx, arg(args, 0));
    return { status: 200, body: { id: note.id, base64: creditNotePdf(ctx, note).toString('base64') } };
  }),
];
