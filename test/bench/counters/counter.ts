import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { companyDatabaseName, siigoCompanyId } from '../../../src-shared/company';
import { companyTransport, createBridgeClient, type BridgeClient, type BridgeTransport } from '../../../src-shared/ipc/client';
import { createConnectionService, type ConnectionServiceDeps } from '../../../src-main/connection/connection-service';
import { memorySecretStore, secretAccount } from '../../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../../src-main/connection/settings';
import { headlessDesktop } from '../../../src-main/desktop/headless';
import { createDispatcher } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { memoryCompanyJournals } from '../../../src-main/journal/company-journals';
import { RateLimiterRegistry, type LogEntry, type RateLimitConfig, type SlidingWindowRateLimiter } from '../../../src-main/siigo';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { MostradorDB } from '../../../src-renderer/data/db';
import { createOutboxSync, type OutboxSyncOptions } from '../../../src-renderer/sync/outbox-sync';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { createPullScheduler } from '../../../src-renderer/sync/pull/pull-scheduler';
import type { DianStatusChange } from '../../../src-renderer/sync/stamp/stamp-watch';
import type { ScaledClock } from './scaled-clock';

/**
 * What differs between today's design and the issue's: the limiter's adaptation and starting
 * share, and how the stamp watch asks for DIAN statuses.
 */
export interface CounterDesign {
  adaptive: boolean;
  /** How many counters the administrator said share the account (Ajustes); 1 = not stated. */
  startingShare: number;
  checkBy: 'list' | 'each';
  /** Siigo ms between list checks (new design). */
  listIntervalMs: number;
}

export interface Counter {
  /** 1-based, as a shop numbers its counters. */
  number: number;
  /** Sent as Partner-Id by this counter only, so the sandbox's request log splits by counter. */
  partnerId: string;
  db: MostradorDB;
  bridge: BridgeClient;
  outbox: ReturnType<typeof createOutboxSync>;
  mirror: ReturnType<typeof createMirrorSync>;
  pulls: ReturnType<typeof createPullScheduler>;
  /** This PC's own limiter (its own registry: separate PCs share nothing but Siigo). */
  limiter: SlidingWindowRateLimiter;
  /** Siigo time at which each document's DIAN answer reached this counter. */
  dianKnownAt: Map<string, { at: number; status: DianStatusChange['status'] }>;
  /** Real ms spent in HTTP by interactive requests so far (a look-up's call minus this: its whole wait). */
  interactiveHttpMs(): number;
  /** Real ms interactive requests waited for a slot of the limiter so far. */
  interactiveLimiterWaitMs(): number;
  /** HTTP attempts of the outbox's probes so far (`GET /v1/document-types?type=FV`, retries included). */
  probeAttempts(): number;
  pullErrors(): number;
  offline(): void;
  online(): void;
  close(): Promise<void>;
}

export interface CounterOptions {
  sandbox: Sandbox;
  number: number;
  clock: ScaledClock;
  design: CounterDesign;
  /** Siigo ms between the mirror's timed pulls (the app's 5 minutes). */
  pullIntervalMs: number;
}

/**
 * One counter as a PC runs it: its own database (fake-indexeddb), main's real connection service,
 * handlers and Siigo client with its own limiter, a bridge that serialises like IPC and can go
 * offline (Siigo unreachable, main still there), its own outbox sync (replay + stamp watch) and
 * mirror pull scheduler. Every clock and timer is Siigo time through `clock`.
 */
