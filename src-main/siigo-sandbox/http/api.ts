/**
 * The Siigo API proper, for one parsed request: /auth, then for /v1/* the checks in the order
 * the live service applies them as far as we can tell — Partner-Id (400 `header_required` /
 * `invalid_partner_id`), token (401 `unauthorized`), rate limit (429 `requests_limit`), route
 * (404 `not_found`), Idempotency-Key (400 `invalid_idempotency-key`, or replay), handler.
 * Synchronous from here on: Node runs one handler at a time, so check-then-create is atomic and
 * two concurrent requests with the same Idempotency-Key cannot both create.
 */
import { SiigoError, badRequest, errorItem, siigoError } from '../errors';
import type { SandboxContext } from '../domain/context';
import { catalogRoutes } from '../handlers/catalogs';
import { creditNoteRoutes, freshCreditNote } from '../handlers/credit-notes';
import { customerRoutes } from '../handlers/customers';
import { freshInvoice, invoiceRoutes } from '../handlers/invoices';
import { productRoutes } from '../handlers/products';
import { quotationRoutes } from '../handlers/quotations';
import type { ApiRequest, ApiResponse, Route } from '../handlers/route';
import { voucherRoutes } from '../handlers/vouchers';
import { isObject } from '../validation/fields';
import { IDEMPOTENT_POSTS, type IdempotencyLedger, validateIdempotencyKey } from './idempotency';
import type { RateLimiter } from './rate-limiter';
import { type TokenStore, tokenFromHeader } from './tokens';

const ROUTES: Route[] = [
  ...customerRoutes, ...productRoutes, ...invoiceRoutes, ...creditNoteRoutes, ...quotationRoutes, ...voucherRoutes, ...catalogRoutes,
];
const PARTNER_ID_PATTERN = /^[A-Za-z0-9]{3,100}$/;

export interface ParsedRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  headers: Record<string, string | undefined>;
  /** undefined = empty body; `invalidJson` = the body was not JSON. */
  body: unknown;
  invalidJson: boolean;
}

export interface ApiDeps {
  ctx: SandboxContext;
  tokens: TokenStore;
  limiter: RateLimiter;
  idempotency: IdempotencyLedger;
  credentials: { username: string; access_key: string };
}

export function handleApi(deps: ApiDeps, req: ParsedRequest): ApiResponse {
  try {
    return dispatch(deps, req);
  } catch (error) {
    if (error instanceof SiigoError) return { status: error.status, body: error.body };
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: { Status: 500, Errors: [errorItem('unhandled_error', `Unhandled error: ${message}`)] } };
  }
}

function dispatch(deps: ApiDeps, req: ParsedRequest): ApiResponse {
  if (req.path === '/auth') {
    if (req.method !== 'POST') throw siigoError(404, 'not_found', 'The resource was not found');
    return authenticate(deps, req);
  }
  if (req.path !== '/v1' && !req.path.startsWith('/v1/')) throw siigoError(404, 'not_found', 'The resource was not found');

  const partnerId = req.headers['partner-id'];
  if (partnerId === undefined) {
    throw siigoError(400, 'header_required', 'The header Partner-Id is required', ['Partner-Id']);
  }
  if (!PARTNER_ID_PATTERN.test(partnerId)) {
    throw siigoError(400, 'invalid_partner_id', 'The header Partner-Id is invalid, it must have between 3 and 100 alphanumeric characters', ['Partner-Id']);
  }
  const token = tokenFromHeader(req.headers['authorization']);
  const company = token ? deps.tokens.verify(token) : undefined;
  if (!company) throw siigoError(401, 'unauthorized', 'You are not authorized, the access token is invalid or expired', ['Authorization']);
  if (!deps.limiter.admit(company, deps.ctx.now().getTime())) {
    throw siigoError(429, 'requests_limit', 'The limit of requests per minute has been exceeded, please try again later');
  }

  let args: string[] | undefined;
  const matched = ROUTES.find((r) => {
    if (r.method !== req.method) return false;
    const m = r.pattern.exec(req.path);
    if (m) args = m.slice(1).map((s) => decodeURIComponent(s));
    return m !== null;
  });
  if (!matched || !args) throw siigoError(404, 'not_found', 'The resource was not found');
  if (req.invalidJson) throw siigoError(400, 'invalid_type', 'The request body is not valid JSON');

  const apiRequest: ApiRequest = { method: req.method, path: req.path, params: req.params, body: req.body, company };
  const idempotent = req.method === 'POST' && IDEMPOTENT_POSTS.has(req.path);
  const key = req.headers['idempotency-key'];
  if (!idempotent || key === undefined) return matched.handler(deps.ctx, apiRequest, args);

  validateIdempotencyKey(key);
  const resource = req.path;
  const previous = deps.idempotency.lookup(company, resource, key);
  if (previous) return { status: previous.status, body: replayBody(deps.ctx, resource, previous.id) };
  apiRequest.idempotencyKey = key;
  const response = matched.handler(deps.ctx, apiRequest, args);
  if (response.status >= 200 && response.status < 300 && isObject(response.body) && typeof response.body['id'] === 'string') {
    deps.idempotency.record(company, resource, key, response.status, response.body['id']);
  }
  return response;
}

/** The document as it is now (a replay reflects e.g. a stamp that was accepted meanwhile). */
function replayBody(ctx: SandboxContext, resource: string, id: string): unknown {
  if (resource === '/v1/invoices') return freshInvoice(ctx, id);
  if (resource === '/v1/credit-notes') return freshCreditNote(ctx, id);
  return ctx.store.voucher(id);
}

function authenticate(deps: ApiDeps, req: ParsedRequest): ApiResponse {
  if (req.invalidJson || !isObject(req.body)) throw siigoError(400, 'invalid_type', 'The request body must be a JSON object');
  const { username, access_key: accessKey } = req.body;
  if (typeof username !== 'string' || username === '') throw badRequest.required('username');
  if (typeof accessKey !== 'string' || accessKey === '') throw badRequest.required('access_key');
  if (username !== deps.credentials.username || accessKey !== deps.credentials.access_key) {
    throw siigoError(401, 'unauthorized', 'The username or access_key is invalid', ['username', 'access_key']);
  }
  const issued = deps.tokens.issue(username);
  // The live service answers 200 (the Blueprint says 201), with expires_in in seconds.
  return { status: 200, body: { ...issued, token_type: 'Bearer', scope: 'SiigoAPI' } };
}
