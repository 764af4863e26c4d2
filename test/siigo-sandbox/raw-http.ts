/**
 * Raw loopback HTTP for the bounded-input tests of the sandbox and the preview: node:http, which
 * (unlike fetch) lets a test set any Host header and stream a body while the answer comes back.
 */
import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** Body bytes handed to the socket by the time the answer arrived (streamBody only). */
  sent: number;
}

interface RawRequest {
  method?: string;
  path: string;
  headers?: OutgoingHttpHeaders;
}

/**
 * Starts a request and settles with its answer; `write` feeds the body and gets told when the
 * answer has arrived. Rejects if the connection fails first or nothing comes within `timeoutMs`
 * (a server that waits for a body it should have refused).
 */
function exchange(base: string, request: RawRequest, write: (req: http.ClientRequest, answered: () => boolean) => () => number, timeoutMs = 5000): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: url.hostname, port: url.port, method: request.method ?? 'POST', path: request.path, headers: request.headers, agent: false });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const sent = write(req, () => answered);
    req.on('response', (res) => {
      answered = true;
      const at = sent();
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), sent: at });
      });
    });
    req.on('error', (error) => {
      // Once answered, the server closing on a body it refused is expected, not a failure.
      if (answered) return;
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** One request with a small body (or none). */
export function rawRequest(base: string, request: RawRequest & { body?: string }): Promise<RawAnswer> {
  return exchange(base, { method: request.body === undefined ? 'GET' : 'POST', ...request }, (req) => {
    req.end(request.body);
    return () => Buffer.byteLength(request.body ?? '');
  });
}

/**
 * Streams `total` bytes of body in 64 KiB chunks without a Content-Length (chunked), stopping
 * as soon as the answer arrives. `sent < total` in the answer means the server answered without
 * reading the whole body.
 */
export function streamBody(base: string, request: RawRequest, total: number): Promise<RawAnswer> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return exchange(base, request, (req, answered) => {
    let sent = 0;
    const pump = (): void => {
      while (!answered() && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered()) req.end();
    };
    pump();
    return () => sent;
  });
}

/** Declares a `length`-byte body in Content-Length and sends none of it. */
export function declareBody(base: string, request: RawRequest, length: number): Promise<RawAnswer> {
  return exchange(base, { ...request, headers: { ...request.headers, 'content-length': length } }, (req) => {
    req.flushHeaders();
    return () => 0;
  });
}
