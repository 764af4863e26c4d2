// Node environment + happy-dom document (see install-dom.ts): the sandbox is reached with Node's fetch.
import '../../support/node-dom';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatCop } from '../../../../src-shared/money/format-cop';
import { bogotaDateTime } from '../../../../src-shared/cash/bogota-time';
import { readReceivablesState } from '../../../../src-renderer/data/mirror/receivables';
import { CarteraScreen } from '../../../../src-renderer/screens/cartera/CarteraScreen';
import { createMirrorSync } from '../../../../src-renderer/sync/pull/mirror-sync';
import { DEMO_IDS } from '../../../../src-main/siigo-sandbox';
import { colombiaToday } from '../../../../src-shared/validation';
import { documentRow } from '../../support/document-row';
import { startHarness, type Harness } from '../../support/harness';
import { renderScreen } from './render-screen';

let h: Harness;
beforeAll(async () => {
  // The sandbox's seed: a dozen past invoices, some on credit, some partly paid.
  h = await startHarness({ size: { customers: 60, products: 20 } });
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull({ only: ['customers'] });
});
afterAll(() => h.close());
afterEach(cleanup);

const open = () => h.sandbox.store.invoices.filter((inv) => inv.balance > 0);
const openTotal = () => open().reduce((sum, inv) => sum + Math.round(inv.balance * 100), 0) / 100;

async function openReceivables() {
  renderScreen(h, CarteraScreen, 'cartera');
  fireEvent.click(screen.getByRole('button', { name: 'Cuentas por cobrar' }));
  return screen.findByRole('table', { name: 'Cuentas por cobrar por edades' }, { timeout: 8000 });
}

describe('Cartera › Cuentas por cobrar', () => {
  it('fetches Siigo’s invoices when first opened and shows every customer with a balance, by age, with the totals', async () => {
    expect(open().length).toBeGreaterThan(1);
    const table = await openReceivables();
    const state = await readReceivablesState(h.db);
    expect(screen.getByTestId('receivables-status').textContent).toBe(`Datos de Siigo del ${bogotaDateTime(state.fetchedAt!)}`);
    const customers = new Set(open().map((inv) => inv.customer.identification));
    expect(within(table).getAllByRole('row')).toHaveLength(customers.size + 2);
    const totals = screen.getByTestId('receivables-totals');
    expect(totals.textContent).toContain(formatCop(openTotal()));
    expect(totals.textContent).toContain(customers.size === 1 ? '1 cliente' : `${customers.size} clientes`);
  });

  it('searches by customer, sorts by oldest debt, and opens a customer’s statement', async () => {
    const table = await openReceivables();
    const oldest = [...open()].sort((a, b) => (a.payments.find((p) => p.due_date)!.due_date! < b.payments.find((p) => p.due_date)!.due_date! ? -1 : 1))[0]!;
    fireEvent.change(screen.getByLabelText('Ordenar por'), { target: { value: 'oldest' } });
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(firstRow.getAttribute('data-customer')).toBe(oldest.customer.identification);

    fireEvent.change(screen.getByLabelText('Buscar cliente'), { target: { value: oldest.customer.identification } });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const name = within(within(table).getAllByRole('row')[1]!).getByRole('button');
    const customerName = name.textContent!;
    fireEvent.click(name);
    expect(await screen.findByRole('heading', { name: customerName, level: 2 })).toBeTruthy();
    expect(await screen.findByRole('checkbox', { name: `Pagar ${oldest.name}` }, { timeout: 5000 })).toBeTruthy();
  });

  it('without a connection keeps showing what it had, with the date of Siigo’s data', async () => {
    const { fetchedAt } = await readReceivablesState(h.db);
    h.offline();
    try {
      await openReceivables();
      fireEvent.click(screen.getByRole('button', { name: 'Actualizar' }));
      await waitFor(() => expect(screen.getByTestId('receivables-status').textContent).toBe(`Datos de Siigo del ${bogotaDateTime(fetchedAt!)} (sin conexión)`));
      expect(screen.getByTestId('receivables-totals').textContent).toContain(formatCop(openTotal()));
    } finally {
      h.online();
    }
  });

  it('refreshes by itself once a receipt recorded here is sent, and then counts it once, as Siigo does', async () => {
    await openReceivables();
    const { fetchedAt } = await readReceivablesState(h.db);
    const owed = open()[0]!;
    const due = owed.payments.find((p) => p.due_date)!.due_date!;
    const body = {
      document: { id: DEMO_IDS.documentTypes.receipt },
      date: colombiaToday(new Date()),
      type: 'DebtPayment' as const,
      customer: { identification: owed.customer.identification, branch_office: owed.customer.branch_office },
      items: [{ due: { prefix: owed.name.replace(/-\d+$/, ''), consecutive: owed.number, quote: 1, date: due }, value: 1000 }],
      payment: { id: DEMO_IDS.paymentTypes.cash, value: 1000 },
    };
    // As the outbox leaves it: in Siigo, and marked sent here after the view's data were fetched.
    const created = await h.bridge.invoke('vouchers:create', { body, idempotencyKey: `VIEWSENT${Date.now()}` });
    await h.db.documents.put(documentRow({ kind: 'voucher', state: 'sent', updatedAt: new Date().toISOString(), body, siigo: { id: created.id, name: created.name ?? null, number: null, prefix: null } }));
    await waitFor(async () => expect((await readReceivablesState(h.db)).fetchedAt).not.toBe(fetchedAt), { timeout: 8000 });
    await waitFor(() => expect(screen.queryByText(/pendientes de confirmar en Siigo/)).toBeNull());
    expect(screen.getByTestId('receivables-totals').textContent).toContain(formatCop(openTotal()));
  });
});
