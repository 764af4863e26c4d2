/** /v1/vouchers: create (idempotent), get, list. */
import { notFound } from '../errors';
import { createVoucher } from '../domain/create-voucher';
import type { Voucher } from '../domain/types';
import { applyFilters, documentDateFilters, equalsFilter, metadataFilters, paginate } from '../http/listing';
import { type Route, arg, jsonBody, route } from './route';

export const voucherRoutes: Route[] = [
  route('POST', /^\/v1\/vouchers$/, (ctx, req) => {
    const voucher = createVoucher(ctx, jsonBody(req));
    ctx.store.createdLog.push({
      resource: 'vouchers', id: voucher.id, name: voucher.name, at: voucher.metadata.created,
      ...(req.idempotencyKey ? { idempotencyKey: req.idempotencyKey } : {}),
    });
    return { status: 201, body: voucher };
  }),
  route('GET', /^\/v1\/vouchers\/?$/, (ctx, req) => {
    const p = req.params;
    const rows = applyFilters(ctx.store.vouchers, [
      ...equalsFilter<Voucher>(p, 'customer_identification', (v) => v.customer.identification),
      ...equalsFilter<Voucher>(p, 'name', (v) => v.name),
      ...metadataFilters<Voucher>(p),
      ...documentDateFilters<Voucher>(p),
    ]);
    return { status: 200, body: paginate(ctx.baseUrl(), '/v1/vouchers', p, rows) };
  }),
  route('GET', /^\/v1\/vouchers\/([^/]+)$/, (ctx, _req, args) => {
    const voucher = ctx.store.voucher(arg(args, 0));
    if (!voucher) throw notFound('voucher');
    return { status: 200, body: voucher };
  }),
];
