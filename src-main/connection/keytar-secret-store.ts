import type { SecretStore } from './secret-store';

const SERVICE = 'Mostrador Siigo';

interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/**
 * The OS keychain through keytar (Secret Service on Linux, Keychain on macOS, Credential Vault
 * on Windows). Returns null when keytar is not installed or its native module cannot load, so
 * the caller can choose a fallback and say so.
 */
export async function loadKeytarSecretStore(): Promise<SecretStore | null> {
  let keytar: KeytarApi;
  try {
    const mod = (await import('keytar')) as unknown as KeytarApi & { default?: KeytarApi };
    keytar = mod.default ?? mod;
  } catch {
    return null;
  }
  return {
    description: 'Llavero del sistema operativo',
    get: (account) => keytar.getPassword(SERVICE, account),
    set: (account, secret) => keytar.setPassword(SERVICE, account, secret),
    delete: async (account) => {
      await keytar.deletePassword(SERVICE, account);
    },
  };
}
