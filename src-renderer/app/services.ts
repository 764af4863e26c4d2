import { createContext, useContext } from 'react';
import { companyDatabaseName, type Company } from '../../src-shared/company';
import { companyTransport, createBridgeClient, type BridgeClient } from '../../src-shared/ipc/client';
import type { ConnectionInfo } from '../../src-shared/ipc/contract';
import { transport } from '../bridge';
import { MostradorDB } from '../data/db';
import { mirrorSearch } from '../data/mirror/search-index';
import { requestPersistentStorage } from '../data/storage';
import { createOutboxSync, type LastSyncStore } from '../sync/outbox-sync';
import { createMirrorSync, type MirrorSync } from '../sync/pull/mirror-sync';
import { createPullScheduler } from '../sync/pull/pull-scheduler';
import { workerFullPulls } from '../sync/pull/full-pull-relay';
import { useApp } from './app-store';
import { recordBacklog } from './company-backlogs';
import { countOutbox } from '../data/outbox/counts';

/**
 * Everything a screen needs besides React, for the ONE company this window works on: its
 * database, a bridge whose every call names it, the sync engines. Another company means another
 * window load (see `switchCompany`).
 */
export interface Services {
  company: Company;
  db: MostradorDB;
  bridge: BridgeClient;
  mirror: MirrorSync;
  pulls: ReturnType<typeof createPullScheduler>;
  outbox: ReturnType<typeof createOutboxSync>;
}

/** The last complete sync of a company, kept in the window's storage so a reload shows it at once. */
function lastSyncStore(company: Company): LastSyncStore {
  const key = `mostrador:last-sync:${company.id}`;
  return {
    load: () => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    save: (at) => {
      try {
        localStorage.setItem(key, at);
      } catch {
        // Only a convenience: the next sync sets it again.
      }
    },
  };
}

export function createServices(connection: ConnectionInfo): Services {
  const company = connection.company;
  const db = new MostradorDB(companyDatabaseName(company.id));
  const ownTransport = companyTransport(transport, company.id);
  const bridge = createBridgeClient(ownTransport);
  const mirror = createMirrorSync({ db, bridge, fullPulls: workerFullPulls(ownTransport) });
  const app = useApp.getState();
  const pulls = createPullScheduler({
    run: async (request) => {
      app.set({ mirror: { ...useApp.getState().mirror, pulling: true, error: null } });
      try {
        // Catalogs only when older than an hour, unless "Actualizar catálogos" asked (forceCatalogs).
        await mirror.pull(request);
        app.set({ mirror: { ...useApp.getState().mirror, pulling: false, lastPullAt: new Date().toISOString() } });
        window.dispatchEvent(new CustomEvent('mostrador:mirror-pulled'));
      } catch (error) {
        // Stopped on purpose (a snapshot load holds the pulls): not a failure to show.
        const shown = request.signal.aborted ? null : error instanceof Error ? error.message : String(error);
        app.set({ mirror: { ...useApp.getState().mirror, pulling: false, error: shown } });
        throw error;
      }
    },
  });
  // Main turns these reports into the tray icon and the desktop notifications (no-ops in the browser preview).
  const report = (promise: Promise<unknown>) => void promise.catch(() => undefined);
  const outbox = createOutboxSync({
    db,
    bridge,
    lastSync: lastSyncStore(company),
    onStatus: (status) => {
      useApp.getState().set({ outbox: status });
      if (!status.running) recordBacklog({ company, waiting: status.pending + status.needsAttention });
      const mode = useApp.getState().connection?.mode ?? 'demo';
      const { lastReport, journalBehind: _journalBehind, ...rest } = status;
      report(
        bridge.invoke('shell:sync-status', {
          mode,
          ...rest,
          reachable: rest.reachable ?? false,
          lastReport: lastReport ? { sent: lastReport.sent, failed: lastReport.failed, paused: lastReport.paused } : null,
        }),
      );
      window.dispatchEvent(new CustomEvent('mostrador:outbox', { detail: status }));
    },
    onDianChange: (change) => {
      useApp.getState().pushDian([change]);
      report(bridge.invoke('shell:dian-changes', { changes: [change] }));
      window.dispatchEvent(new CustomEvent('mostrador:dian', { detail: change }));
    },
    onNeedsAttention: (documents) => report(bridge.invoke('shell:needs-attention', { documents })),
  });
  mirror.onProgress((progress) => {
    const current = useApp.getState().mirror;
    useApp.getState().set({ mirror: { ...current, progress: { ...current.progress, [progress.entity]: progress } } });
  });
  useApp.getState().set({ connection });
  return { company, db, bridge, mirror, pulls, outbox };
}

