import type { ServerResponse } from 'node:http';

/**
 * A refusal from the preview server: a short JSON body `{error, message}` (the code for programs,
 * the message in Spanish for whoever opened the address in a browser). `close` when the request's
 * body was not read: Node then closes the socket after the answer instead of reading the rest.
 */
export function sendJsonError(res: ServerResponse, status: number, error: string, message: string, close = false): void {
  const payload = JSON.stringify({ error, message });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(payload);
}
