/** The handler contract between the HTTP pipeline and the resource modules. */
import { siigoError } from '../errors';
import type { SandboxContext } from '../domain/context';
import { type Json, isObject } from '../validation/fields';

export interface ApiRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  body: unknown;
  /** The company (username) the token belongs to. */
  company: string;
  /** Only set where Siigo honours it (POST invoices, credit notes and vouchers). */
  idempotencyKey?: string;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

export type Handler = (ctx: SandboxContext, req: ApiRequest, args: string[]) => ApiResponse;

export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export function route(method: string, pattern: RegExp, handler: Handler): Route {
  return { method, pattern, handler };
}

export function jsonBody(req: ApiRequest): Json {
  if (!isObject(req.body)) throw siigoError(400, 'invalid_type', 'The request body must be a JSON object');
  return req.body;
}

/** A path segment as an id; a missing segment cannot match a route, so this never throws in practice. */
export function arg(args: string[], index: number): string {
  return args[index] ?? '';
}