/**
 * After main switched to another company: this window's services belong to the old one, so the
 * window starts again on the new company's database. Nothing is lost: every document is in its
 * own company's database and journal.
 */
export function switchCompany(services: Services, next: ConnectionInfo): boolean {
  if (next.company.id === services.company.id) return false;
  services.outbox.stop();
  services.pulls.stop();
  // What this company leaves waiting, counted now (a sync pass may not have counted the last sale).
  void countOutbox(services.db)
    .then((counts) => recordBacklog({ company: services.company, waiting: counts.pending + counts.needsAttention }))
    .catch(() => undefined)
    .finally(() => window.location.reload());
  return true;
}

/**
 * The search indexes load after the first screen is usable: loading them from the start delays
 * a cold start (docs/decisions/0012-search-index-warm-up-and-cold-start.md).
 */
const SEARCH_WARM_UP_AFTER_MS = 1_500;

/**
 * Starts the app's background work: persistent storage, connection info and events, the mirror's
 * pulls and the outbox (which first restores from main's journal). A reconnection triggers both.
 */
const started = new WeakSet<Services>();

export async function startServices(services: Services): Promise<void> {
  // React's StrictMode runs effects twice in development: start once.
  if (started.has(services)) return;
  started.add(services);
  void requestPersistentStorage();
  // The search indexes load in slices in the background, so the first word typed finds them
  // ready. They start once the first screen has had its own reads (a search before that loads
  // its index at once) and rest while keys arrive, so scans at the counter come first.
  const search = mirrorSearch(services.db);
  window.addEventListener('keydown', () => search.noteKey(), { capture: true, passive: true });
  setTimeout(() => {
    void search.preload('products').then(() => search.preload('customers')).catch(() => undefined);
  }, SEARCH_WARM_UP_AFTER_MS);
  const app = useApp.getState();
  const settings = await services.bridge.invoke('settings:get', undefined);
  app.set({ settings });
  services.outbox.setPaused(settings.desktop.syncPaused);
  // The tray's menu and the OS (resume from sleep, network back) speak through these commands.
  services.bridge.subscribe('shell:command', (command) => {
    switch (command.command) {
      case 'sync-now':
        void services.pulls.pullNow().catch(() => undefined);
        void services.outbox.trigger();
        break;
      case 'pause-sync':
      case 'resume-sync':
        services.outbox.setPaused(command.command === 'pause-sync');
        break;
      case 'open-document':
        useApp.getState().go('documentos', command.documentId);
        break;
      case 'show-attention':
        useApp.getState().showNeedingAttention();
        break;
    }
  });
  services.bridge.subscribe('connection:status', (status) => {
    // Main works on another company now (connected from another window): follow it. Nothing of
    // this company is lost or sent meanwhile: main refuses this window's calls.
    if (status.company !== services.company.id) {
      void services.bridge.invoke('connection:get', undefined).then((next) => switchCompany(services, next), () => undefined);
      return;
    }
    const wasOffline = useApp.getState().link === 'offline';
    useApp.getState().set({ link: status.state });
    if (wasOffline && status.state === 'online') {
      services.pulls.reconnected();
      void services.outbox.trigger();
    }
  });
  window.addEventListener('online', () => {
    services.pulls.reconnected();
    void services.outbox.trigger();
  });
  services.pulls.start();
  await services.outbox.start();
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
