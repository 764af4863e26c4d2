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

/** One keychain entry per company: the API user at the Siigo host it belongs to. */
export function secretAccount(baseUrl: string, username: string): string {
  return `${username}@${new URL(baseUrl).host}`;
}