export function startCounter(options: CounterOptions): Counter {
  const { sandbox, clock, design } = options;
  const partnerId = `MostradorCaja${options.number}`;
  const username = sandbox.credentials.username;
  const rateLimit: RateLimitConfig = {
    requests: 100,
    windowMs: clock.toRealMs(60_000),
    adaptive: design.adaptive,
    startingShare: design.startingShare,
  };
  const registry = new RateLimiterRegistry();
  // Created here with this design's config so the counter can read its state; the client finds it.
  const limiter = registry.forCompany(sandbox.url, username, rateLimit);
  // Time every interactive wait for a slot: the look-up figure is the wait in the limiter itself.
  let interactiveWaitMs = 0;
  const acquire = limiter.acquire.bind(limiter);
  limiter.acquire = (priority, acquireOptions) => {
    if (priority !== 'interactive') return acquire(priority, acquireOptions);
    const started = performance.now();
    return acquire(priority, acquireOptions).finally(() => {
      interactiveWaitMs += performance.now() - started;
    });
  };
  let interactiveHttpMs = 0;
  /** Probes under way, and every attempt they made (a probe refused with 429 is retried). */
  let probing = 0;
  let probeAttempts = 0;
  const log = (entry: LogEntry) => {
    if (entry.msg !== 'siigo request') return;
    if (entry['priority'] === 'interactive') interactiveHttpMs += Number(entry['durationMs'] ?? 0);
    // The probe asks for the FV document types; a catalog pull (hourly) may overlap, rarely.
    if (probing > 0 && String(entry['path']).startsWith('/v1/document-types')) probeAttempts += 1;
  };
  const clientOptions: NonNullable<ConnectionServiceDeps['clientOptions']> = {
    rateLimit,
    rateLimiters: registry,
    log,
    // The client's defaults (1 s base, 30 s cap) in Siigo time.
    retry: { baseDelayMs: clock.toRealMs(1_000), maxDelayMs: clock.toRealMs(30_000) },
  };
  const secrets = memorySecretStore();
  void secrets.set(secretAccount(sandbox.url, username), sandbox.credentials.access_key);
  const connection = createConnectionService({
    settings: memoryConnectionSettings({ mode: 'siigo', baseUrl: sandbox.url, partnerId, username }),
    secrets,
    startDemo: () => Promise.reject(new Error('A counter of the bench never uses demo mode')),
    clientOptions,
  });
  const journals = memoryCompanyJournals();
  const company = siigoCompanyId(sandbox.url, username);
  const dispatch = createDispatcher(createHandlers({ connection, journals, app: { name: 'Mostrador', version: 'bench', platform: 'node' }, ...headlessDesktop() }));
  let reachable = true;
  const transport: BridgeTransport = {
    async invoke(channel, input, meta) {
      // Siigo unreachable; main and its journal are still there.
      if (!reachable && !channel.startsWith('journal:')) {
        return { ok: false, failure: { kind: 'offline', message: 'Sin conexión (banco de pruebas)', retryable: true, errors: [] } };
      }
      const probe = channel === 'connection:probe';
      if (probe) probing += 1;
      try {
        return JSON.parse(JSON.stringify(await dispatch(channel, input === undefined ? undefined : JSON.parse(JSON.stringify(input)), meta)));
      } finally {
        if (probe) probing -= 1;
      }
    },
    invokeBytes: () => Promise.reject(new Error('The bench relays no bytes')),
    subscribe: () => () => {},
  };
  const bridge = createBridgeClient(companyTransport(transport, company));
  const db = new MostradorDB(companyDatabaseName(company), { indexedDB: new IDBFactory(), IDBKeyRange });
  const dianKnownAt = new Map<string, { at: number; status: DianStatusChange['status'] }>();
  const outboxOptions: OutboxSyncOptions = {
    db,
    bridge,
    now: clock.now,
    timers: clock.timers,
    onDianChange: (change) => dianKnownAt.set(change.documentId, { at: clock.now(), status: change.status }),
    checkBy: design.checkBy,
    listIntervalMs: design.listIntervalMs,
  };
  const outbox = createOutboxSync(outboxOptions);
  const mirror = createMirrorSync({ db, bridge, now: () => new Date(clock.now()) });
  let pullErrors = 0;
  const pulls = createPullScheduler({
    // "Actualizar catálogos" asks for forced catalogs through the scheduler; timed runs ask for nothing.
    run: (request?: { forceCatalogs?: boolean }) => mirror.pull(request ?? {}),
    intervalMs: clock.toRealMs(options.pullIntervalMs),
    onError: () => {
      pullErrors += 1;
    },
  });
  return {
    number: options.number,
    partnerId,
    db,
    bridge,
    outbox,
    mirror,
    pulls,
    limiter,
    dianKnownAt,
    interactiveHttpMs: () => interactiveHttpMs,
    interactiveLimiterWaitMs: () => interactiveWaitMs,
    probeAttempts: () => probeAttempts,
    pullErrors: () => pullErrors,
    offline: () => {
      reachable = false;
    },
    online: () => {
      reachable = true;
    },
    async close() {
      pulls.stop();
      outbox.stop();
      // A pass or pull still running would fail on the closed database with nobody awaiting it.
      const quietBy = performance.now() + 10_000;
      while ((outbox.status().running || pulls.running) && performance.now() < quietBy) await new Promise((resolve) => setTimeout(resolve, 20));
      db.close();
      await connection.close();
    },
  };
}
