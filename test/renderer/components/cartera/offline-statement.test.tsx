// Node environment + happy-dom document (see install-dom.ts): the sandbox is reached with Node's fetch.
import '../../support/node-dom';
import { cleanup, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { customerByIdentification } from '../../../../src-renderer/data/mirror/lookups';
import { CarteraScreen } from '../../../../src-renderer/screens/cartera/CarteraScreen';
import { createMirrorSync } from '../../../../src-renderer/sync/pull/mirror-sync';
import { fetchCustomerAccount } from '../../../../src-renderer/sync/pull/customer-account-pull';
import { formatCop } from '../../../../src-shared/money/format-cop';
import { startHarness, type Harness } from '../../support/harness';
import { renderScreen } from './render-screen';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ size: { customers: 60, products: 20 } });
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull({ only: ['customers'] });
});
afterAll(() => h.close());
afterEach(cleanup);

describe('Cartera offline', () => {
  it('shows the cached statement with the date it was fetched and says it is offline', async () => {
    const owing = h.sandbox.store.invoices.find((inv) => inv.balance > 0)!;
    const customer = (await customerByIdentification(h.db, owing.customer.identification, owing.customer.branch_office))!;
    // Fetched on 21/11/2026 at 10:32 Bogotá time (15:32 UTC), then the connection drops.
    const account = await fetchCustomerAccount(h.db, h.bridge, customer, { now: () => new Date('2026-11-21T15:32:00Z') });
    h.offline();
    try {
      renderScreen(h, CarteraScreen, 'cartera', customer.id);
      expect(await screen.findByText('Estado de cuenta al 21/11/2026 10:32 (sin conexión)', undefined, { timeout: 5000 })).toBeTruthy();
      expect(await screen.findByRole('checkbox', { name: `Pagar ${owing.name}` })).toBeTruthy();
      expect(screen.getByText('Total adeudado').textContent).toContain(formatCop(account.totalBalance));
    } finally {
      h.online();
    }
  });
});
