import type { IncomingMessage, ServerResponse } from 'node:http';
import { isEventChannel, type EventChannel } from '../../src-shared/ipc/channels';
import type { Dispatch } from '../ipc/dispatch';
import { TOO_LARGE, readBoundedBody } from '../siigo-sandbox/http/bounded-body';
import { sendJsonError } from './json-error';

/**
 * Largest bridge call accepted (the limit it had before it was counted as it streams). The
 * biggest real call is `journal:append` re-sending at start-up every line a journal misses.
 */
export const MAX_BRIDGE_BODY_BYTES = 8 * 1024 * 1024;

/**
 * 413 for a call over the limit. Its body is left unread, so the socket closes after the answer
 * rather than reading the rest.
 */
export function sendTooLarge(res: ServerResponse): void {
  sendJsonError(res, 413, 'payload_too_large', `El mensaje supera el límite de ${MAX_BRIDGE_BODY_BYTES / 1024 / 1024} MB.`, true);
}

interface BridgeMessage {
  channel?: unknown;
  input?: unknown;
  meta?: unknown;
}

type Refusal = [status: 400, error: string, message: string];

/** The call's `{channel, input, meta}`, TOO_LARGE, or the 400 that refuses it. */
async function readMessage(req: IncomingMessage): Promise<BridgeMessage | typeof TOO_LARGE | Refusal> {
  const body = await readBoundedBody(req, MAX_BRIDGE_BODY_BYTES);
  if (body === TOO_LARGE) return TOO_LARGE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return [400, 'invalid_json', 'El mensaje no es JSON válido.'];
  }
  // null, an array or a scalar would otherwise fail further on as a 500.
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return [400, 'invalid_message', 'El mensaje debe ser un objeto JSON con channel, input y meta.'];
  }
  return parsed as BridgeMessage;
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
        sendJsonError(res, 403, 'forbidden', 'Solo la vista previa puede usar el puente.', true);
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
        const message = await readMessage(req);
        if (message === TOO_LARGE) {
          sendTooLarge(res);
          return true;
        }
        if (Array.isArray(message)) {
          sendJsonError(res, ...message);
          return true;
        }
        const result = await dispatch(message.channel, message.input ?? undefined, message.meta);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(result));
        return true;
      }
      sendJsonError(res, 405, 'method_not_allowed', 'Método no permitido.', true);
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
