import type { IncomingMessage, ServerResponse } from 'node:http';
import { isEventChannel, type EventChannel } from '../../src-shared/ipc/channels';
import type { Dispatch } from '../ipc/dispatch';

const MAX_BODY_BYTES = 8 * 1024 * 1024;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('Body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The same handler table as the Electron IPC, over HTTP on loopback, for the browser preview:
 * `POST /bridge/invoke` `{channel, input, meta}` → the dispatcher's result, and
 * `GET /bridge/events` as Server-Sent Events. Only our own origin may call it: a page from any
 * other site (or a DNS-rebound name) gets 403, so a web page cannot drive the bridge.
 */
export function createBridgeHttp(dispatch: Dispatch, origin: () => string) {
  const streams = new Set<ServerResponse>();

  const trusted = (req: IncomingMessage): boolean => {
    const expected = new URL(origin());
    if (req.headers.host !== expected.host) return false;
    const from = req.headers.origin;
    return from === undefined ? req.method === 'GET' : from === expected.origin;
  };

  return {
    /** Handles the request if it is a bridge route; returns false otherwise. */
    async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
      const path = (req.url ?? '/').split('?')[0];
      if (path !== '/bridge/invoke' && path !== '/bridge/events') return false;
      if (!trusted(req)) {
        res.writeHead(403).end();
        return true;
      }
      if (path === '/bridge/events' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return true;
      }
      if (path === '/bridge/invoke' && req.method === 'POST') {
        let message: { channel?: unknown; input?: unknown; meta?: unknown };
        try {
          message = (await readJson(req)) as typeof message;
        } catch {
          res.writeHead(400).end();
          return true;
        }
        const result = await dispatch(message.channel, message.input ?? undefined, message.meta);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(result));
        return true;
      }
      res.writeHead(405).end();
      return true;
    },
    emit(event: EventChannel, payload: unknown): void {
      if (!isEventChannel(event)) return;
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    close(): void {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
