/**
 * A small fault-injecting HTTP reverse proxy for end-to-end tests. It stands between the app's
 * Siigo client (Node fetch/undici, same process) and an upstream HTTP server on loopback (usually
 * the embedded Siigo sandbox), and can fake the two network failures the sandbox cannot fake from
 * its own side of the wire:
 *
 * - offline: the proxy's port refuses connections (ECONNREFUSED), as a dead line does;
 * - a lost answer after commit: the upstream receives, commits and fully answers a request, and the
 *   client's connection is destroyed before a single byte of that answer reaches it.
 *
 * Invariants:
 * - The proxy listens on 127.0.0.1 only, and on the same port for its whole life, so `url` is stable
 *   across offline/online periods.
 * - The proxy never invents a response: a client receives either the upstream's response (status,
 *   headers, body) or a broken connection. Upstream failures reach the client as a destroyed socket.
 * - Each client request causes at most one upstream request: no retries, no loops.
 * - A request's upstream connection lives no longer than the client's: if the client's connection
 *   goes away (client abort, offline, close), the upstream request is destroyed too, as the upstream
 *   would see for a direct client.
 * - Bodies are buffered whole (they are small JSON), so both directions carry exact Content-Length.
 *
 * Node built-ins only.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FaultProxy {
  /** http://127.0.0.1:PORT, stable for the proxy's whole life. */
  url: string;
  /**
   * Offline: the port refuses connections (ECONNREFUSED, as a dead line does for a client) until set
   * back online. Going offline closes the listening server and destroys every open connection (and
   * with them any request in flight); going online listens again on the same port. Idempotent.
   */
  setOffline(offline: boolean): Promise<void>;
  /**
   * The next `count` requests matching `match` (all requests when absent) are forwarded upstream, the
   * upstream's full response is read (so the upstream has committed), and then the client's socket is
   * destroyed without sending a byte of the response: the client sees a lost answer after commit.
   * Calls add up: each call adds its own budget, consumed in call order. A request takes its unit
   * when it arrives, even if its connection later breaks for another reason (e.g. going offline).
   */
  dropResponsesAfterCommit(count: number, match?: (request: { method: string; path: string }) => boolean): void;
  /**
   * How many requests were forwarded / dropped so far. `forwarded` counts requests sent upstream
   * (dropped ones included); `dropped` counts upstream responses withheld from the client.
   */
  stats(): { forwarded: number; dropped: number };
  /** Stops for good: the port is freed, every connection (client and upstream) is destroyed. */
  close(): Promise<void>;
}

interface DropRule {
  remaining: number;
  match: (request: { method: string; path: string }) => boolean;
}

/**
 * Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection, not the message, so the proxy does
 * not copy them across. `host` is rewritten; `content-length` is recomputed from the buffered body;
 * `expect` is dropped because the whole body is already in hand.
 */
const NOT_FORWARDED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'expect',
]);

/** rawHeaders ([name, value, name, value, ...]) minus the names above and those listed in Connection. */
function copyHeaders(raw: string[], connectionHeader: string | string[] | undefined): [string, string][] {
  const listed = new Set(
    [connectionHeader ?? []]
      .flat()
      .flatMap((v) => v.split(','))
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    const lower = name.toLowerCase();
    if (NOT_FORWARDED.has(lower) || listed.has(lower)) continue;
    out.push([name, raw[i + 1]!]);
  }
  return out;
}

function readBody(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    // 'aborted'/'close' without 'end' means the peer went away mid-body.
    stream.on('close', () => {
      if (!stream.complete) reject(new Error('connection closed before the body ended'));
    });
  });
}

/** Statuses (and HEAD) whose responses never carry a body, so Content-Length must not be invented. */
function responseHasBody(method: string, status: number): boolean {
  return method !== 'HEAD' && status !== 204 && status !== 304 && !(status >= 100 && status < 200);
}

