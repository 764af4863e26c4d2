import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../electron/content-security-policy';

/**
 * Headers on every preview response, pages and bridge answers alike. The policy is the desktop
 * window's: index.html's meta tag already enforces the rest of it, but `frame-ancestors` only
 * works as a header, and without it (or X-Frame-Options for older browsers) any site could frame
 * the preview and trick a click on a cashier's screen.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
