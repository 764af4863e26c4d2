import { siigoCompanyId } from '../../src-shared/company';
import { isSiigoAddressForKeys } from '../siigo';

/**
 * Where the Siigo access key is kept. Implementations: the OS keychain (keytar) in the desktop
 * app, memory in tests and in the browser preview. Secrets never leave the main process.
 */
export interface SecretStore {
  /** A short description for Ajustes, e.g. "Llavero del sistema". */
  readonly description: string;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
}

export function memorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    description: 'Memoria (se pierde al cerrar)',
    get: async (account) => secrets.get(account) ?? null,
    set: async (account, secret) => {
      secrets.set(account, secret);
    },
    delete: async (account) => {
      secrets.delete(account);
    },
  };
}

/**
 * One keychain entry per company, named by its company id (`siigo|https://api.siigo.com|user`):
 * scheme, host, port, path and API user normalised as `siigoCompanyId` does, so a key is only
 * ever read for the exact address and user it was saved with. Another scheme, host, port, path or
 * user is another account: its key must be typed again.
 */
export function secretAccount(baseUrl: string, username: string): string {
  return siigoCompanyId(baseUrl, username);
}

/**
 * The account earlier versions used: `user@host`, without scheme and with the port only when not
 * the default. It named http and https, and every path, alike: read only to move a key out of it.
 */
export function legacySecretAccount(baseUrl: string, username: string): string {
  return `${username}@${new URL(baseUrl).host}`;
}

/**
 * The access key saved for this address and user. Call it only for the connection the user saved
 * (never for an address being typed): a key an earlier version kept under `user@host` is moved,
 * once, to this connection's own account when none is there yet and the address is one the key
 * may go to (https, or http to this computer). Kept for plain http to another computer, it is
 * not moved: the user types it again for an https address.
 */
export async function savedAccessKey(store: SecretStore, baseUrl: string, username: string): Promise<string | null> {
  const account = secretAccount(baseUrl, username);
  const current = await store.get(account);
  if (current !== null || !isSiigoAddressForKeys(baseUrl)) return current;
  const legacy = legacySecretAccount(baseUrl, username);
  const moved = await store.get(legacy);
  // Two reads at start (the status and the first login) can race: the other one may just have
  // moved the key and deleted the old entry.
  if (moved === null) return store.get(account);
  await store.set(account, moved);
  // A leftover old entry is harmless: it is only read while the new account is empty.
  await store.delete(legacy).catch(() => undefined);
  return moved;
}
