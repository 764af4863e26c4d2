// Node environment + happy-dom document (see install-dom.ts): the sandbox is reached with Node's fetch.
import '../../support/node-dom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../src-main/settings/schema';
import { decimal } from '../../../../src-shared/money/decimal';
import { formatCop } from '../../../../src-shared/money/format-cop';
import { colombiaToday } from '../../../../src-shared/validation';
import { useApp } from '../../../../src-renderer/app/app-store';
import { ServicesContext, type Services } from '../../../../src-renderer/app/services';
import { startCashSession } from '../../../../src-renderer/data/cash/session-lifecycle';
import { customerByIdentification } from '../../../../src-renderer/data/mirror/lookups';
import type { CustomerRow } from '../../../../src-renderer/data/mirror/rows';
import { CarteraScreen } from '../../../../src-renderer/screens/cartera/CarteraScreen';
import { CASH_SESSION_REQUIRED } from '../../../../src-renderer/screens/cartera/use-receipt-form';
import { createMirrorSync } from '../../../../src-renderer/sync/pull/mirror-sync';
import { invoiceBody, seeded, sellableProducts } from '../../support/documents';
import { startHarness, type Harness } from '../../support/harness';
import { heldOutbox } from '../../support/held-outbox';

let h: Harness;
let customer: CustomerRow;
let invoice: { id: string; name: string; total: number };

beforeAll(async () => {
  h = await startHarness({ size: { customers: 20, products: 40 }, seedInvoices: false });
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull();
  const owner = h.sandbox.store.customers.find((c) => c.active && c.contacts.length > 0)!;
  customer = (await customerByIdentification(h.db, owner.identification, owner.branch_office))!;
  const { body } = invoiceBody(owner, sellableProducts(h.sandbox), seeded(7), colombiaToday(new Date()));
  const created = await h.bridge.invoke('invoices:create', { body, idempotencyKey: `STAGES${Date.now()}` });
  invoice = { id: created.id, name: created.name, total: created.total };
});
afterAll(() => h.close());
afterEach(async () => {
  cleanup();
  useApp.setState({ settings: null });
});

/** Cartera over the harness with the held outbox, which the test releases to send for real. */
function renderCartera() {
  const { outbox } = heldOutbox(h);
  const services = { company: { id: h.company, name: 'Empresa de prueba' }, db: h.db, bridge: h.bridge, outbox } as unknown as Services;
  useApp.setState({ navigation: { screen: 'cartera', focusId: customer.id }, link: null });
  render(
    <ServicesContext.Provider value={services}>
      <CarteraScreen />
    </ServicesContext.Provider>,
  );
  return outbox;
}

const siigoBalance = () => h.sandbox.store.invoices.find((inv) => inv.id === invoice.id)!.balance;
const balanceCell = () => screen.getByRole('checkbox', { name: `Pagar ${invoice.name}` }).closest('tr')!.querySelectorAll('td')[4]!;

