import { siigoAddressProblem, siigoCompanyId } from '../../../src-shared/company';
import type { ConnectionInfo, ConnectionSettings } from '../../../src-shared/ipc/contract';

/** Siigo's production API; the sandbox and proxies are set here too. */
export const DEFAULT_API_URL = 'https://api.siigo.com';
export const DEFAULT_PARTNER_ID = 'Mostrador';

export interface ConnectionForm {
  username: string;
  /** Empty: keep the saved key (same address and user only). Never filled from main (it never sends it). */
  accessKey: string;
  partnerId: string;
  baseUrl: string;
}

export type ConnectionErrors = Partial<Record<keyof ConnectionForm, string>>;

/**
 * The real account the form starts from and compares with: the one connected, or in demo mode
 * the one saved before (main reports the embedded sandbox's address then, no use to anyone
 * connecting a real company).
 */
function savedAccountOf(info: ConnectionInfo | null): { baseUrl: string; username: string; hasAccessKey: boolean } | null {
  if (info?.mode === 'siigo') return info.username === null ? null : { baseUrl: info.baseUrl, username: info.username, hasAccessKey: info.hasAccessKey };
  return info?.savedAccount ?? null;
}

/** The form as it opens: the saved account, or Siigo's own address and nothing else. */
export function initialForm(info: ConnectionInfo | null): ConnectionForm {
  const saved = savedAccountOf(info);
  return {
    username: saved?.username ?? '',
    accessKey: '',
    partnerId: info?.partnerId || DEFAULT_PARTNER_ID,
    baseUrl: saved?.baseUrl ?? DEFAULT_API_URL,
  };
}

/** Same rule as the `Partner-Id` header schema in src-shared/headers.ts (Siigo answers 400 otherwise). */
const PARTNER_ID = /^[A-Za-z0-9]{3,100}$/;

/**
 * What the access key field may be left empty for. 'kept': a key is saved for this very address
 * and user (the same company id main stores it under). 'changed': one is saved, but for the
 * address or user as they were; main never sends it elsewhere, so it must be typed again.
 */
export type StoredKey = 'kept' | 'changed' | 'none';

export function storedKeyFor(form: ConnectionForm, info: ConnectionInfo | null): StoredKey {
  const saved = savedAccountOf(info);
  if (!saved?.hasAccessKey) return 'none';
  try {
    return siigoCompanyId(form.baseUrl, form.username) === siigoCompanyId(saved.baseUrl, saved.username) ? 'kept' : 'changed';
  } catch {
    return 'changed';
  }
}

/** Checked before anything is sent, with the reason in Spanish; an empty object means valid. */
export function validateConnection(form: ConnectionForm, info: ConnectionInfo | null): ConnectionErrors {
  const errors: ConnectionErrors = {};
  if (form.username.trim() === '') errors.username = 'Escriba el usuario API (en Siigo Nube: Alianzas > Mi Credencial API).';
  if (form.accessKey === '') {
    const stored = storedKeyFor(form, info);
    if (stored === 'none') errors.accessKey = 'Escriba la llave de acceso (en Siigo Nube: Alianzas > Mi Credencial API).';
    if (stored === 'changed') errors.accessKey = 'Ingrese la llave de acceso: la dirección o el usuario cambiaron.';
  }
  if (!PARTNER_ID.test(form.partnerId.trim())) {
    errors.partnerId = 'El Partner-Id solo puede tener letras y números, sin espacios, guiones ni otros símbolos (de 3 a 100 caracteres). Ejemplo: Mostrador.';
  }
  const address = siigoAddressProblem(form.baseUrl);
  if (address) errors.baseUrl = address;
  return errors;
}

/** What `connection:set` receives; the key only when typed (omitted keeps the saved one, for the same account). */
export function toConnectionSettings(form: ConnectionForm): ConnectionSettings {
  return {
    mode: 'siigo',
    baseUrl: form.baseUrl.trim().replace(/\/+$/, ''),
    partnerId: form.partnerId.trim(),
    username: form.username.trim(),
    ...(form.accessKey !== '' ? { accessKey: form.accessKey } : {}),
  };
}
