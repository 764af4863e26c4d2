/**
 * Catalogs (14-catalogos.md). Plain arrays, as the Blueprint documents them, except /v1/users,
 * which the live service pages like the other lists (community clients call it with
 * page/page_size), so it answers the pagination envelope.
 * `document-types` needs `type` (FV, C, RC, NC, …) and `payment-types` needs `document_type`
 * (FV, NC, RC): missing → `parameter_required` (00-overview.md says so for payment types).
 */
import { badRequest } from '../errors';
import { paginate } from '../http/listing';
import { type Route, route } from './route';

const PAYMENT_DOCUMENT_TYPES = new Set(['FV', 'NC', 'RC'] as const);
type PaymentDocumentType = 'FV' | 'NC' | 'RC';

export const catalogRoutes: Route[] = [
  route('GET', /^\/v1\/taxes$/, (ctx) => ({ status: 200, body: ctx.store.catalogs.taxes })),
  route('GET', /^\/v1\/warehouses$/, (ctx) => ({ status: 200, body: ctx.store.catalogs.warehouses })),
  route('GET', /^\/v1\/price-lists$/, (ctx) => ({ status: 200, body: ctx.store.catalogs.priceLists })),
  route('GET', /^\/v1\/cost-centers$/, (ctx) => ({ status: 200, body: ctx.store.catalogs.costCenters })),
  route('GET', /^\/v1\/account-groups$/, (ctx) => ({ status: 200, body: ctx.store.catalogs.accountGroups })),
  route('GET', /^\/v1\/users$/, (ctx, req) => ({
    status: 200,
    body: paginate(ctx.baseUrl(), req.path, req.params, ctx.store.catalogs.users),
  })),
  route('GET', /^\/v1\/document-types$/, (ctx, req) => {
    const type = req.params.get('type');
    if (!type) throw badRequest.required('type');
    return { status: 200, body: ctx.store.catalogs.documentTypes.filter((d) => d.type === type.toUpperCase()) };
  }),
  route('GET', /^\/v1\/payment-types$/, (ctx, req) => {
    const raw = req.params.get('document_type');
    if (!raw) throw badRequest.required('document_type');
    const kind = raw.toUpperCase();
    if (!PAYMENT_DOCUMENT_TYPES.has(kind as PaymentDocumentType)) {
      throw badRequest.invalid('invalid_value', 'document_type', `The document_type '${raw}' is not valid, use FV, NC or RC`);
    }
    const ids = ctx.store.catalogs.paymentTypesByDocument[kind as PaymentDocumentType];
    return { status: 200, body: ctx.store.catalogs.paymentTypes.filter((p) => ids.includes(p.id)) };
  }),
];
