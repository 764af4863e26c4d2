/**
 * The window's Content-Security-Policy: only our own bundled scripts, no eval, no plugins, no
 * remote origins anywhere; the page talks to main through the preload, never over the network.
 * Sent as a response header for our own pages (`hardening.ts`); the meta tag in
 * `src-renderer/index.html` carries the same policy minus the directives browsers ignore in a
 * meta tag (a test compares them). Inline styles are allowed: React's
 * `style` attributes need them and they cannot run code.
 */
export const cspDirectives: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:'],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = cspDirectives.map((directive) => directive.join(' ')).join('; ');

/** Directives that only work as a header (CSP3 §6.5: ignored in `<meta>`). */
export const headerOnlyDirectives: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as index.html's meta tag must state it. */
export const META_CONTENT_SECURITY_POLICY = cspDirectives
  .filter(([name]) => !headerOnlyDirectives.has(name))
  .map((directive) => directive.join(' '))
  .join('; ');

/** Parses a policy into directive → sources (lower-cased names, order kept). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

type Headers = Record<string, string[] | string>;

/** Response headers with our policy replacing any the server sent (case-insensitively). */
export function withCspHeader(headers: Headers | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
