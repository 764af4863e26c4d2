import { demoCompany, siigoCompanyId, siigoCompanyName, type Company, type CompanyId } from '../../src-shared/company';
import type { ConnectionInfo, ConnectionSettings } from '../../src-shared/ipc/contract';
import { AuthError, createSiigoClient, WrongCompanyError, type SiigoClient, type SiigoClientOptions } from '../siigo';
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
  /** Which company, and in which mode, every call goes to now: read from the settings, nothing started. */
  identity(): Pick<ConnectionInfo, 'mode' | 'company'>;
  /**
   * The client for the current connection; rebuilt after `update`. With `company`, only if that
   * is the company connected now: otherwise it throws `WrongCompanyError` and nothing is sent.
   */
  client(company?: CompanyId): Promise<SiigoClient>;
  /**
   * Connects another account or goes back to demo. A real account is tested with Siigo first and
   * saved only when Siigo accepts it: a failed test throws and changes nothing.
   */
  update(settings: ConnectionSettings): Promise<ConnectionInfo>;
  close(): Promise<void>;
}

interface Active {
  client: SiigoClient;
  mode: 'demo' | 'siigo';
  baseUrl: string;
  company: Company;
}

/**
 * Decides which Siigo the app talks to. Invariants:
 * - the company is what the user chose and nothing else: a real account whose access key is
 *   missing (keychain unavailable, key forgotten) stays that company, and its calls fail as
 *   `auth` until the key is entered; it never falls back to demo by itself;
 * - demo mode (the embedded sandbox) is entered only when the user chose it, or before any real
 *   account was ever connected;
 * - credentials are stored only after Siigo accepted them.
 */
export function createConnectionService(deps: ConnectionServiceDeps): ConnectionService {
  let active: Promise<Active> | null = null;
  let demo: Promise<DemoSiigo> | null = null;

  const stored = (): StoredConnection => {
    const connection = deps.settings.load();
    return deps.envBaseUrl ? { ...connection, baseUrl: deps.envBaseUrl } : connection;
  };

  const accessKeyOf = async (connection: StoredConnection): Promise<string | null> =>
    connection.username ? deps.secrets.get(secretAccount(connection.baseUrl, connection.username)).catch(() => null) : null;

  const isReal = (connection: StoredConnection): connection is StoredConnection & { username: string } =>
    connection.mode === 'siigo' && connection.username !== null;

  const companyOf = (connection: StoredConnection): Company =>
    isReal(connection)
      ? { id: siigoCompanyId(connection.baseUrl, connection.username), name: siigoCompanyName(connection.baseUrl, connection.username) }
      : demoCompany;

  const demoSiigo = (): Promise<DemoSiigo> => {
    demo ??= deps.startDemo().catch((error: unknown) => {
      demo = null;
      throw error;
    });
    return demo;
  };

  const realClient = (connection: StoredConnection & { username: string }, credentials: SiigoClientOptions['credentials']) =>
    createSiigoClient({ ...deps.clientOptions, baseUrl: connection.baseUrl, partnerId: connection.partnerId, credentials });

  async function build(): Promise<Active> {
    const connection = stored();
    if (isReal(connection)) {
      const company = companyOf(connection);
      const client = realClient(connection, async () => {
        // Re-read at every login: the key may be entered (or the keychain come back) later.
        const current = stored();
        if (!isReal(current) || companyOf(current).id !== company.id) return null;
        const accessKey = await accessKeyOf(current);
        return accessKey ? { username: current.username, accessKey } : null;
      });
      return { client, mode: 'siigo', baseUrl: connection.baseUrl, company };
    }
    const sandbox = await demoSiigo();
    const client = createSiigoClient({
      ...deps.clientOptions,
      baseUrl: sandbox.url,
      partnerId: connection.partnerId,
      credentials: async () => ({ username: sandbox.credentials.username, accessKey: sandbox.credentials.access_key }),
    });
    return { client, mode: 'demo', baseUrl: sandbox.url, company: demoCompany };
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

  /** Siigo's own answer to these credentials, before anything is stored. */
  async function testCandidate(connection: StoredConnection & { username: string }, accessKey: string): Promise<void> {
    const client = realClient(connection, async () => ({ username: connection.username, accessKey }));
    try {
      await client.testConnection();
    } finally {
      client.close();
    }
  }

  const identityOf = (connection: StoredConnection) =>
    ({ mode: isReal(connection) ? 'siigo' : 'demo', company: companyOf(connection) }) as const;

  return {
    identity: () => identityOf(stored()),
    async info() {
      const connection = stored();
      const real = isReal(connection);
      const hasAccessKey = (await accessKeyOf(connection)) !== null;
      return {
        ...identityOf(connection),
        baseUrl: real ? connection.baseUrl : (await current()).baseUrl,
        partnerId: connection.partnerId,
        username: connection.username,
        hasAccessKey,
        needsAccessKey: real && !hasAccessKey,
      };
    },
    async client(company) {
      const now = await current();
      if (company !== undefined && company !== now.company.id) throw new WrongCompanyError();
      return now.client;
    },
    async update(settings) {
      const previous = deps.settings.load();
      if (settings.mode === 'demo') {
        deps.settings.save({ ...previous, mode: 'demo' });
      } else {
        const next: StoredConnection & { username: string } = {
          mode: 'siigo',
          baseUrl: settings.baseUrl,
          partnerId: settings.partnerId,
          username: settings.username,
        };
        const effective = deps.envBaseUrl ? { ...next, baseUrl: deps.envBaseUrl } : next;
        const accessKey = settings.accessKey ?? (await accessKeyOf(effective));
        if (accessKey === null) throw new AuthError('No access key was entered for this API user.');
        await testCandidate(effective, accessKey);
        if (settings.accessKey !== undefined) {
          await deps.secrets.set(secretAccount(effective.baseUrl, settings.username), settings.accessKey);
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
