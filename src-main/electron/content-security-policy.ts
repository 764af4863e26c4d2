import { createHash } from 'node:crypto';
import { isAppUrl, type AppOrigin } from './navigation-policy';

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

/** A CSP source allowing the one inline script whose text is exactly `text`. */
export function inlineScriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The inline scripts `npm start` needs, by hash: only @vitejs/plugin-react's React Refresh
 * preamble, which Vite's dev server puts at the top of index.html's <head> (the modules it
 * compiles throw "can't detect preamble" without it). Nothing else changes in development: the
 * page and Vite's HMR websocket are on the dev server's own origin ('self'; CSP3 lets 'self'
 * match ws: on the page's host and port). The dev server's plugin in electron.vite.config.ts
 * refuses to serve a page with any other inline script, naming the hash to put here, and a test
 * compares this one with the preamble of the installed plugin-react.
 */
export const devInlineScriptHashes: readonly string[] = ["'sha256-Z2/iFzh9VMlVkEOar1f/oSHWwQk3ve1qk/C2WdsC4Xk='"];

/** The policy of the dev server's pages: the production one, plus the preamble's hash in script-src. */
export const devCspDirectives: ReadonlyArray<readonly [string, ...string[]]> = cspDirectives.map(([name, ...sources]) =>
  name === 'script-src' ? [name, ...sources, ...devInlineScriptHashes] : [name, ...sources],
);

/** Directives that only work as a header (CSP3 §6.5: ignored in `<meta>`). */
export const headerOnlyDirectives: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialize = (directives: typeof cspDirectives) => directives.map((directive) => directive.join(' ')).join('; ');
const forMeta = (directives: typeof cspDirectives) => directives.filter(([name]) => !headerOnlyDirectives.has(name));

export const CONTENT_SECURITY_POLICY = serialize(cspDirectives);

/** The policy as index.html's meta tag must state it. */
export const META_CONTENT_SECURITY_POLICY = serialize(forMeta(cspDirectives));

/** The header on the dev server's responses in `npm start` (never on the bundled files). */
export const DEV_CONTENT_SECURITY_POLICY = serialize(devCspDirectives);

/** The meta tag the dev server serves instead of index.html's (electron.vite.config.ts). */
export const DEV_META_CONTENT_SECURITY_POLICY = serialize(forMeta(devCspDirectives));

/** Parses a policy into directive → sources (lower-cased names, order kept). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

type Headers = Record<string, string[] | string | undefined>;

/** Response headers with `policy` (ours by default) replacing any the server sent (case-insensitively). */
export function withCspHeader(headers: Headers | undefined, policy: string = CONTENT_SECURITY_POLICY): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy' || value === undefined) continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}

/**
 * The policy for a response to `url`: the production one for our bundled files (file:), the
 * development one for the dev server's, which is one of our origins only when `origin` names it
 * (main sets `devServerUrl` in an unpackaged app only); none for anything else.
 */
export function contentSecurityPolicyFor(url: string, origin: AppOrigin): string | undefined {
  if (!isAppUrl(url, origin)) return undefined;
  return new URL(url).protocol === 'file:' ? CONTENT_SECURITY_POLICY : DEV_CONTENT_SECURITY_POLICY;
}

/** What main's `onHeadersReceived` answers for `url`: the headers with our policy, or undefined to leave them alone. */
export function cspResponseHeaders(url: string, headers: Headers | undefined, origin: AppOrigin): Record<string, string[]> | undefined {
  const policy = contentSecurityPolicyFor(url, origin);
  return policy === undefined ? undefined : withCspHeader(headers, policy);
}
