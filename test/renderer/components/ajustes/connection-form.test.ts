import { describe, expect, it } from 'vitest';
import { initialForm, storedKeyFor, validateConnection } from '../../../../src-renderer/screens/ajustes/connection-form';
import { demoCompany } from '../../../../src-shared/company';
import type { ConnectionInfo } from '../../../../src-shared/ipc/contract';

/** Demo mode chosen after a real company was connected ("Volver al modo demostración"). */
const demoAfterRealCompany: ConnectionInfo = {
  mode: 'demo',
  company: demoCompany,
  baseUrl: 'http://127.0.0.1:41234',
  partnerId: 'Mostrador',
  username: 'caja@tienda.co',
  hasAccessKey: true,
  needsAccessKey: false,
  savedAccount: { baseUrl: 'https://api.siigo.com', username: 'caja@tienda.co', hasAccessKey: true },
};

describe('Ajustes in demo mode, with a real company saved before', () => {
  it('opens on that company, its key kept: reconnecting needs no key typed', () => {
    const form = initialForm(demoAfterRealCompany);
    expect(form).toMatchObject({ username: 'caja@tienda.co', baseUrl: 'https://api.siigo.com', accessKey: '' });
    expect(storedKeyFor(form, demoAfterRealCompany)).toBe('kept');
    expect(validateConnection(form, demoAfterRealCompany)).toEqual({});
  });

  it('asks for the key for any other address or user', () => {
    const form = { ...initialForm(demoAfterRealCompany), baseUrl: 'https://api.siigo.com:8443' };
    expect(storedKeyFor(form, demoAfterRealCompany)).toBe('changed');
    expect(validateConnection(form, demoAfterRealCompany).accessKey).toBe('Ingrese la llave de acceso: la dirección o el usuario cambiaron.');
  });

  it('never offers the embedded sandbox address, and with nothing saved asks for everything', () => {
    const firstStart: ConnectionInfo = { ...demoAfterRealCompany, username: null, hasAccessKey: false, savedAccount: null };
    const form = initialForm(firstStart);
    expect(form).toMatchObject({ username: '', baseUrl: 'https://api.siigo.com' });
    expect(storedKeyFor({ ...form, username: 'caja@tienda.co' }, firstStart)).toBe('none');
  });
});
