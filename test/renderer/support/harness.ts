import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { companyDatabaseName, siigoCompanyId } from '../../../src-shared/company';
import { companyTransport, createBridgeClient, type BridgeClient, type BridgeTransport } from '../../../src-shared/ipc/client';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { createConnectionService, type ConnectionService } from '../../../src-main/connection/connection-service';
import { memorySecretStore, secretAccount } from '../../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../../src-main/connection/settings';
import { createDispatcher } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { headlessDesktop } from '../../../src-main/desktop/headless';
import { memoryCompanyJournals } from '../../../src-main/journal/company-journals';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src-main/siigo-sandbox';
import { MostradorDB } from '../../../src-renderer/data/db';

export interface Harness {
  sandbox: Sandbox;
  connection: ConnectionService;
  /** The renderer's typed bridge, wired in-process to the real main-process handlers. */
  bridge: BridgeClient;
  /** A fresh database in a private fake-indexeddb (one per harness). */
  db: MostradorDB;
  /** The company of the sandbox's connection, which the database and the bridge belong to. */
  company: string;
  /** Main's outbox journal of the harness's company (in memory here); it outlives database reopen and loss. */
  journal: { append(entries: JournalEntry[]): Promise<void>; read(): Promise<JournalEntry[]> };
  /** The bridge's transport with no company attached (to check main's company guard). */
  rawTransport: BridgeTransport;
  /** Closes and reopens the same database, as after a crash or reload. */
  reopen(): Promise<MostradorDB>;
  /** Deletes the database and opens an empty one, as when IndexedDB is lost or corrupted. */
  wipe(): Promise<MostradorDB>;
  /** Another PC of the same company: its own empty database, the same Siigo and journal-less main. */
  secondPc(): MostradorDB;
  /** Simulates losing the connection: every bridge call fails as offline until `online()`. */
  offline(): void;
  online(): void;
  close(): Promise<void>;
}


/**
 * Renderer code (Dexie + sync) as it runs in the app, but in Node: real main-process handlers
 * and Siigo client over real loopback HTTP to the sandbox, fake-indexeddb instead of Chromium's.
 * The sandbox's rate limit defaults high so tests run in seconds; the client uses the same.
 */
export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const rateLimit = options.rateLimit ?? { requests: 6000, windowMs: 60_000 };
  const sandbox = await startSandbox({ port: 0, ...options, rateLimit });
  const settings = memoryConnectionSettings({
    mode: 'siigo',
    baseUrl: sandbox.url,
    partnerId: 'MostradorTest',
    username: sandbox.credentials.username,
  });
  const secrets = memorySecretStore();
  await secrets.set(secretAccount(sandbox.url, sandbox.credentials.username), sandbox.credentials.access_key);
  const connection = createConnectionService({
    settings,
    secrets,
    startDemo: () => Promise.reject(new Error('The harness never uses demo mode')),
    // Fixed, not adaptive: tests inject 429s at random to exercise retries, not congestion, and the
    // adaptive limiter would rightly shrink to a trickle for minutes (its own tests: test/main/siigo).
    clientOptions: { rateLimit: { ...rateLimit, adaptive: false }, retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 50 }, timeouts: { readMs: 2000, writeMs: 2000 } },
  });
  const journals = memoryCompanyJournals();
  const company = siigoCompanyId(sandbox.url, sandbox.credentials.username);
  const journal = { append: (entries: JournalEntry[]) => journals.append(entries), read: () => journals.read(company) };
  const dispatch = createDispatcher(createHandlers({ connection, journals, app: { name: 'Mostrador', version: 'test', platform: 'node' }, ...headlessDesktop() }));
  let reachable = true;
  const rawTransport: BridgeTransport = {
    async invoke(channel, input, meta) {
      // Offline means Siigo is unreachable; main (and its journal) is always there.
      if (!reachable && !channel.startsWith('journal:')) {
        return { ok: false, failure: { kind: 'offline', message: 'Sin conexión (prueba)', retryable: true, errors: [] } };
      }
      // Serialise both ways like the real IPC does.
      return JSON.parse(JSON.stringify(await dispatch(channel, input === undefined ? undefined : JSON.parse(JSON.stringify(input)), meta)));
    },
    async invokeBytes() {
      throw new Error('The harness relays no bytes');
    },
    subscribe: () => () => {},
  };
  const bridge = createBridgeClient(companyTransport(rawTransport, company));
  const indexedDB = new IDBFactory();
  const name = companyDatabaseName(company);
  const open = () => new MostradorDB(name, { indexedDB, IDBKeyRange });
  const harness: Harness = {
    sandbox,
    connection,
    bridge,
    company,
    journal,
    rawTransport,
    db: open(),
    async reopen() {
      harness.db.close();
      harness.db = open();
      await harness.db.open();
      return harness.db;
    },
    async wipe() {
      harness.db.close();
      await harness.db.delete();
      harness.db = open();
      await harness.db.open();
      return harness.db;
    },
    secondPc: () => new MostradorDB(name, { indexedDB: new IDBFactory(), IDBKeyRange }),
    offline: () => {
      reachable = false;
    },
    online: () => {
      reachable = true;
    },
    async close() {
      harness.db.close();
      await connection.close();
      await sandbox.close();
    },
  };
  return harness;
}
