import { EMAIL_PATTERN } from '../../src-shared/validation/fields';

/**
 * Where the app may send the user's browser: Siigo's own sites and the DIAN's public invoice
 * catalogue (CUFE look-ups); and `mailto:` messages for the mail program (see isAllowedMailto). Exact hosts or `*.suffix` patterns; https only, default port, no
 * credentials in the address.
 */
export const externalAllowList: readonly string[] = [
  'siigo.com',
  '*.siigo.com',
  'catalogo-vpfe.dian.gov.co',
  'catalogo-vpfe-hab.dian.gov.co',
];

function hostMatches(host: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && host.length > suffix.length;
  }
  return host === pattern;
}

const MAIL_FIELDS = new Set(['subject', 'body', 'cc']);

/**
 * A message for the user's mail program to open (a quotation sent to its customer): `mailto:`
 * with at most a few plain addresses, and only a subject, a body and copies; never attachments
 * or other headers a mail program might honour.
 */
function isAllowedMailto(url: URL): boolean {
  let addresses: string[];
  try {
    addresses = decodeURIComponent(url.pathname).split(',').map((a) => a.trim()).filter(Boolean);
  } catch {
    return false;
  }
  if (addresses.length === 0 || addresses.length > 5 || !addresses.every((address) => EMAIL_PATTERN.test(address))) return false;
  return [...url.searchParams.keys()].every((key) => MAIL_FIELDS.has(key.toLowerCase()));
}

export function isAllowedExternalUrl(raw: string, allowList: readonly string[] = externalAllowList): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return raw.length <= 2048 && isAllowedMailto(url);
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return allowList.some((pattern) => hostMatches(host, pattern));
}
