import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAllowedExternalUrl } from '../desktop/external-links';

/** Where our own pages come from: the bundled renderer folder, or the dev server in `npm start`. */
export interface AppOrigin {
  rendererDir: string;
  devServerUrl?: string | undefined;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** Is this one of our pages (or an asset of one)? Everything else is remote content. */
export function isAppUrl(raw: string, origin: AppOrigin): boolean {
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol === 'file:') {
    try {
      // relative() rather than a string prefix: it resolves '..' and, on Windows, ignores the
      // case of drive letters and folders, as the file system does.
      const inside = relative(origin.rendererDir, fileURLToPath(url));
      return inside !== '' && inside.split(/[\\/]/)[0] !== '..' && !isAbsolute(inside);
    } catch {
      return false;
    }
  }
  const dev = origin.devServerUrl ? parse(origin.devServerUrl) : null;
  if (!dev) return false;
  const sameHost = url.hostname === dev.hostname && url.port === dev.port;
  return sameHost && (url.protocol === dev.protocol || url.protocol === (dev.protocol === 'https:' ? 'wss:' : 'ws:'));
}

/**
 * May the window load this request? Our own pages and assets, inline data, and DevTools; never
 * the network (all Siigo traffic goes through main).
 */
export function isAllowedRequest(raw: string, origin: AppOrigin): boolean {
  const protocol = parse(raw)?.protocol;
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'devtools:') return true;
  return isAppUrl(raw, origin);
}

export type NavigationDecision = { allow: true } | { allow: false; openExternally: boolean };

/**
 * The window never navigates away from the page it loaded (a reload or an in-page anchor is
 * fine). Allow-listed https links go to the system browser instead; anything else is dropped.
 */
export function decideNavigation(target: string, current: string): NavigationDecision {
  const strip = (raw: string) => raw.split('#')[0];
  if (current !== '' && strip(target) === strip(current)) return { allow: true };
  return { allow: false, openExternally: isAllowedExternalUrl(target) };
}
