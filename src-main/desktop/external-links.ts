/**
 * Where the app may send the user's browser: Siigo's own sites and the DIAN's public invoice
 * catalogue (CUFE look-ups). Exact hosts or `*.suffix` patterns; https only, default port, no
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

export function isAllowedExternalUrl(raw: string, allowList: readonly string[] = externalAllowList): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return allowList.some((pattern) => hostMatches(host, pattern));
}
