import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createConnectionService, type ConnectionService } from '../../src-main/connection/connection-service';
import { memorySecretStore, secretAccount } from '../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../src-main/connection/settings';
import { createDispatcher, type Dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { memoryCompanyJournals } from '../../src-main/journal/company-journals';
import { headlessDesktop } from '../../src-main/desktop/headless';
import { startSandbox, type FaultRule, type Sandbox } from '../../src-main/siigo-sandbox';
import { MostradorDB } from '../../src-renderer/data/db';
import { createReplayEngine } from '../../src-renderer/sync/replay/replay-engine';
import { companyDatabaseName, siigoCompanyId } from '../../src-shared/company';
import { companyTransport, createBridgeClient, type BridgeTransport } from '../../src-shared/ipc/client';
import type { JournalEntry } from '../../src-shared/ipc/contract';
import type { Harness } from '../renderer/support/harness';

/** One company as the soak drives it: its Siigo, and this PC's database and bridge for it. */
export type SoakCompany = Pick<Harness, 'sandbox' | 'db' | 'bridge' | 'company' | 'journal'>;

/**
 * Two companies on one PC and one main process, as a shop with two businesses lives it. Main can
 * be restarted (`restartMain`): calls in flight lose their answers, as the window's bridge does
 * when Electron's main process or the browser preview's server dies, and calls made while it is
 * down fail the same way. `connect` switches main to another company while both companies'
 * replay engines keep running: each engine only ever reaches its own company's Siigo.
 */
export async function startTwoCompanies(faults: readonly FaultRule[]) {
  const rateLimit = { requests: 6000, windowMs: 60_000 };
  const sandboxes: Sandbox[] = [
    await startSandbox({ port: 0, seed: 21, faults: [...faults], rateLimit, size: { customers: 500, products: 400 } }),
    await startSandbox({ port: 0, seed: 22, faults: [...faults], rateLimit, size: { customers: 500, products: 400 } }),
  ];
  const secrets = memorySecretStore();
  for (const sandbox of sandboxes) await secrets.set(secretAccount(sandbox.url, sandbox.credentials.username), sandbox.credentials.access_key);
  const settings = memoryConnectionSettings({ mode: 'siigo', baseUrl: sandboxes[0]!.url, partnerId: 'MostradorSoak', username: sandboxes[0]!.credentials.username });
  const journals = memoryCompanyJournals();

  const startMain = (): { connection: ConnectionService; dispatch: Dispatch } => {
    const connection = createConnectionService({
      settings,
      secrets,
      startDemo: () => Promise.reject(new Error('The soak never uses demo mode')),
      clientOptions: { rateLimit: { ...rateLimit, adaptive: false }, retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 50 }, timeouts: { readMs: 2000, writeMs: 2000 } },
    });
    return { connection, dispatch: createDispatcher(createHandlers({ connection, journals, app: { name: 'Mostrador', version: 'soak', platform: 'node' }, ...headlessDesktop() })) };
  };
  let main = startMain();
  let generation = 0;
  let down = false;
  let restarts = 0;
  let lostAnswers = 0;
  const mainTransport: BridgeTransport = {
    async invoke(channel, input, meta) {
      if (down) throw new TypeError('Failed to fetch');
      const started = generation;
      const answer = await main.dispatch(channel, input === undefined ? undefined : JSON.parse(JSON.stringify(input)), meta);
      // Main restarted while this call was out: the window never hears the answer.
      if (started !== generation) {
        lostAnswers += 1;
        throw new TypeError('Failed to fetch');
      }
      return JSON.parse(JSON.stringify(answer));
    },
    invokeBytes: () => Promise.reject(new Error('The soak relays no bytes')),
    subscribe: () => () => {},
  };

  const companies: SoakCompany[] = sandboxes.map((sandbox) => {
    const company = siigoCompanyId(sandbox.url, sandbox.credentials.username);
    return {
      sandbox,
      company,
      db: new MostradorDB(companyDatabaseName(company), { indexedDB: new IDBFactory(), IDBKeyRange }),
      bridge: createBridgeClient(companyTransport(mainTransport, company)),
      journal: { append: (entries: JournalEntry[]) => journals.append(entries), read: () => journals.read(company) },
    };
  });

  return {
    companies,
    restarts: () => restarts,
    /** Answers main had produced when it was restarted, which the window never received. */
    lostAnswers: () => lostAnswers,
    /** Main dies and comes back (its connection, rate limiter and tokens are new). */
    async restartMain(): Promise<void> {
      restarts += 1;
      generation += 1;
      down = true;
      const old = main;
      await old.connection.close();
      await new Promise((resolve) => setTimeout(resolve, 20));
      main = startMain();
      down = false;
    },
    /** Main connects to company `index`, as "Guardar conexión" does (retried through faults). */
    async connect(index: number): Promise<void> {
      const sandbox = sandboxes[index]!;
      for (let attempt = 0; ; attempt += 1) {
        try {
          // Another company's key is typed again, as Ajustes asks (a key never follows an address change).
          await main.connection.update({ mode: 'siigo', baseUrl: sandbox.url, partnerId: 'MostradorSoak', username: sandbox.credentials.username, accessKey: sandbox.credentials.access_key });
          return;
        } catch (error) {
          if (attempt > 30) throw error;
        }
      }
    },
    async close(): Promise<void> {
      for (const company of companies) company.db.close();
      await main.connection.close();
      for (const sandbox of sandboxes) await sandbox.close();
    },
  };
}

/**
 * Replays both companies' outboxes at once through the same main, switching main between the
 * companies and restarting it each time the connected company's Siigo has landed `step` more
 * documents, then lets each company finish while connected. Retry backoffs are let elapse.
 */
export async function replayTwoCompanies(pair: Awaited<ReturnType<typeof startTwoCompanies>>, step: number, switches: number): Promise<void> {
  let offset = 0;
  const now = () => Date.now() + offset;
  const engines = pair.companies.map((company) =>
    createReplayEngine({ db: company.db, bridge: company.bridge, company: company.company, journal: (entries) => company.journal.append(entries), now }),
  );
  const waitFor = async (sandbox: Sandbox, created: number, running: Promise<unknown>) => {
    let settled = false;
    void running.finally(() => (settled = true));
    while (!settled && sandbox.created().length < created) await new Promise((resolve) => setTimeout(resolve, 2));
  };
  for (let round = 0; round < switches; round += 1) {
    const index = round % 2;
    await pair.connect(index);
    const sandbox = pair.companies[index]!.sandbox;
    const running = Promise.all(engines.map((engine) => engine.run()));
    await waitFor(sandbox, sandbox.created().length + step, running);
    await pair.restartMain();
    await running;
    offset += 20 * 60_000;
  }
  for (const [index, company] of pair.companies.entries()) {
    await pair.connect(index);
    for (let pass = 0; pass < 80; pass += 1) {
      await engines[index]!.run();
      const unfinished = await Promise.all((['queued', 'sending', 'retrying', 'needs_attention'] as const).map((state) => company.db.outbox.where('state').equals(state).count()));
      if (unfinished.every((n) => n === 0)) break;
      offset += 20 * 60_000;
    }
  }
}
