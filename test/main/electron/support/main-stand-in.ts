import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Page } from 'playwright-core';
import { demoCompany } from '../../../../src-shared/company';
import { connectionInfoSchema } from '../../../../src-shared/ipc/contract';

/** Headers main's `onHeadersReceived` puts on a response to `url`, or undefined to leave them. */
export type HeaderRewrite = (url: string, headers: IncomingHttpHeaders) => Record<string, string[]> | undefined;

/**
 * What these tests' pages get instead of the preload's bridge (there is no preload in plain
 * Chromium, so `src-renderer/bridge.ts` posts to `/bridge/invoke`): demo mode for
 * `connection:get`, so the app renders its window, and a 503 for everything else.
 */
function answerBridge(request: IncomingMessage, response: ServerResponse): boolean {
  const path = request.url?.split('?')[0];
  if (path === '/bridge/events') {
    response.writeHead(204).end(); // an EventSource that gets a 204 stops reconnecting
    return true;
  }
  if (path !== '/bridge/invoke') return false;
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    const { channel } = JSON.parse(body) as { channel: string };
    if (channel !== 'connection:get') {
      response.writeHead(503).end();
      return;
    }
    const connection = connectionInfoSchema.parse({
      mode: 'demo',
      company: demoCompany,
      baseUrl: 'http://127.0.0.1:9/',
      partnerId: 'Mostrador',
      username: null,
      hasAccessKey: true,
      needsAccessKey: false,
      savedAccount: null,
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, value: connection }));
  });
  return true;
}

export interface MainStandIn {
  /** Where the window loads its pages from (this server's origin). */
  url: string;
  close(): Promise<void>;
}

/** Answers with `status` and `headers` (before main's rewrite); the caller writes the body. */
export type Reply = (status: number, headers: IncomingHttpHeaders) => void;

export interface StandInOptions {
  /** Where the pages come from: a file, or the dev server. */
  serve(request: IncomingMessage, response: ServerResponse, reply: Reply): void;
  /** Main's rewrite of the response headers, read at every response (a test may switch it). */
  rewrite(): HeaderRewrite;
  /** WebSocket upgrades (Vite's HMR), passed on as they come. */
  upgrade?(request: IncomingMessage, socket: Socket, head: Buffer): void;
}

/**
 * Main's part in what the window receives, over HTTP on 127.0.0.1: every response comes from
 * `serve` with its headers passed through `rewrite`, as `hardening.ts` does in the app with
 * `onHeadersReceived`, and the bridge answers as described at `answerBridge`.
 */
export async function startMainStandIn(options: StandInOptions): Promise<MainStandIn> {
  let url = '';
  const server = createServer((request, response) => {
    if (answerBridge(request, response)) return;
    options.serve(request, response, (status, headers) => {
      response.writeHead(status, options.rewrite()(`${url}${request.url ?? '/'}`, headers) ?? headers);
    });
  });
  const upgraded = new Set<Socket>();
  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    if (options.upgrade) options.upgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async close() {
      for (const socket of upgraded) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A `securitypolicyviolation` as the page saw it. */
export interface Violation {
  directive: string;
  blocked: string;
  disposition: string;
}

/**
 * The page's CSP violations, as they happen and across reloads (Vite reloads the page when it
 * optimises a newly found dependency). Call before the first navigation.
 */
export async function watchViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeBinding('__cspViolation', (_source, violation: Violation) => void violations.push(violation));
  await page.addInitScript(() => {
    const report = (window as unknown as { __cspViolation(violation: Violation): void }).__cspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report({ directive: event.effectiveDirective, blocked: event.blockedURI, disposition: event.disposition }),
    );
  });
  return violations;
}

