import type { SecretStore } from './secret-store';

/** The keychain service name; each company is one account (`user@host`) under it. */
export const KEYTAR_SERVICE = 'Mostrador Siigo';

export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

async function importKeytar(): Promise<KeytarApi> {
  const mod = (await import('keytar')) as unknown as KeytarApi & { default?: KeytarApi };
  return mod.default ?? mod;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Keychain did not answer in time')), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error('Keychain error'));
      },
    );
  });
}

export interface LoadKeytarOptions {
  /** How keytar is loaded (replaceable in tests). */
  load?: () => Promise<KeytarApi>;
  service?: string;
  /** A keychain that does not answer a first read within this long counts as unavailable. */
  probeTimeoutMs?: number;
}

/**
 * The OS keychain through keytar (Secret Service on Linux, Keychain on macOS, Credential Vault
 * on Windows). Returns null when keytar is not installed, its native module cannot load, or the
 * keychain does not answer (Linux without a Secret Service), so the caller can choose a
 * fallback and say so in Ajustes.
 */
export async function loadKeytarSecretStore(options: LoadKeytarOptions = {}): Promise<SecretStore | null> {
  const service = options.service ?? KEYTAR_SERVICE;
  let keytar: KeytarApi;
  try {
    keytar = await (options.load ?? importKeytar)();
    // A read of an account nobody writes: proves the Secret Service is there and unlocked.
    await withTimeout(keytar.getPassword(service, '__mostrador_probe__'), options.probeTimeoutMs ?? 5_000);
  } catch {
    return null;
  }
  return {
    description: 'Llavero del sistema operativo',
    get: (account) => keytar.getPassword(service, account),
    set: (account, secret) => keytar.setPassword(service, account, secret),
    delete: async (account) => {
      await keytar.deletePassword(service, account);
    },
  };
}
