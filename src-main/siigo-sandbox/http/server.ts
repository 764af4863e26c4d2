/**
 * The HTTP layer: logs every request on arrival, refuses foreign Host names (421) and oversized
 * bodies (413), applies faults, reads the JSON body, hands the request to the API and writes the
 * answer. Invariant: every request leaves exactly one log entry, whose status is the code
 * answered, 'dropped' (socket destroyed) or 'hung' (never answered). `close()` ends hanging
 * requests and pending latencies.
 */
import { type IncomingMessage, type ServerResponse, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorItem } from '../errors';
import type { RequestLogEntry } from '../types';
import { type ApiDeps, type ParsedRequest, handleApi } from './api';
import { TOO_LARGE, declaredTooLarge, readBoundedBody } from './bounded-body';
import type { FaultEngine, TerminalFault } from './faults';
import { isLoopbackHost } from './loopback-host';
import type { RequestLog } from './request-log';
import { invoicePdf } from '../handlers/invoices';

const STATUS_FAULT_CODES: Record<number, [string, string]> = {
  500: ['unhandled_error', 'Unhandled error, write to soporteapi@siigo.com'],
  502: ['service_unavailable', 'Bad gateway, Siigo API is temporarily unavailable'],
  503: ['service_unavailable', 'Siigo API is temporarily unavailable due to overload or maintenance'],
  504: ['request_timeout', 'Siigo API could not complete the request in time'],
};

export interface HttpServerDeps extends ApiDeps {
  faults: FaultEngine;
  log: RequestLog;
  maxBodyBytes: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
  /** Stops listening (connections are refused, as when the shop's internet is down) or listens again on the same port. */
  setReachable(reachable: boolean): Promise<void>;
}

export async function startHttpServer(deps: HttpServerDeps, port: number): Promise<RunningServer> {
  const hanging = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let closing = false;

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = createServer((req, res) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const header = (name: string): string | undefined => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      status: 'hung',
      at: deps.ctx.now().getTime(),
    };
    const key = header('idempotency-key');
    const partnerId = header('partner-id');
    if (key !== undefined) entry.idempotencyKey = key;
    if (partnerId !== undefined) entry.partnerId = partnerId;
    deps.log.push(entry);

    // These guard the process rather than model Siigo, so they come before faults and are never faulted.
    if (!isLoopbackHost(header('host'))) {
      entry.status = 421;
      return refuse(res, 421, 'invalid_host', 'The Host header must name this computer: 127.0.0.1, localhost or [::1]', ['Host']);
    }
    if (declaredTooLarge(req, deps.maxBodyBytes)) return tooLarge(entry, res);

    const decision = deps.faults.decide(method, url.pathname, url.searchParams);
    if (decision.latencyMs > 0) {
      entry.fault = 'latency';
      await delay(decision.latencyMs);
      if (closing) return void res.destroy();
    }
    const fault = decision.terminal;
    if (fault) entry.fault = entry.fault ? `${entry.fault}+${fault.kind}` : fault.kind;
    if (fault && shortCircuit(fault, entry, res)) return;
    if (fault?.kind === 'expire-token') deps.tokens.expireAll();

    const body = await readBoundedBody(req, deps.maxBodyBytes);
    if (closing) return void res.destroy();
    if (body === TOO_LARGE) return tooLarge(entry, res);
    const parsed: ParsedRequest = {
      method,
      path: url.pathname,
      params: url.searchParams,
      headers: {
        'partner-id': partnerId,
        authorization: header('authorization'),
        'idempotency-key': key,
      },
      ...parseJson(body.toString('utf8')),
    };

    if (method === 'GET' && url.pathname === '/document') {
      // Public view of a document (what `public_url` points at): no headers needed, like Siigo's.
      const invoice = deps.ctx.store.invoice(url.searchParams.get('data') ?? '');
      if (invoice) {
        entry.status = 200;
        res.writeHead(200, { 'content-type': 'application/pdf' }).end(invoicePdf(deps.ctx, invoice));
        return;
      }
    }

    const response = handleApi(deps, parsed);
    if (fault?.kind === 'drop-after-commit') {
      entry.status = 'dropped';
      res.destroy();
      return;
    }
    entry.status = response.status;
    send(res, response.status, response.body);
  }

  function tooLarge(entry: RequestLogEntry, res: ServerResponse): void {
    entry.status = 413;
    refuse(res, 413, 'request_too_large', `The request body exceeds the limit of ${deps.maxBodyBytes} bytes`);
  }

  /** Faults that answer (or not) without handling the request. Returns true when handled. */
  function shortCircuit(fault: TerminalFault, entry: RequestLogEntry, res: ServerResponse): boolean {
    switch (fault.kind) {
      case 'drop-before-commit':
        entry.status = 'dropped';
        res.destroy();
        return true;
      case 'hang':
        entry.status = 'hung';
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return true;
      case 'status': {
        const [code, message] = STATUS_FAULT_CODES[fault.status] ?? ['unhandled_error', 'Unhandled error'];
        entry.status = fault.status;
        send(res, fault.status, { Status: fault.status, Errors: [errorItem(code, message)] });
        return true;
      }
      case 'rate-limit': {
        entry.status = 429;
        const headers: Record<string, string> = {};
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        send(res, 429, {
          Status: 429,
          Errors: [errorItem('requests_limit', 'The limit of requests per minute has been exceeded, please try again later')],
        }, headers);
        return true;
      }
      default:
        return false;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  const boundPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: boundPort,
    setReachable: (reachable) =>
      new Promise<void>((resolve, reject) => {
        if (reachable === server.listening) return resolve();
        if (!reachable) {
          server.close(() => resolve());
          server.closeAllConnections();
          return;
        }
        server.once('error', reject);
        server.listen(boundPort, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

/**
 * An error answered before (or instead of) reading the body. `Connection: close` makes Node close
 * the socket once the answer is out, so whatever the client still sends is never read.
 */
function refuse(res: ServerResponse, status: number, code: string, message: string, params: string[] = []): void {
  send(res, status, { Status: status, Errors: [errorItem(code, message, params)] }, { connection: 'close' });
}

function parseJson(text: string): { body: unknown; invalidJson: boolean } {
  if (text.trim() === '') return { body: undefined, invalidJson: false };
  try {
    return { body: JSON.parse(text) as unknown, invalidJson: false };
  } catch {
    return { body: undefined, invalidJson: true };
  }
}
