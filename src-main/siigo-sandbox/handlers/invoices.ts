/**
 * /v1/invoices: create (idempotent, see http/idempotency.ts), get, list, pdf, mail, stamp errors.
 * Every read first brings the DIAN stamp up to date (domain/stamp.ts).
 */
import { badRequest, notFound, siigoError } from '../errors';
import { createInvoice } from '../domain/create-invoice';
import { refreshAllStamps, refreshStamp } from '../domain/stamp';
import type { SandboxContext } from '../domain/context';
import type { Invoice } from '../domain/types';
import { applyFilters, documentDateFilters, equalsFilter, metadataFilters, paginate } from '../http/listing';
import { renderPdf } from '../pdf';
import { EMAIL_PATTERN, requireString } from '../validation/fields';
import { type Route, arg, jsonBody, route } from './route';

const MAX_MAIL_RECIPIENTS = 5;

export function freshInvoice(ctx: SandboxContext, id: string): Invoice {
  const invoice = ctx.store.invoice(id);
  const internal = ctx.store.invoiceInternal.get(id);
  if (!invoice || !internal) throw notFound('invoice');
  refreshStamp(ctx, invoice, internal);
  return invoice;
}

export function invoicePdf(ctx: SandboxContext, invoice: Invoice): Buffer {
  const customer = ctx.store.customer(invoice.customer.id);
  return renderPdf(`Factura ${invoice.name}`, [
    `Fecha: ${invoice.date}`,
    `Cliente: ${customer ? customer.name.join(' ') : ''} (${invoice.customer.identification})`,
    ...invoice.items.map((i) => `${i.code}  ${i.description}  x${i.quantity}  $${i.total.toFixed(2)}`),
    `Total: $${invoice.total.toFixed(2)}`,
    `Estado DIAN: ${invoice.stamp.status}${invoice.stamp.cufe ? `  CUFE: ${invoice.stamp.cufe.slice(0, 32)}...` : ''}`,
    'Documento generado por el sandbox de Mostrador (no válido ante la DIAN).',
  ]);
}

export const invoiceRoutes: Route[] = [
  route('POST', /^\/v1\/invoices$/, (ctx, req) => {
    const invoice = createInvoice(ctx, jsonBody(req));
    // The creation response is a read too: a DIAN answer already due (stamp delay 0) is in it, as
    // in the Blueprint's example response (stamp Accepted with its CUFE).
    const internal = ctx.store.invoiceInternal.get(invoice.id);
    if (internal) refreshStamp(ctx, invoice, internal);
    ctx.store.createdLog.push({
      resource: 'invoices', id: invoice.id, name: invoice.name, at: invoice.metadata.created,
      ...(req.idempotencyKey ? { idempotencyKey: req.idempotencyKey } : {}),
    });
    return { status: 201, body: invoice };
  }),
  route('GET', /^\/v1\/invoices$/, (ctx, req) => {
    refreshAllStamps(ctx);
    const p = req.params;
    const rows = applyFilters(ctx.store.invoices, [
      ...equalsFilter<Invoice>(p, 'document_id', (i) => i.document.id),
      ...equalsFilter<Invoice>(p, 'customer_identification', (i) => i.customer.identification),
      ...equalsFilter<Invoice>(p, 'customer_branch_office', (i) => i.customer.branch_office),
      ...equalsFilter<Invoice>(p, 'name', (i) => i.name),
      ...metadataFilters<Invoice>(p),
      ...documentDateFilters<Invoice>(p),
    ]);
    return { status: 200, body: paginate(ctx.baseUrl(), req.path, p, rows) };
  }),
  route('GET', /^\/v1\/invoices\/([^/]+)$/, (ctx, _req, args) => ({ status: 200, body: freshInvoice(ctx, arg(args, 0)) })),
  route('GET', /^\/v1\/invoices\/([^/]+)\/pdf$/, (ctx, _req, args) => {
    const invoice = freshInvoice(ctx, arg(args, 0));
    return { status: 200, body: { id: invoice.id, base64: invoicePdf(ctx, invoice).toString('base64') } };
  }),
  route('GET', /^\/v1\/invoices\/([^/]+)\/stamp\/errors$/, (ctx, _req, args) => {
    const invoice = freshInvoice(ctx, arg(args, 0));
    const outcome = ctx.store.invoiceInternal.get(invoice.id)?.stampOutcome;
    return { status: 200, body: { id: invoice.id, errors: outcome && !outcome.accepted ? outcome.errors : [] } };
  }),
  route('POST', /^\/v1\/invoices\/([^/]+)\/mail$/, (ctx, req, args) => {
    const invoice = freshInvoice(ctx, arg(args, 0));
    const body = jsonBody(req);
    const recipients = [requireString(body['mail_to'], 'mail_to')];
    if (typeof body['copy_to'] === 'string' && body['copy_to'].trim() !== '') {
      recipients.push(...body['copy_to'].split(/[;,]/).map((s) => s.trim()).filter(Boolean));
    }
    if (recipients.length > MAX_MAIL_RECIPIENTS) {
      throw siigoError(400, 'invalid_array', `Up to ${MAX_MAIL_RECIPIENTS} e-mail addresses are allowed`, ['copy_to']);
    }
    recipients.forEach((r, i) => {
      if (!EMAIL_PATTERN.test(r)) throw badRequest.invalid('invalid_email', i === 0 ? 'mail_to' : 'copy_to', `The e-mail '${r}' is not valid`);
    });
    invoice.mail = { status: 'sent', observations: '' };
    invoice.metadata.last_updated = ctx.now().toISOString();
    return { status: 201, body: { status: 'sent', observations: '' } };
  }),
];
