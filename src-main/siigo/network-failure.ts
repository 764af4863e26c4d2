/**
 * Error codes (from undici's `err.cause.code`) that mean the request never left this machine or
 * never reached a server: nothing can have been created, so even a non-idempotent write may be
 * reported as `offline` and sent again later.
 */
const neverSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  // TLS handshake failures happen before any HTTP byte is written.
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export type NetworkFailure =
  /** Provably never reached Siigo. */
  | { type: 'never_sent'; code: string }
  /** The connection broke; Siigo may or may not have received (and applied) the request. */
  | { type: 'connection_lost'; code: string }
  /** fetch refused to build the request (bad header value, bad URL): a bug or bad input. */
  | { type: 'local'; code: string };

/** Classifies what `fetch` threw (when neither our timeout nor the caller aborted it). */
export function classifyFetchFailure(error: unknown): NetworkFailure {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = errorCode(cause) ?? errorCode(error);
  if (code === undefined) {
    // undici wraps every network failure as TypeError('fetch failed', { cause }). A TypeError
    // without a cause was thrown while building the request, before anything was sent.
    return cause === undefined && error instanceof TypeError
      ? { type: 'local', code: 'REQUEST_NOT_BUILT' }
      : { type: 'connection_lost', code: 'UNKNOWN' };
  }
  return neverSentCodes.has(code) ? { type: 'never_sent', code } : { type: 'connection_lost', code };
}

function errorCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const code = (value as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  // Happy-eyeballs connects (several addresses) fail with an AggregateError of per-address errors.
  if (value instanceof AggregateError) {
    for (const inner of value.errors) {
      const innerCode = errorCode(inner);
      if (innerCode !== undefined) return innerCode;
    }
  }
  return undefined;
}
