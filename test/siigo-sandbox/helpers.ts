/** Shared helpers for the sandbox tests: a controllable clock and a tiny Siigo caller over fetch. */
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src-main/siigo-sandbox/index';
import { bogotaToday } from '../../src-main/siigo-sandbox/clock';

export const PARTNER_ID = 'MostradorTests';

export interface Clock {
  now: () => Date;
  advance(ms: number): void;
  set(iso: string): void;
  today(): string;
}

export function controllableClock(iso = '2025-03-10T15:00:00.000Z'): Clock {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (next) => {
      t = Date.parse(next);
    },
    today: () => bogotaToday(new Date(t)),
  };
}

/**
 * Response bodies are untyped JSON under test; assertions check their shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type JsonBody = any;

export interface Api {
  sandbox: Sandbox;
  token: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: JsonBody; headers: Headers }>;
  login(): Promise<string>;
}

export async function openApi(options: SandboxOptions = {}): Promise<Api> {
  const sandbox = await startSandbox({ size: { customers: 60, products: 80 }, ...options });
  const api: Api = {
    sandbox,
    token: '',
    async login() {
      const res = await fetch(`${sandbox.url}/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(sandbox.credentials),
      });
      const body = (await res.json()) as { access_token: string };
      api.token = body.access_token;
      return api.token;
    },
    async call(method, path, body, headers = {}) {
      const res = await fetch(`${sandbox.url}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'partner-id': PARTNER_ID,
          authorization: `Bearer ${api.token}`,
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
  };
  await api.login();
  return api;
}

/** An active customer with contacts, for documents. */
export function goodCustomer(sandbox: Sandbox) {
  const c = sandbox.store.customers.find((x) => x.active && x.contacts.length > 0 && x.branch_office === 0);
  if (!c) throw new Error('no usable customer in seed');
  return c;
}

/** An active stock-controlled product that has stock in its first warehouse. */
export function stockProduct(sandbox: Sandbox, skip = 0) {
  const list = sandbox.store.products.filter((p) => p.active && p.stock_control && p.type === 'Product' && (p.warehouses[0]?.quantity ?? 0) > 5);
  const p = list[skip];
  if (!p) throw new Error('no stock product in seed');
  return p;
}

export function expectSiigoError(res: { status: number; body: JsonBody }, status: number, code: string): void {
  if (res.status !== status || res.body?.Errors?.[0]?.Code !== code) {
    throw new Error(`expected ${status} ${code}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
  const err = res.body.Errors[0];
  if (res.body.Status !== status || typeof err.Message !== 'string' || !Array.isArray(err.Params) || typeof err.Detail !== 'string') {
    throw new Error(`not a Siigo error body: ${JSON.stringify(res.body)}`);
  }
}
