// Node environment + happy-dom document (see install-dom.ts): the sandbox is reached with Node's fetch.
import '../../support/node-dom';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { colombiaToday } from '../../../../src-shared/validation';
import { customerByIdentification } from '../../../../src-renderer/data/mirror/lookups';
import type { CustomerRow } from '../../../../src-renderer/data/mirror/rows';
import { CarteraScreen } from '../../../../src-renderer/screens/cartera/CarteraScreen';
import { createMirrorSync } from '../../../../src-renderer/sync/pull/mirror-sync';
import { formatCop } from '../../../../src-shared/money/format-cop';
import { documentRow } from '../../support/document-row';
import { invoiceBody, seeded, sellableProducts } from '../../support/documents';
import { startHarness, type Harness } from '../../support/harness';
import { renderScreen } from './render-screen';

let h: Harness;
let customer: CustomerRow;
const invoices: Array<{ name: string; number: number; total: number; dueDate: string }> = [];

beforeAll(async () => {
  h = await startHarness({ size: { customers: 20, products: 40 }, seedInvoices: false });
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull();
  const owner = h.sandbox.store.customers.find((c) => c.active && c.contacts.length > 0)!;
  customer = (await customerByIdentification(h.db, owner.identification, owner.branch_office))!;
  const today = colombiaToday(new Date());
  // Two credit invoices in Siigo: the statement fetches them when the customer is opened.
  for (const n of [1, 2]) {
    const { body } = invoiceBody(owner, sellableProducts(h.sandbox), seeded(n), today);
    const created = await h.bridge.invoke('invoices:create', { body, idempotencyKey: `CARTERATEST${n}${Date.now()}` });
    invoices.push({ name: created.name, number: created.number!, total: created.total, dueDate: body.payments[0]!.due_date! });
  }
});
afterAll(() => h.close());
afterEach(cleanup);

async function openStatement() {
  const view = renderScreen(h, CarteraScreen, 'cartera', customer.id);
  await screen.findByRole('checkbox', { name: `Pagar ${invoices[1]!.name}` }, { timeout: 5000 });
  return view;
}

describe('Cartera: paying invoices', () => {
  it('pays two invoices with one receipt: a due per invoice, amounts as typed, payment = their sum', async () => {
    const { triggers } = await openStatement();
    const [first, second] = invoices as [(typeof invoices)[0], (typeof invoices)[0]];
    fireEvent.click(screen.getByRole('checkbox', { name: `Pagar ${first.name}` }));
    fireEvent.click(screen.getByRole('checkbox', { name: `Pagar ${second.name}` }));
    // Prefilled with the balance; the first is paid in part.
    const firstAmount = screen.getByRole('textbox', { name: `Valor a abonar ${first.name}` }) as HTMLInputElement;
    expect(firstAmount.value).toBe(String(first.total).replace('.', ','));
    fireEvent.change(firstAmount, { target: { value: '10.000' } });
    fireEvent.click(screen.getByRole('button', { name: /Registrar pago/ }));

    await screen.findByRole('heading', { name: 'Recibo de caja registrado' });
    // The recibo de caja to hand over: on the roll, with what was paid, ready to print.
    const printed = await screen.findByRole('article', { name: 'Recibo de caja' });
    expect(printed.textContent).toContain(first.name);
    expect(screen.getByRole('button', { name: 'Imprimir en rollo' })).toBeTruthy();
    const [receipt] = await h.db.documents.where('kind').equals('voucher').toArray();
    const prefix = first.name.replace(/-\d+$/, '');
    expect(receipt?.body).toMatchObject({
      type: 'DebtPayment',
      date: colombiaToday(new Date()),
      customer: { identification: customer.identification, branch_office: customer.branchOffice },
      items: [
        { due: { prefix, consecutive: first.number, quote: 1, date: first.dueDate }, value: 10000 },
        { due: { prefix, consecutive: second.number, quote: 1, date: second.dueDate }, value: second.total },
      ],
      payment: { value: Math.round((10000 + second.total) * 100) / 100 },
    });
    expect(await screen.findByText('En cola')).toBeTruthy();
    expect(triggers.length).toBe(1);
    await h.db.documents.clear();
    await h.db.outbox.clear();
  });

  it('refuses an amount above the balance with the Spanish message, next to the invoice', async () => {
    await openStatement();
    const first = invoices[0]!;
    fireEvent.click(screen.getByRole('checkbox', { name: `Pagar ${first.name}` }));
    const amount = screen.getByRole('textbox', { name: `Valor a abonar ${first.name}` });
    fireEvent.change(amount, { target: { value: String(first.total + 1000).replace('.', ',') } });
    fireEvent.click(screen.getByRole('button', { name: /Registrar pago/ }));
    const alert = await screen.findByText(/supera el saldo de la factura/);
    expect(alert.textContent).toContain(first.name);
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(await h.db.documents.count()).toBe(0);
  });

  it('says a receipt Siigo refused still takes from the balance, and names it when an amount goes over', async () => {
    const first = invoices[0]!;
    const body = {
      type: 'DebtPayment',
      customer: { identification: customer.identification, branch_office: customer.branchOffice },
      items: [{ due: { prefix: first.name.replace(/-\d+$/, ''), consecutive: first.number, quote: 1, date: first.dueDate }, value: 1000 }],
      payment: { id: 5, value: 1000 },
    };
    await h.db.documents.put(documentRow({ kind: 'voucher', state: 'needs_attention', body }));
    await openStatement();
    const row = screen.getByRole('checkbox', { name: `Pagar ${first.name}` }).closest('tr')!;
    await waitFor(() => expect(row.textContent).toContain('Recibo rechazado por Siigo: revíselo en Documentos'));
    expect(row.textContent).not.toContain('pendiente de confirmar');
    expect(row.textContent).toContain(formatCop(first.total - 1000));
    expect(screen.queryByTestId('pending-total')).toBeNull();

    // The whole invoice, as the customer's own papers say: the refused receipt is why it is refused.
    fireEvent.click(screen.getByRole('checkbox', { name: `Pagar ${first.name}` }));
    fireEvent.change(screen.getByRole('textbox', { name: `Valor a abonar ${first.name}` }), { target: { value: String(first.total).replace('.', ',') } });
    fireEvent.click(screen.getByRole('button', { name: /Registrar pago/ }));
    const refusal = await screen.findByText(/supera el saldo de la factura/);
    expect(refusal.textContent).toContain('recibo rechazado por Siigo');
    expect(await h.db.documents.count()).toBe(1);
    await h.db.documents.clear();
  });

  it('records an advance payment (no invoices) with the chosen payment method', async () => {
    await openStatement();
    fireEvent.click(screen.getByRole('button', { name: 'Anticipo' }));
    const form = screen.getByRole('form', { name: /Anticipo de/ });
    fireEvent.change(within(form).getByLabelText('Valor del anticipo'), { target: { value: '50.000' } });
    fireEvent.change(within(form).getByLabelText('Forma de pago'), { target: { value: String((await h.db.paymentTypes.where('documentTypes').equals('RC').first())!.id) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar anticipo' }));
    await screen.findByRole('heading', { name: 'Recibo de caja registrado' });
    const [receipt] = await h.db.documents.toArray();
    expect(receipt?.body).toMatchObject({ type: 'AdvancePayment', payment: { value: 50000 } });
    expect((receipt?.body as { items?: unknown }).items).toBeUndefined();
    await h.db.documents.clear();
    await h.db.outbox.clear();
  });
});
