/** /v1/products: list (code, id/ids up to 20, created/updated) and get by id. */
import { badRequest, notFound } from '../errors';
import { applyFilters, equalsFilter, metadataFilters, paginate, type Predicate } from '../http/listing';
import type { Product } from '../domain/types';
import { type Route, arg, route } from './route';

const MAX_IDS = 20;

export const productRoutes: Route[] = [
  route('GET', /^\/v1\/products$/, (ctx, req) => {
    const predicates: Predicate<Product>[] = [
      ...equalsFilter<Product>(req.params, 'code', (p) => p.code),
      ...metadataFilters<Product>(req.params),
    ];
    const idsRaw = req.params.get('ids') ?? req.params.get('id');
    if (idsRaw) {
      const ids = new Set(idsRaw.split(',').map((s) => s.trim()).filter(Boolean));
      if (ids.size > MAX_IDS) throw badRequest.invalid('invalid_value', 'ids', `Up to ${MAX_IDS} ids can be filtered at once`);
      predicates.push((p) => ids.has(p.id));
    }
    const rows = applyFilters(ctx.store.products, predicates);
    return { status: 200, body: paginate(ctx.baseUrl(), req.path, req.params, rows) };
  }),
  route('GET', /^\/v1\/products\/([^/]+)$/, (ctx, _req, args) => {
    const product = ctx.store.product(arg(args, 0));
    if (!product) throw notFound('product');
    return { status: 200, body: product };
  }),
];
