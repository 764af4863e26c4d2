import '../../support/dom-env';
// React: updates in these tests happen inside act().
(globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { heldOutbox } from '../../support/held-outbox';
import { useApp } from '../../../../src-renderer/app/app-store';
import { ServicesContext, type Services } from '../../../../src-renderer/app/services';
import { createMirrorSync } from '../../../../src-renderer/sync/pull/mirror-sync';
import { startHarness, type Harness } from '../../support/harness';

/**
 * A sandbox-backed mirror for screen tests: one harness per file (a pull takes a moment), the
 * documents and outbox emptied before each test so every test starts a fresh sale.
 */
export interface ScreenHarness {
  h: Harness;
  services: Services;
  triggers: { count: number };
}

export async function startScreenHarness(): Promise<ScreenHarness> {
  const h = await startHarness({ size: { customers: 30, products: 60 } });
  const mirror = createMirrorSync({ db: h.db, bridge: h.bridge });
  await mirror.pull();
  const { outbox, passes } = heldOutbox(h);
  const triggers = {
    get count() {
      return passes.length;
    },
  };
  const services = {
    company: { id: h.company, name: 'Empresa de prueba' },
    db: h.db,
    bridge: h.bridge,
    mirror,
    pulls: { pullNow: async () => undefined, start: () => undefined, reconnected: () => undefined },
    // The screen asks the outbox to send after a confirm; sending itself is tested elsewhere.
    outbox,
  } as unknown as Services;
  return { h, services, triggers };
}

/**
 * The harness for one test file: started once, closed after the file, its documents emptied
 * before each test. Its fields are there from the first test on.
 */
export function screenHarnessPerFile(): ScreenHarness {
  const s = {} as ScreenHarness;
  beforeAll(async () => {
    Object.assign(s, await startScreenHarness());
  });
  afterAll(async () => {
    await s.h.close();
  });
  beforeEach(async () => {
    await resetDocuments(s);
  });
  return s;
}

export async function resetDocuments(s: ScreenHarness): Promise<void> {
  cleanup();
  // Unmounting saves the draft being typed: let that land before clearing.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await s.h.db.documents.clear();
  await s.h.db.outbox.clear();
  useApp.setState({ navigation: { screen: 'venta' } });
}

export function renderWith(services: Services, ui: ReactNode) {
  return render(<ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>);
}

/** Active products with a barcode and only line taxes, as the sandbox seeded them. */
export function scannable(s: ScreenHarness) {
  return s.h.sandbox.store.products.filter((p) => p.active && p.additional_fields?.barcode && p.taxes.every((t) => t.type === 'IVA' || t.type === 'Impoconsumo'));
}

export function customerWithContacts(s: ScreenHarness) {
  const customer = s.h.sandbox.store.customers.find((c) => c.active !== false && (c.contacts ?? []).length > 0 && (c.branch_office ?? 0) === 0);
  if (!customer) throw new Error('no customer with contacts in the sandbox');
  return customer;
}
