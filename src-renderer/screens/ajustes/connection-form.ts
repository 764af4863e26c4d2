import type { ConnectionInfo, ConnectionSettings } from '../../../src-shared/ipc/contract';

/** Siigo's production API; the sandbox and proxies are set here too. */
export const DEFAULT_API_URL = 'https://api.siigo.com';
export const DEFAULT_PARTNER_ID = 'Mostrador';

export interface ConnectionForm {
  username: string;
  /** Empty: keep the stored key. Never filled from main (it never sends it). */
  accessKey: string;
  partnerId: string;
  baseUrl: string;
}

export type ConnectionErrors = Partial<Record<keyof ConnectionForm, string>>;

/**
 * The form as it opens. In demo mode main reports the embedded sandbox's address, which is no use
 * to someone connecting a real company, so the form offers Siigo's own address instead.
 */
export function initialForm(info: ConnectionInfo | null): ConnectionForm {
  const real = info?.mode === 'siigo';
  return {
    username: real ? (info.username ?? '') : '',
    accessKey: '',
    partnerId: info?.partnerId || DEFAULT_PARTNER_ID,
    baseUrl: real ? info.baseUrl : DEFAULT_API_URL,
  };
}

/** Same rule as the `Partner-Id` header schema in src-shared/headers.ts (Siigo answers 400 otherwise). */
const PARTNER_ID = /^[A-Za-z0-9]{3,100}$/;

function validUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Checked before anything is sent, with the reason in Spanish; an empty object means valid. */
export function validateConnection(form: ConnectionForm, hasAccessKey: boolean): ConnectionErrors {
  const errors: ConnectionErrors = {};
  if (form.username.trim() === '') errors.username = 'Escriba el usuario API (en Siigo Nube: Alianzas > Mi Credencial API).';
  if (form.accessKey === '' && !hasAccessKey) errors.accessKey = 'Escriba la llave de acceso (en Siigo Nube: Alianzas > Mi Credencial API).';
  if (!PARTNER_ID.test(form.partnerId.trim())) {
    errors.partnerId = 'El Partner-Id solo puede tener letras y números, sin espacios, guiones ni otros símbolos (de 3 a 100 caracteres). Ejemplo: Mostrador.';
  }
  if (!validUrl(form.baseUrl.trim())) errors.baseUrl = 'Escriba una dirección web válida, por ejemplo https://api.siigo.com.';
  return errors;
}

/** What `connection:set` receives; the key only when typed (omitted keeps the stored one). */
export function toConnectionSettings(form: ConnectionForm): ConnectionSettings {
  return {
    mode: 'siigo',
    baseUrl: form.baseUrl.trim().replace(/\/+$/, ''),
    partnerId: form.partnerId.trim(),
    username: form.username.trim(),
    ...(form.accessKey !== '' ? { accessKey: form.accessKey } : {}),
  };
}
