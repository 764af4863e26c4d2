// Shared fixtures for the Siigo client tests: a sandbox per test file, a client wired to it with
// test-sized retries, valid document bodies built from the sandbox's seed, and small local HTTP
// servers for the cases the sandbox cannot produce (garbage answers, closed ports, a recording
// proxy that sees the real token).
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_IDS, startSandbox, type Sandbox, type SandboxOptions } from '../../../src-main/siigo-sandbox';
import {
  createSiigoClient,
  RateLimiterRegistry,
  type LogEntry,
  type SiigoError,
  type SiigoClient,
  type SiigoClientOptions,
} from '../../../src-main/siigo';
import type { CreditNoteCreate, CustomerCreate, InvoiceCreate, QuotationCreate } from '../../../src-shared/siigo';

export const partnerId = 'MostradorTests';

export async function sandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({
    port: 0,
    rateLimit: { requests: 100, windowMs: 60_000 },
    tokenTtlSeconds: 86_400,
    now: () => new Date(),
    faults: [],
    size: { customers: 30, products: 30 },
    ...options,
  });
}

export interface TestClient {
  client: SiigoClient;
  logs: LogEntry[];
}

/** A client for `sb` with its own limiter registry and millisecond-scale retries. */
export function clientFor(sb: Sandbox, overrides: Partial<SiigoClientOptions> = {}): TestClient {
  const logs: LogEntry[] = [];
  const client = createSiigoClient({
    baseUrl: sb.url,
    partnerId,
    credentials: async () => ({ username: sb.credentials.username, accessKey: sb.credentials.access_key }),
    retry: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200 },
    timeouts: { readMs: 5_000, writeMs: 5_000, authMs: 5_000 },
    rateLimiters: new RateLimiterRegistry(),
    log: (entry) => logs.push(entry),
    ...overrides,
  });
  return { client, logs };
}

export function requestsTo(sb: Sandbox, method: string, path: string | RegExp) {
  return sb.requests().filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));
}

/** Largest number of requests the server saw inside any window of `windowMs` (ms timestamps). */
export function maxInAnyWindow(timestamps: number[], windowMs: number): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  let max = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

/** What a failed call rejects with, plus the fields of specific subclasses. */
export type CaughtSiigoError = SiigoError & { reason?: string; retryAfterMs?: number };

/** Captures the rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<CaughtSiigoError> {
  try {
    await promise;
  } catch (error) {
    return error as CaughtSiigoError;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Today in Bogotá (UTC-5, no DST), the date rule for electronic invoices. */
export function bogotaToday(): string {
  return new Date(Date.now() - 5 * 3600_000).toISOString().slice(0, 10);
}

/** A valid paper (non-electronic) invoice: one line of 1 000 + IVA 19 % paid in cash. */
export function invoiceBody(customerIdentification: string, productCode: string): InvoiceCreate {
  return {
    document: { id: DEMO_IDS.documentTypes.fvPaper },
    date: bogotaToday(),
    customer: { identification: customerIdentification, branch_office: 0 },
    seller: DEMO_IDS.users.main,
    items: [{ code: productCode, quantity: 1, price: 1000, taxes: [{ id: DEMO_IDS.taxes.iva19 }] }],
    payments: [{ id: DEMO_IDS.paymentTypes.cash, value: 1190 }],
  };
}

/**
 * A paper credit note returning the one line of `invoiceBody` (1 000 + IVA 19 %), refunded in
 * cash. Paper, so the invoice need not have reached the DIAN first.
 */
export function creditNoteBody(invoiceId: string, productCode: string): CreditNoteCreate {
  return {
    document: { id: DEMO_IDS.documentTypes.creditNotePaper },
    date: bogotaToday(),
    invoice: invoiceId,
    reason: 1,
    items: [{ code: productCode, quantity: 1, price: 1000, taxes: [{ id: DEMO_IDS.taxes.iva19 }] }],
    payments: [{ id: DEMO_IDS.paymentTypes.cash, value: 1190 }],
  };
}

export function quotationBody(customerIdentification: string, productCode: string): QuotationCreate {
  return {
    document: { id: DEMO_IDS.documentTypes.quotation },
    date: bogotaToday(),
    customer: { identification: customerIdentification, branch_office: 0 },
    seller: DEMO_IDS.users.main,
    items: [{ code: productCode, quantity: 2, price: 500 }],
  };
}

export function customerBody(identification: string): CustomerCreate {
  return {
    person_type: 'Person',
    id_type: '13',
    identification,
    name: ['Ana María', 'Test Pérez'],
    address: { address: 'Calle 1 # 2 - 3', city: { country_code: 'Co', state_code: '11', city_code: '11001' } },
    contacts: [{ first_name: 'Ana María', last_name: 'Test Pérez', email: 'ana.test@example.com' }],
  };
}

/** The first customer and product of the seed (for document bodies). */
export async function seedRefs(client: SiigoClient): Promise<{ customer: string; product: string }> {
  const customers = await client.customers.list({ page_size: 1 });
  const products = await client.products.list({ page_size: 1 });
  const customer = customers.results[0]?.identification;
  const product = products.results[0]?.code;
  if (!customer || !product) throw new Error('sandbox seed has no customer or product');
  return { customer, product };
}

export interface LocalServer {
  url: string;
  hits: number;
  close(): Promise<void>;
}

/** A tiny HTTP server answering every request with `respond` (for invalid_response tests). */
export async function localServer(respond: (req: IncomingMessage) => { status: number; body: string; type?: string }): Promise<LocalServer> {
  const state = { hits: 0 };
  const server = createServer((req, res) => {
    state.hits++;
    req.resume();
    req.on('end', () => {
      const { status, body, type = 'application/json' } = respond(req);
      res.writeHead(status, { 'content-type': type }).end(body);
    });
  });
  const url = await listen(server);
  return {
    url,
    get hits() {
      return state.hits;
    },
    close: () => closeServer(server),
  };
}

/** A port that refuses connections (listened on, then closed). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await closeServer(server);
  return url;
}

export interface RecordingProxy extends LocalServer {
  /** Every Authorization header and /auth answer body seen (to prove they never leak). */
  secretsSeen: Set<string>;
  /** Every request as it arrived, body included (to prove what was, or was not, sent here). */
  received: Array<{ method: string; path: string; body: string }>;
}

/** Forwards everything to `target`, recording the requests and the tokens it sees on the way. */
export async function recordingProxy(target: string): Promise<RecordingProxy> {
  const secretsSeen = new Set<string>();
  const received: RecordingProxy['received'] = [];
  const state = { hits: 0 };
  const server = createServer((req, res) => {
    state.hits++;
    const entry = { method: req.method ?? '', path: req.url ?? '', body: '' };
    received.push(entry);
    req.on('data', (chunk: Buffer) => {
      entry.body += chunk.toString('utf8');
    });
    const auth = req.headers['authorization'];
    if (typeof auth === 'string') secretsSeen.add(auth.replace(/^Bearer\s+/i, ''));
    const upstream = httpRequest(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (up) => {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        const body = Buffer.concat(chunks);
        if (req.url === '/auth') {
          try {
            const token = (JSON.parse(body.toString('utf8')) as { access_token?: string }).access_token;
            if (token) secretsSeen.add(token);
          } catch {
            // not JSON: nothing to record
          }
        }
        res.writeHead(up.statusCode ?? 502, up.headers).end(body);
      });
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const url = await listen(server);
  return {
    url,
    secretsSeen,
    received,
    get hits() {
      return state.hits;
    },
    close: () => closeServer(server),
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
