import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendJsonError } from './json-error';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The path without its query, %-decoded; undefined when an escape is malformed (e.g. `%E0%A4%A`). */
function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
}

/**
 * Serves the built renderer; unknown paths fall back to index.html (the app routes itself).
 * Security headers are set by the server for every response (security-headers.ts).
 */
export function createStaticFiles(root: string) {
  const base = normalize(root + sep);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodedPath(req.url ?? '/');
    if (path === undefined) return sendJsonError(res, 400, 'invalid_path', 'La dirección tiene un escape con % inválido.');
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    const inside = file.startsWith(base);
    let body: Buffer;
    let type: string;
    try {
      if (!inside) throw new Error('outside');
      body = await readFile(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    } catch {
      body = await readFile(join(base, 'index.html'));
      type = TYPES['.html']!;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(body);
  };
}
