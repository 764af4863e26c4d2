/** /v1/customers: list (filters of 05-clientes.md), get, create, update. */
import { notFound } from '../errors';
import { createCustomer, updateCustomer } from '../domain/customers';
import { applyFilters, equalsFilter, metadataFilters, paginate } from '../http/listing';
import type { Customer } from '../domain/types';
import { type Route, arg, jsonBody, route } from './route';

export const customerRoutes: Route[] = [
  route('GET', /^\/v1\/customers$/, (ctx, req) => {
    const rows = applyFilters(ctx.store.customers, [
      ...equalsFilter<Customer>(req.params, 'identification', (c) => c.identification),
      ...equalsFilter<Customer>(req.params, 'branch_office', (c) => c.branch_office),
      ...metadataFilters<Customer>(req.params),
    ]);
    return { status: 200, body: paginate(ctx.baseUrl(), req.path, req.params, rows) };
  }),
  route('GET', /^\/v1\/customers\/([^/]+)$/, (ctx, _req, args) => {
    const customer = ctx.store.customer(arg(args, 0));
    if (!customer) throw notFound('customer');
    return { status: 200, body: customer };
  }),
  route('POST', /^\/v1\/customers$/, (ctx, req) => {
    const customer = createCustomer(ctx, jsonBody(req));
    ctx.store.createdLog.push({ resource: 'customers', id: customer.id, at: customer.metadata.created });
    return { status: 201, body: customer };
  }),
  route('PUT', /^\/v1\/customers\/([^/]+)$/, (ctx, req, args) => {
    const previous = ctx.store.customer(arg(args, 0));
    if (!previous) throw notFound('customer');
    return { status: 200, body: updateCustomer(ctx, previous, jsonBody(req)) };
  }),
];
