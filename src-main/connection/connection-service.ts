import { demoCompany, siigoCompanyId, siigoCompanyName, type Company, type CompanyId } from '../../src-shared/company';
import type { ConnectionInfo, ConnectionSettings } from '../../src-shared/ipc/contract';
import {
  AuthError,
  createSiigoClient,
  defaultRateLimit,
  InvalidInputError,
  isSiigoAddressForKeys,
  normalizeBaseUrl,
  WrongCompanyError,
  type SiigoClient,
  type SiigoClientOptions,
} from '../siigo';
import { savedAccessKey, secretAccount, type SecretStore } from './secret-store';
import type { ConnectionSettingsStore, StoredConnection } from './settings';

/** The embedded sandbox as the connection needs it (demo mode). */
export interface DemoSiigo {
  url: string;
  credentials: { username: string; access_key: string };
  close(): Promise<void>;
}

export interface ConnectionServiceDeps {
  /**
   * `countersSharingAccount` (Ajustes › Administración): the starting share of the company's rate
   * limiter, read when a client is built; a limiter already made for the company keeps its own.
   */
  settings: ConnectionSettingsStore & { countersSharingAccount?: () => number };
  secrets: SecretStore;
  /**
   * SIIGO_API_URL: overrides the stored base URL, e.g. to point the app at a proxy. Like any
   * address it must be https (or http to this computer): otherwise every call of a real company
   * and every `update` fails as invalid_input, naming SIIGO_API_URL, and the key is never read
   * for it nor sent.
   */
  envBaseUrl?: string | undefined;
  startDemo: () => Promise<DemoSiigo>;
  clientOptions?: Pick<SiigoClientOptions, 'log' | 'rateLimit' | 'rateLimiters' | 'retry' | 'timeouts'>;
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
 * - credentials are stored only after Siigo accepted them;
 * - an access key only ever goes to the address and user it was saved for (https, or http to this
 *   computer): changing the address or the user asks for the key again, and nothing is sent to
 *   the new address until it is typed.
 */
export function createConnectionService(deps: ConnectionServiceDeps): ConnectionService {
  let active: Promise<Active> | null = null;
  let demo: Promise<DemoSiigo> | null = null;

  const withEnv = <T extends StoredConnection>(connection: T): T =>
    deps.envBaseUrl ? { ...connection, baseUrl: deps.envBaseUrl } : connection;

  const stored = (): StoredConnection => withEnv(deps.settings.load());

  /** The key saved for the stored connection (moving an earlier version's entry, see savedAccessKey). */
  const accessKeyOf = async (connection: StoredConnection): Promise<string | null> =>
    connection.username ? savedAccessKey(deps.secrets, connection.baseUrl, connection.username).catch(() => null) : null;

  /** SIIGO_API_URL names an address the key may not go to: refused, with the variable named. */
  const envRefusal = (): InvalidInputError | null =>
    deps.envBaseUrl === undefined || deps.envBaseUrl === '' || isSiigoAddressForKeys(deps.envBaseUrl)
      ? null
      : new InvalidInputError(
          'SIIGO_API_URL must be an https address (plain http only to this computer); the access key is not sent there, and nothing was sent.',
          {
            errors: [
              {
                Code: 'invalid_url',
                Message: 'SIIGO_API_URL (la dirección de la API con que se abrió el programa): debe empezar por https:// (solo se permite http:// para una dirección local de pruebas). No se envió la llave de acceso.',
              },
            ],
          },
        );

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
    createSiigoClient({ ...deps.clientOptions, ...sharedRateLimit(), baseUrl: connection.baseUrl, partnerId: connection.partnerId, credentials });

  /**
   * The configured rate limit with this PC's starting share of it (counters sharing the account),
   * unless the options already name a share (the bench, tests).
   */
  const sharedRateLimit = (): Pick<SiigoClientOptions, 'rateLimit'> => {
    const share = deps.settings.countersSharingAccount?.();
    const configured = deps.clientOptions?.rateLimit;
    if (share === undefined || configured?.startingShare !== undefined) return {};
    return { rateLimit: { ...(configured ?? defaultRateLimit), startingShare: share } };
  };

  async function build(): Promise<Active> {
    const connection = stored();
    if (isReal(connection)) {
      const refusal = envRefusal();
      if (refusal) throw refusal;
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
      ...sharedRateLimit(),
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
        savedAccount: !real && connection.username !== null ? { baseUrl: connection.baseUrl, username: connection.username, hasAccessKey } : null,
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
        const effective = withEnv(next);
        const refusal = envRefusal();
        if (refusal) throw refusal;
        // Before any key is read: the contract refuses such an address already (defence in depth).
        normalizeBaseUrl(next.baseUrl);
        // The saved key only for the very account it was saved for: never sent to another
        // scheme, host, port, path or user. (Back to demo and then to the same company reuses it:
        // the saved connection keeps its address and user.)
        const saved = previous.username !== null ? withEnv({ ...previous, username: previous.username }) : null;
        const sameAccount = saved !== null && secretAccount(saved.baseUrl, saved.username) === secretAccount(effective.baseUrl, effective.username);
        const accessKey = settings.accessKey ?? (sameAccount ? await accessKeyOf(saved) : null);
        if (accessKey === null) throw missingKey(saved !== null && !sameAccount);
        await testCandidate(effective, accessKey);
        if (settings.accessKey !== undefined) {
          await deps.secrets.set(secretAccount(effective.baseUrl, effective.username), settings.accessKey);
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

/** No key typed and none saved for this account; `changed`: one is saved, for another address or user. */
function missingKey(changed: boolean): AuthError {
  return changed
    ? new AuthError('The API address or user changed: the access key must be entered again (the saved one is never sent to another address or user).', {
        errors: [{ Code: 'parameter_required', Message: 'Llave de acceso: ingrésela de nuevo, porque la dirección de la API o el usuario API cambiaron.' }],
      })
    : new AuthError('No access key was entered for this API user.', {
        errors: [{ Code: 'parameter_required', Message: 'Llave de acceso: escríbala (en Siigo Nube: Alianzas > Mi Credencial API).' }],
      });
}