export async function startFaultProxy(upstreamUrl: string, options: { port?: number } = {}): Promise<FaultProxy> {
  const upstream = new URL(upstreamUrl);
  if (upstream.protocol !== 'http:') throw new Error(`fault proxy: upstream must be http:, got ${upstreamUrl}`);
  // WHATWG keeps IPv6 brackets in hostname; http.request wants them off.
  const upstreamHost = upstream.hostname.replace(/^\[(.*)\]$/, '$1');
  const upstreamPort = Number(upstream.port || 80);
  // A base path on the upstream URL prefixes every forwarded path ('' for http://host:port).
  const basePath = upstream.pathname.replace(/\/+$/, '');

  const drops: DropRule[] = [];
  const counters = { forwarded: 0, dropped: 0 };
  /** Every client connection accepted and not yet closed, across listening periods. */
  const clientSockets = new Set<Socket>();
  /** Every upstream request in flight; destroyed on close. */
  const upstreamRequests = new Set<http.ClientRequest>();
  let server: http.Server | undefined;
  let closed = false;
  /** Offline/online/close transitions run one at a time, in call order. */
  let transition: Promise<void> = Promise.resolve();

  /** Consumes one unit of the first drop budget that matches, if any. */
  function takeDrop(request: { method: string; path: string }): boolean {
    for (const rule of drops) {
      if (rule.remaining > 0 && rule.match(request)) {
        rule.remaining -= 1;
        return true;
      }
    }
    return false;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const socket = req.socket;
    const method = req.method ?? 'GET';
    const target = req.url ?? '/';
    const path = target.split('?')[0] ?? '/';

    let body: Buffer;
    try {
      body = await readBody(req);
    } catch {
      socket.destroy();
      return;
    }
    if (socket.destroyed) return;

    const drop = takeDrop({ method, path });
    const headers = copyHeaders(req.rawHeaders, req.headers.connection);
    headers.push(['Host', upstream.host]);
    if (body.length > 0 || req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) {
      headers.push(['Content-Length', String(body.length)]);
    }

    const upstreamReq = http.request({
      host: upstreamHost,
      port: upstreamPort,
      method,
      path: basePath + target,
      headers: Object.fromEntries(groupHeaders(headers)),
      agent: false, // one connection per request: nothing pooled outlives the proxy
    });
    upstreamRequests.add(upstreamReq);
    counters.forwarded += 1;

    // The upstream connection lives no longer than the client's.
    const onClientGone = () => upstreamReq.destroy();
    socket.once('close', onClientGone);

    let upstreamRes: http.IncomingMessage;
    let answer: Buffer;
    try {
      upstreamRes = await new Promise<http.IncomingMessage>((resolve, reject) => {
        upstreamReq.once('response', resolve);
        upstreamReq.once('error', reject);
        upstreamReq.once('close', () => reject(new Error('upstream request closed without a response')));
        upstreamReq.end(body);
      });
      answer = await readBody(upstreamRes);
    } catch {
      // The proxy never invents a response: an upstream failure is a broken connection.
      socket.destroy();
      return;
    } finally {
      upstreamRequests.delete(upstreamReq);
      socket.off('close', onClientGone);
    }

    if (drop) {
      // The upstream has answered in full (so it committed); the client gets nothing.
      counters.dropped += 1;
      socket.destroy();
      return;
    }
    if (socket.destroyed) return;

    const status = upstreamRes.statusCode ?? 502;
    const responseHeaders = copyHeaders(upstreamRes.rawHeaders, upstreamRes.headers.connection);
    const upstreamLength = upstreamRes.headers['content-length'];
    if (responseHasBody(method, status)) {
      responseHeaders.push(['Content-Length', String(answer.length)]);
    } else if (upstreamLength !== undefined) {
      // HEAD (and bodiless statuses) keep the upstream's declared length.
      responseHeaders.push(['Content-Length', upstreamLength]);
    }
    res.writeHead(status, upstreamRes.statusMessage, Object.fromEntries(groupHeaders(responseHeaders)));
    res.end(answer);
  }

  function listen(port: number): Promise<http.Server> {
    const next = http.createServer((req, res) => {
      // Responses and request streams may error when their socket is destroyed; that is expected.
      req.on('error', () => undefined);
      res.on('error', () => undefined);
      void handle(req, res).catch(() => req.socket.destroy());
    });
    next.on('connection', (socket: Socket) => {
      clientSockets.add(socket);
      socket.on('error', () => undefined);
      socket.once('close', () => clientSockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      next.once('error', (error) => reject(new Error(`fault proxy: cannot listen on 127.0.0.1:${port}: ${error.message}`, { cause: error })));
      next.listen(port, '127.0.0.1', () => resolve(next));
    });
  }

  /** Stops listening and destroys every client connection; resolves once the port is released. */
  async function stopListening(): Promise<void> {
    const current = server;
    server = undefined;
    if (!current) return;
    const released = new Promise<void>((resolve) => current.close(() => resolve()));
    for (const socket of clientSockets) socket.destroy();
    await released;
    // Let the client side (same process) read the closes before the caller's next request, so a
    // pooled keep-alive connection is discarded and the next request dials — and is refused.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => setTimeout(resolve, 10));
  }

  function enqueue(step: () => Promise<void>): Promise<void> {
    const run = transition.then(step);
    transition = run.catch(() => undefined);
    return run;
  }

  server = await listen(options.port ?? 0);
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    setOffline(offline) {
      return enqueue(async () => {
        if (closed) throw new Error('fault proxy: closed');
        if (offline) await stopListening();
        else if (!server) server = await listen(port);
      });
    },
    dropResponsesAfterCommit(count, match = () => true) {
      if (!Number.isInteger(count) || count < 0) throw new Error(`fault proxy: count must be a non-negative integer, got ${count}`);
      drops.push({ remaining: count, match });
    },
    stats: () => ({ ...counters }),
    close() {
      return enqueue(async () => {
        if (closed) return;
        closed = true;
        for (const request of upstreamRequests) request.destroy();
        await stopListening();
      });
    },
  };
}

/** [name, value] pairs to a header object; repeated names become arrays (order kept). */
function groupHeaders(pairs: [string, string][]): Map<string, string | string[]> {
  const grouped = new Map<string, string | string[]>();
  const canonical = new Map<string, string>();
  for (const [name, value] of pairs) {
    const lower = name.toLowerCase();
    const key = canonical.get(lower) ?? name;
    canonical.set(lower, key);
    const prev = grouped.get(key);
    grouped.set(key, prev === undefined ? value : [prev, value].flat());
  }
  return grouped;
}
