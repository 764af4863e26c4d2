import '../../../support/dom-env';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { JournalEntry } from '../../../../../src-shared/ipc/contract';
import { useApp } from '../../../../../src-renderer/app/app-store';
import { ServicesContext, type Services } from '../../../../../src-renderer/app/services';
import { createOutboxSync } from '../../../../../src-renderer/sync/outbox-sync';
import { createMirrorSync } from '../../../../../src-renderer/sync/pull/mirror-sync';
import { createPullScheduler } from '../../../../../src-renderer/sync/pull/pull-scheduler';
import { useDocumentFilter } from '../../../../../src-renderer/screens/documentos/document-filter-store';
import { emptyFilter } from '../../../../../src-renderer/screens/documentos/document-filters';
import { startHarness, type Harness } from '../../../support/harness';

const initialApp = useApp.getState();

export interface ScreenHarness {
  h: Harness;
  services: Services;
  journal: (entries: JournalEntry[]) => Promise<void>;
  render(element: ReactElement): RenderResult;
  close(): Promise<void>;
}

/**
 * The screens as the app runs them, minus the window: the real services (Dexie on
 * fake-indexeddb, the outbox, the mirror) wired to main's real handlers and the sandbox.
 * Timers never fire on their own, so a test decides when anything is sent.
 */
export async function startScreenHarness(): Promise<ScreenHarness> {
  const h = await startHarness();
  const journal = (entries: JournalEntry[]) => h.journal.append(entries);
  const mirror = createMirrorSync({ db: h.db, bridge: h.bridge });
  // The last pull, so closing waits for one a screen started ("Guardar conexión", "Sincronizar ahora").
  let lastPull: Promise<void> = Promise.resolve();
  const pulls = createPullScheduler({ run: (request) => (lastPull = mirror.pull(request)), intervalMs: 0 });
  const outbox = createOutboxSync({ db: h.db, bridge: h.bridge, timers: { set: () => null, clear: () => undefined } });
  const services: Services = { company: { id: h.company, name: 'Empresa de prueba' }, db: h.db, bridge: h.bridge, mirror, pulls, outbox };
  useApp.setState(initialApp, true);
  useDocumentFilter.setState({ filter: emptyFilter });
  return {
    h,
    services,
    journal,
    render: (element) => render(<ServicesContext.Provider value={services}>{element}</ServicesContext.Provider>),
    async close() {
      cleanup();
      outbox.stop();
      // Let a sync started by the screen finish before its database and sandbox go away.
      await outbox.trigger().catch(() => undefined);
      await lastPull.catch(() => undefined);
      await h.close();
    },
  };
}
