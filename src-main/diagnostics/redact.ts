/**
 * "No secret in any log or export", enforced where text leaves main: values of secret-named
 * fields, Authorization headers, bearer tokens, JWTs and the known secrets themselves (the access
 * key and the current token, registered by main) are replaced by `[redacted]`.
 */
export const REDACTED = '[redacted]';

/** Field names whose values are always secret. `idempotencyKey` and the like are not secrets. */
const secretField =
  /^(access[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|token|authorization|proxy-authorization|password|passwd|secret|client[_-]?secret|api[_-]?key|cookie|set-cookie|x-api-key)$/i;

const textPatterns: Array<[RegExp, string]> = [
  // "Authorization: Bearer abc" / "authorization=abc" in header dumps and messages.
  [/\b(proxy-)?authorization\b(["']?\s*[:=]\s*["']?)(bearer\s+|basic\s+)?[^\s"',;}]+/gi, `$1authorization$2$3${REDACTED}`],
  [/\bbearer\s+[A-Za-z0-9\-._~+/]+=*/gi, `Bearer ${REDACTED}`],
  // JSON or query fragments inside strings: "access_key":"…", access_key=…, token: …
  [
    /(["']?\b(?:access[_-]?key|access[_-]?token|refresh[_-]?token|api[_-]?key|password|secret|token)\b["']?\s*[:=]\s*["']?)[^"'&\s,;}]+/gi,
    `$1${REDACTED}`,
  ],
  // JWTs (Siigo's access_token is one).
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
];

export interface Redactor {
  text(value: string): string;
  /** Deep copy of plain data with secret fields and every string redacted. */
  value(value: unknown): unknown;
}

export function createRedactor(knownSecrets: () => Iterable<string | null | undefined> = () => []): Redactor {
  const text = (value: string): string => {
    let out = value;
    for (const secret of knownSecrets()) {
      // Very short values would mangle ordinary words and cannot be real credentials.
      if (secret && secret.length >= 6 && out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    for (const [pattern, replacement] of textPatterns) out = out.replace(pattern, replacement);
    return out;
  };
  const value = (input: unknown, depth = 0): unknown => {
    if (typeof input === 'string') return text(input);
    if (input === null || typeof input !== 'object') return input;
    if (depth > 12) return REDACTED;
    if (Array.isArray(input)) return input.map((item) => value(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(input)) {
      out[text(key)] = secretField.test(key) && field !== null && field !== undefined ? REDACTED : value(field, depth + 1);
    }
    return out;
  };
  return { text, value };
}
