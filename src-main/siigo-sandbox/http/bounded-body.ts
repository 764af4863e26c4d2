/**
 * Reads a request body up to a byte limit, counting bytes as they arrive: an oversized body is
 * never held whole in memory. On the first byte over the limit it stops reading (the stream is
 * paused and the chunks so far let go); the caller answers 413 with `Connection: close`, so Node
 * closes the socket once that answer is out and the client is not left hanging.
 */
import type { IncomingMessage } from 'node:http';

export const TOO_LARGE = Symbol('too large');

/** The declared Content-Length is over the limit: refuse before reading a byte. */
export function declaredTooLarge(req: IncomingMessage, maxBytes: number): boolean {
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) > maxBytes;
}

export function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | typeof TOO_LARGE> {
  if (declaredTooLarge(req, maxBytes)) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      cleanup();
      req.pause();
      chunks = [];
      resolve(TOO_LARGE);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    // The client went away mid-body: without this the promise would never settle.
    const onClose = () => {
      cleanup();
      reject(new Error('the connection closed before the body ended'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