describe('Cartera: a partial payment lowers the balance at once and keeps it lowered until Siigo confirms it', () => {
  it('queued, then sent with the account still old, then confirmed by a background refresh', async () => {
    const outbox = renderCartera();
    await screen.findByRole('checkbox', { name: `Pagar ${invoice.name}` }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('checkbox', { name: `Pagar ${invoice.name}` }));
    fireEvent.change(screen.getByRole('textbox', { name: `Valor a abonar ${invoice.name}` }), { target: { value: '5.000' } });
    fireEvent.click(screen.getByRole('button', { name: /Registrar pago/ }));
    await screen.findByRole('heading', { name: 'Recibo de caja registrado' });
    expect(screen.getByRole('button', { name: 'Imprimir en rollo' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Imprimir en carta' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Volver al estado de cuenta' }));

    // Queued: lowered before anything reaches Siigo, and marked.
    const lowered = formatCop(invoice.total - 5000);
    await waitFor(() => expect(balanceCell().textContent).toContain(lowered));
    expect(balanceCell().textContent).toContain('pendiente de confirmar en Siigo');
    expect(screen.getByTestId('pending-total').textContent).toContain(formatCop(5000));
    expect(siigoBalance()).toBe(invoice.total);

    // Sent while the account the statement shows is the one fetched before the payment: the
    // refresh it triggers is held up, so the screen shows the sent stage meanwhile.
    h.sandbox.addFault({ method: 'GET', path: '/v1/invoices', kind: 'latency', ms: 1500, times: 1 });
    const beforeSend = h.sandbox.requestCount();
    outbox.setPaused(false);
    await outbox.trigger();
    const [receipt] = await h.db.documents.where('kind').equals('voucher').toArray();
    expect(receipt?.state).toBe('sent');
    expect(siigoBalance()).toBe(invoice.total - 5000);
    expect(balanceCell().textContent).toContain(lowered);
    expect(balanceCell().textContent).toContain('pendiente de confirmar en Siigo');

    // The background refresh lands: Siigo's balance, the mark gone, nothing taken off twice.
    await waitFor(() => expect(balanceCell().textContent).not.toContain('pendiente de confirmar'), { timeout: 6000 });
    expect(balanceCell().textContent).toContain(formatCop(siigoBalance()));
    expect(screen.queryByTestId('pending-total')).toBeNull();
    // The outbox and the open statement both asked for the account again: one request served both.
    const accountFetches = h.sandbox.requestsSince(beforeSend).filter((r) => r.method === 'GET' && r.path === '/v1/invoices' && /customer_identification=/.test(r.query));
    expect(accountFetches).toHaveLength(1);
    expect(screen.getByText('Total adeudado').textContent).toContain(formatCop(siigoBalance()));
    await h.db.documents.clear();
    await h.db.outbox.clear();
  });

  it('refuses the receipt while no cash session is open when Ajustes requires one, and records it once one is', async () => {
    const settings = defaultSettings();
    useApp.setState({ settings: { ...settings, defaults: { ...settings.defaults, cashSessionRequired: true } } as never });
    renderCartera();
    await screen.findByRole('checkbox', { name: `Pagar ${invoice.name}` }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('checkbox', { name: `Pagar ${invoice.name}` }));
    fireEvent.change(screen.getByRole('textbox', { name: `Valor a abonar ${invoice.name}` }), { target: { value: '1.000' } });
    fireEvent.click(screen.getByRole('button', { name: /Registrar pago/ }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(CASH_SESSION_REQUIRED)).toBeTruthy();
    expect(await h.db.documents.count()).toBe(0);

    const user = (await h.db.users.toArray())[0]!;
    await startCashSession(h.db, { cashier: { id: user.id, name: 'Cajero' }, openingFloat: decimal('0') });
    fireEvent.click(screen.getByRole('button', { name: /Registrar pago/ }));
    await screen.findByRole('heading', { name: 'Recibo de caja registrado' });
    const [receipt] = await h.db.documents.where('kind').equals('voucher').toArray();
    expect(receipt?.counter?.cashSessionId).toBeTruthy();
    await h.db.documents.clear();
    await h.db.outbox.clear();
  });

  it('a message next to an amount goes as soon as the amount is changed, and the refused amount stays on screen', async () => {
    renderCartera();
    await screen.findByRole('checkbox', { name: `Pagar ${invoice.name}` }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('checkbox', { name: `Pagar ${invoice.name}` }));
    const amount = screen.getByRole('textbox', { name: `Valor a abonar ${invoice.name}` }) as HTMLInputElement;
    fireEvent.change(amount, { target: { value: String(invoice.total * 2) } });
    fireEvent.click(screen.getByRole('button', { name: /Registrar pago/ }));
    expect(await screen.findByText(/supera el saldo de la factura/)).toBeTruthy();
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(amount.value).toBe(String(invoice.total * 2));
    fireEvent.change(amount, { target: { value: '1.000' } });
    await waitFor(() => expect(screen.queryByText(/supera el saldo de la factura/)).toBeNull());
    expect(amount.getAttribute('aria-invalid')).toBe('false');

    fireEvent.click(screen.getByRole('button', { name: 'Anticipo' }));
    const form = screen.getByRole('form', { name: /Anticipo de/ });
    const advance = within(form).getByLabelText('Valor del anticipo');
    fireEvent.change(advance, { target: { value: 'cincuenta' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar anticipo' }));
    expect(await within(form).findByText('Valor del anticipo: escriba un valor mayor que cero')).toBeTruthy();
    fireEvent.change(advance, { target: { value: '50.000' } });
    await waitFor(() => expect(within(form).queryByText('Valor del anticipo: escriba un valor mayor que cero')).toBeNull());
    expect(await h.db.documents.count()).toBe(0);
  });
});
