import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../src-main/desktop/external-links';

describe('external link allow-list', () => {
  it.each([
    'https://siigonube.siigo.com/#/invoice/123',
    'https://siigo.com/',
    'https://api.siigo.com/docs',
    'https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=0123abcd',
    'https://CATALOGO-VPFE.DIAN.GOV.CO/User/SearchDocument',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'http://siigo.com/', // not https
    'https://siigo.com.evil.co/',
    'https://evilsiigo.com/',
    'https://evil.example/?r=https://siigo.com',
    'https://user:pass@siigo.com/',
    'https://siigo.com:8443/',
    'https://dian.gov.co/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://siigo.com/share',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});
