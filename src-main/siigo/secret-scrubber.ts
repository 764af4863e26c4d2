/**
 * Defence in depth for "no secret in any log or error": the client never puts the access key or
 * the token into a message on purpose, but Siigo's own error texts (and anything a future change
 * adds) pass through here before they reach a log entry or a SiigoError.
 */
export class SecretScrubber {
  private readonly secrets = new Set<string>();

  /** Registers a value that must never appear in output. Very short values are ignored (they
   *  would mangle ordinary words and cannot be meaningful credentials). */
  add(secret: string | undefined | null): void {
    if (secret && secret.length >= 6) this.secrets.add(secret);
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join('[redacted]');
    }
    return out;
  }

  /** Deep copy of plain data with every string scrubbed (for log entries). */
  scrubValue(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (depth > 6 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.scrubValue(v, depth + 1);
    return out;
  }
}

/** Query parameter names that may carry credentials; their values are never logged. */
const secretLikeParam = /key|token|secret|password|passwd|auth|signature|credential/i;

/** Path plus query string for logs, with secret-looking query values replaced. */
export function redactedPathForLog(path: string, query: URLSearchParams | undefined): string {
  if (!query || [...query.keys()].length === 0) return path;
  const shown = new URLSearchParams();
  for (const [name, value] of query) {
    shown.append(name, secretLikeParam.test(name) ? '[redacted]' : value);
  }
  return `${path}?${shown.toString()}`;
}
