import type { ConnectionInfo, ConnectionSettings } from '../../src-shared/ipc/contract';
import { createSiigoClient, type SiigoClient, type SiigoClientOptions } from '../siigo';
import { secretAccount, type SecretStore } from './secret-store';
import type { ConnectionSettingsStore, StoredConnection } from './settings';

/** The embedded sandbox as the connection needs it (demo mode). */
export interface DemoSiigo {
  url: string;
  credentials: { username: string; access_key: string };
  close(): Promise<void>;
}

export interface ConnectionServiceDeps {
  settings: ConnectionSettingsStore;
  secrets: SecretStore;
  /** SIIGO_API_URL: overrides the stored base URL, e.g. to point the app at a proxy. */
  envBaseUrl?: string | undefined;
  startDemo: () => Promise<DemoSiigo>;
  clientOptions?: Pick<SiigoClientOptions, 'log' | 'rateLimit' | 'retry' | 'timeouts'>;
}

export interface ConnectionService {
  info(): Promise<ConnectionInfo>;
  /** The client for the current connection; rebuilt after `update`. */
  client(): Promise<SiigoClient>;
  update(settings: ConnectionSettings): Promise<ConnectionInfo>;
  close(): Promise<void>;
}

interface Active {
  client: SiigoClient;
  mode: 'demo' | 'siigo';
  baseUrl: string;
}

/**
 * Decides which Siigo the app talks to. Invariant: the app is in demo mode (embedded sandbox)
 * whenever real credentials are not fully configured, so it never sends half-configured
 * requests to the real Siigo.
 */
export function createConnectionService(deps: ConnectionServiceDeps): ConnectionService {
  let active: Promise<Active> | null = null;
  let demo: Promise<DemoSiigo> | null = null;

  const stored = (): StoredConnection => {
    const connection = deps.settings.load();
    return deps.envBaseUrl ? { ...connection, baseUrl: deps.envBaseUrl } : connection;
  };

  const accessKeyOf = async (connection: StoredConnection): Promise<string | null> =>
    connection.username ? deps.secrets.get(secretAccount(connection.baseUrl, connection.username)) : null;

  const isLive = async (connection: StoredConnection): Promise<boolean> =>
    connection.mode === 'siigo' && connection.username !== null && (await accessKeyOf(connection)) !== null;

  const demoSiigo = (): Promise<DemoSiigo> => {
    demo ??= deps.startDemo().catch((error: unknown) => {
      demo = null;
      throw error;
    });
    return demo;
  };

  async function build(): Promise<Active> {
    const connection = stored();
    if (await isLive(connection)) {
      const client = createSiigoClient({
        ...deps.clientOptions,
        baseUrl: connection.baseUrl,
        partnerId: connection.partnerId,
        credentials: async () => {
          const current = stored();
          const accessKey = await accessKeyOf(current);
          return current.username && accessKey ? { username: current.username, accessKey } : null;
        },
      });
      return { client, mode: 'siigo', baseUrl: connection.baseUrl };
    }
    const sandbox = await demoSiigo();
    const client = createSiigoClient({
      ...deps.clientOptions,
      baseUrl: sandbox.url,
      partnerId: connection.partnerId,
      credentials: async () => ({ username: sandbox.credentials.username, accessKey: sandbox.credentials.access_key }),
    });
    return { client, mode: 'demo', baseUrl: sandbox.url };
  }

  const current = (): Promise<Active> => {
    active ??= build().catch((error: unknown) => {
      active = null;
      throw error;
    });
    return active;
  };

  async function reset(): Promise<void> {
    const previous = active;
    active = null;
    if (previous) (await previous.catch(() => null))?.client.close();
  }

  return {
    async info() {
      const connection = stored();
      const live = await isLive(connection);
      return {
        mode: live ? 'siigo' : 'demo',
        baseUrl: live ? connection.baseUrl : (await current()).baseUrl,
        partnerId: connection.partnerId,
        username: connection.username,
        hasAccessKey: (await accessKeyOf(connection)) !== null,
      };
    },
    client: async () => (await current()).client,
    async update(settings) {
      const previous = deps.settings.load();
      if (settings.mode === 'demo') {
        deps.settings.save({ ...previous, mode: 'demo' });
      } else {
        const next: StoredConnection = {
          mode: 'siigo',
          baseUrl: settings.baseUrl,
          partnerId: settings.partnerId,
          username: settings.username,
        };
        if (settings.accessKey !== undefined) {
          const baseUrl = deps.envBaseUrl ?? settings.baseUrl;
          await deps.secrets.set(secretAccount(baseUrl, settings.username), settings.accessKey);
        }
        deps.settings.save(next);
      }
      await reset();
      return this.info();
    },
    async close() {
      await reset();
      const sandbox = demo;
      demo = null;
      if (sandbox) await (await sandbox.catch(() => null))?.close();
    },
  };
}
