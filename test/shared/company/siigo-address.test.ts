import { describe, expect, it } from 'vitest';
import {
  mayCarrySiigoKey,
  SIIGO_ADDRESS_INVALID,
  SIIGO_ADDRESS_NOT_HTTPS,
  siigoAddressProblem,
  siigoCompanyId,
} from '../../../src-shared/company';
import { connectionSettingsSchema } from '../../../src-shared/ipc/contract';

const connection = (baseUrl: string) => ({ mode: 'siigo', baseUrl, partnerId: 'Mostrador', username: 'caja@tienda.co', accessKey: 'clave' });

describe('where a Siigo access key may be sent', () => {
  it('accepts https anywhere and plain http only to this computer, on any port', () => {
    for (const address of [
      'https://api.siigo.com',
      'HTTPS://API.SIIGO.COM:8443/proxy/',
      'http://127.0.0.1',
      'http://127.0.0.1:41234',
      'http://localhost:8080/siigo',
      'HTTP://LocalHost',
      'http://[::1]:9000',
    ]) {
      expect(siigoAddressProblem(address), address).toBeNull();
      expect(connectionSettingsSchema.safeParse(connection(address)).success, address).toBe(true);
    }
  });

  it('refuses plain http to any other computer, naming the field in Spanish', () => {
    for (const address of [
      'http://api.siigo.com',
      'http://api.siigo.com:443',
      'http://192.168.1.20:8080',
      'http://127.0.0.2',
      'http://localhost.tienda.co',
      'http://[::2]',
      'ftp://api.siigo.com',
    ]) {
      expect(siigoAddressProblem(address), address).toBe(SIIGO_ADDRESS_NOT_HTTPS);
      const result = connectionSettingsSchema.safeParse(connection(address));
      expect(result.success, address).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['baseUrl'], SIIGO_ADDRESS_NOT_HTTPS]]);
    }
    expect(SIIGO_ADDRESS_NOT_HTTPS).toBe(
      'Dirección de la API: debe empezar por https:// (solo se permite http:// para una dirección local de pruebas).',
    );
  });

  it('refuses what a URL parser could read as another host than "this computer"', () => {
    for (const address of [
      'http://evil.example\\@127.0.0.1', // WHATWG URL: host evil.example
      'http://127.0.0.1@evil.example',
      'http://user:pass@localhost',
      'http://localhost /x',
      'http://localhost?x=1',
      'no es una dirección',
      'https://',
    ]) {
      expect(siigoAddressProblem(address), address).not.toBeNull();
      expect(connectionSettingsSchema.safeParse(connection(address)).success, address).toBe(false);
    }
    expect(siigoAddressProblem('no es una dirección')).toBe(SIIGO_ADDRESS_INVALID);
  });

  it('applies one rule to a scheme and host name as Node’s URL gives them', () => {
    expect(mayCarrySiigoKey('https', 'api.siigo.com')).toBe(true);
    expect(mayCarrySiigoKey('http', '[::1]')).toBe(true);
    expect(mayCarrySiigoKey('http', 'api.siigo.com')).toBe(false);
    expect(mayCarrySiigoKey('https', '')).toBe(false);
  });

  it('names a company by scheme, host, port, path and user', () => {
    const id = siigoCompanyId('https://api.siigo.com', 'caja@tienda.co');
    expect(siigoCompanyId('HTTPS://API.siigo.com:443/', ' Caja@Tienda.co ')).toBe(id);
    for (const other of ['http://api.siigo.com', 'https://api.siigo.com:8443', 'https://api.siigo.com/proxy', 'https://siigo.com']) {
      expect(siigoCompanyId(other, 'caja@tienda.co'), other).not.toBe(id);
    }
    expect(siigoCompanyId('https://api.siigo.com', 'otra@tienda.co')).not.toBe(id);
  });
});
