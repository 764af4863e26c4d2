import { classifyFetchFailure, type NetworkFailure } from './network-failure';

export interface HttpAttemptRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: URL;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Caller abort and client close, combined. */
  signal: AbortSignal;
}

export type HttpAttemptOutcome =
  | { type: 'response'; status: number; headers: Headers; text: string }
  | { type: 'timeout' }
  | { type: 'cancelled' }
  | ({ type: 'network' } & { failure: NetworkFailure; status?: number });

/**
 * Sends ONE HTTP request and reads the whole body, never throwing: every way it can end is a
 * value, so the executor decides about retries in one place. The timeout covers the body too.
 */
export async function runHttpAttempt(request: HttpAttemptRequest): Promise<HttpAttemptOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error('siigo attempt timeout')), request.timeoutMs);
  const signal = AbortSignal.any([request.signal, timeout.signal]);
  let status: number | undefined;
  try {
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      signal,
      // Siigo does not redirect; following one could carry the token to another host.
      redirect: 'manual',
    };
    if (request.body !== undefined) init.body = request.body;
    const response = await fetch(request.url, init);
    status = response.status;
    const text = await response.text();
    return { type: 'response', status: response.status, headers: response.headers, text };
  } catch (error) {
    if (request.signal.aborted) return { type: 'cancelled' };
    if (timeout.signal.aborted) return { type: 'timeout' };
    const failure = classifyFetchFailure(error);
    if (status === undefined) return { type: 'network', failure };
    // Siigo already answered (status line read) when the body broke: it certainly received it.
    return { type: 'network', failure: { type: 'connection_lost', code: failure.code }, status };
  } finally {
    clearTimeout(timer);
  }
}
