/** Where Siigo lives unless a setting or SIIGO_API_URL says otherwise. */
export const DEFAULT_SIIGO_URL = 'https://api.siigo.com';

/** The name of our software, sent as Partner-Id on every call (alphanumeric only). */
export const DEFAULT_PARTNER_ID = 'Mostrador';

/** The non-secret half of a Siigo connection. The access key lives in a SecretStore. */
export interface StoredConnection {
  mode: 'demo' | 'siigo';
  baseUrl: string;
  partnerId: string;
  username: string | null;
}

export const defaultConnection: StoredConnection = {
  mode: 'demo',
  baseUrl: DEFAULT_SIIGO_URL,
  partnerId: DEFAULT_PARTNER_ID,
  username: null,
};

/** Persists StoredConnection (electron-store in the desktop app, memory or a file elsewhere). */
export interface ConnectionSettingsStore {
  load(): StoredConnection;
  save(connection: StoredConnection): void;
}

export function memoryConnectionSettings(initial: StoredConnection = defaultConnection): ConnectionSettingsStore {
  let current = { ...initial };
  return {
    load: () => ({ ...current }),
    save: (next) => {
      current = { ...next };
    },
  };
}
