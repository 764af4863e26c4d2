/** /v1/quotations: create (no idempotency: the header is ignored), get, list, update (PUT). */
import { notFound } from '../errors';
import { createQuotation } from '../domain/create-quotation';
import { updateQuotation } from '../domain/update-quotation';
import type { Quotation } from '../domain/types';
import { applyFilters, documentDateFilters, equalsFilter, metadataFilters, paginate } from '../http/listing';
import { type Route, arg, jsonBody, route } from './route';

export const quotationRoutes: Route[] = [
  route('POST', /^\/v1\/quotations$/, (ctx, req) => {
    const quotation = createQuotation(ctx, jsonBody(req));
    ctx.store.createdLog.push({ resource: 'quotations', id: quotation.id, name: quotation.name, at: quotation.metadata.created });
    return { status: 201, body: quotation };
  }),
  route('GET', /^\/v1\/quotations$/, (ctx, req) => {
    const p = req.params;
    const rows = applyFilters(ctx.store.quotations, [
      ...equalsFilter<Quotation>(p, 'document_id', (q) => q.document.id),
      ...equalsFilter<Quotation>(p, 'customer_identification', (q) => q.customer.identification),
      ...equalsFilter<Quotation>(p, 'customer_branch_office', (q) => q.customer.branch_office),
      ...equalsFilter<Quotation>(p, 'name', (q) => q.name),
      ...metadataFilters<Quotation>(p),
      ...documentDateFilters<Quotation>(p),
    ]);
    return { status: 200, body: paginate(ctx.baseUrl(), req.path, p, rows) };
  }),
  route('GET', /^\/v1\/quotations\/([^/]+)$/, (ctx, _req, args) => {
    const quotation = ctx.store.quotation(arg(args, 0));
    if (!quotation) throw notFound('quotation');
    return { status: 200, body: quotation };
  }),
  // 200 like the customers' PUT: the Blueprint's example header says 201, but nothing is created.
  route('PUT', /^\/v1\/quotations\/([^/]+)$/, (ctx, req, args) => {
    const previous = ctx.store.quotation(arg(args, 0));
    if (!previous) throw notFound('quotation');
    return { status: 200, body: updateQuotation(ctx, previous, jsonBody(req)) };
  }),
];
