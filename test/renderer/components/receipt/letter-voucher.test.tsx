// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Reprint } from '../../../../src-renderer/screens/documentos/Reprint';
import { LetterPrintButton } from '../../../../src-renderer/receipt/LetterPrintButton';
import { LetterVoucherReceipt } from '../../../../src-renderer/receipt/LetterVoucherReceipt';
import { customerRow } from '../../mirror/fixtures';
import { documentRow, IDS, ISSUER, ISSUER_NIT_PRINTED, receiptWorld } from './receipt-fixtures';

let world: Awaited<ReturnType<typeof receiptWorld>> | null = null;
afterEach(async () => {
  cleanup();
  await world?.close();
  world = null;
});

const FETCHED = '2026-03-14T15:00:00.000Z';
const voucher = (state: 'queued' | 'sent', updatedAt = FETCHED) =>
  documentRow({
    kind: 'voucher',
    state,
    updatedAt,
    body: {
      document: { id: IDS.receipt },
      date: '2026-03-14',
      type: 'DebtPayment',
      customer: { identification: '43512877', branch_office: 0 },
      items: [
        { due: { prefix: 'FE-1', consecutive: 98, quote: 1, date: '2026-02-01' }, value: 20000 },
        { due: { prefix: 'FE-1', consecutive: 99, quote: 1, date: '2026-02-15' }, value: 50000 },
      ],
      payment: { id: IDS.cash, value: 70000 },
    },
    summary: { customerIdentification: '43512877', customerName: 'Martha Lucía Restrepo' },
  });

async function withAccount() {
  world = await receiptWorld();
  await world.db.customers.put(customerRow('c-1', '43512877', ['Martha Lucía', 'Restrepo']));
  await world.db.accounts.put({
    customerId: 'c-1',
    identification: '43512877',
    branchOffice: 0,
    fetchedAt: FETCHED,
    totalBalance: 130000,
    invoices: [
      { id: 'i98', name: 'FE-1-98', number: 98, date: '2026-01-02', total: 80000, balance: 80000 },
      { id: 'i99', name: 'FE-1-99', number: 99, date: '2026-01-16', total: 50000, balance: 50000 },
    ],
  });
  return world;
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

describe('the recibo de caja on a letter page', () => {
  it('has the issuer’s header, the customer, each invoice paid with what is left of it, the method, the total and two signature lines', async () => {
    const w = await withAccount();
    // Sent after the account was fetched: Siigo's balances there do not have it yet.
    const paid = voucher('sent', '2026-03-14T16:00:00.000Z');
    await w.db.documents.put(paid);
    w.render(<LetterVoucherReceipt document={paid} />);
    const page = await screen.findByRole('article', { name: 'Recibo de caja en carta' });
    expect(page.textContent).toContain(ISSUER.name);
    expect(page.textContent).toContain(ISSUER_NIT_PRINTED);
    expect(page.textContent).toContain(ISSUER.address);
    const facts = within(page).getByTestId('letter-facts').textContent;
    expect(facts).toContain('Martha Lucía Restrepo');
    expect(facts).toContain('43512877');
    expect(facts).toContain('Efectivo');
    const rows = within(within(page).getByTestId('letter-paid')).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['FE-1-98', '$ 20.000', '$ 60.000'],
      ['FE-1-99', '$ 50.000', '$ 0'],
    ]);
    expect(within(page).getByTestId('letter-total').textContent).toContain('$ 70.000');
    expect(page.textContent).toContain('Recibido por');
    expect(page.textContent).toContain('Entregado por');
  });

  it('once the account is fetched after the send, prints Siigo’s balances without taking the payment off again', async () => {
    const w = await withAccount();
    await w.db.accounts.update('c-1', {
      fetchedAt: '2026-03-14T17:00:00.000Z',
      invoices: [
        { id: 'i98', name: 'FE-1-98', number: 98, date: '2026-01-02', total: 80000, balance: 60000 },
        { id: 'i99', name: 'FE-1-99', number: 99, date: '2026-01-16', total: 50000, balance: 0 },
      ],
    });
    const paid = voucher('sent', '2026-03-14T16:00:00.000Z');
    await w.db.documents.put(paid);
    w.render(<LetterVoucherReceipt document={paid} copy />);
    const page = await screen.findByRole('article', { name: 'Recibo de caja en carta' });
    const rows = within(within(page).getByTestId('letter-paid')).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['FE-1-98', '$ 20.000', '$ 60.000'],
      ['FE-1-99', '$ 50.000', '$ 0'],
    ]);
    expect(page.textContent).toContain('COPIA');
  });

  it('"Imprimir en carta" prints a letter page through the system dialog, only the recibo in it', async () => {
    const w = await withAccount();
    const printed: Array<{ page: string; content: string }> = [];
    const print = vi.fn(() => {
      printed.push({ page: document.getElementById('receipt-page-style')?.textContent ?? '', content: document.getElementById('receipt-print-root')?.textContent ?? '' });
    });
    window.print = print;
    w.render(<LetterPrintButton document={voucher('queued')} />);
    await vi.waitFor(() => expect(document.querySelector('.receipt-letter-printable')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Imprimir en carta' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(printed[0]!.page).toBe('@page { size: letter; margin: 15mm 18mm; }');
    expect(printed[0]!.content).toContain('Recibido por');
    expect(printed[0]!.content).toContain('$ 70.000');
    expect(document.getElementById('receipt-print-root')).toBeNull();
  });

  it('Documentos reprints a recibo de caja on the roll or on letter, marked COPIA', async () => {
    const w = await withAccount();
    const printed: string[] = [];
    window.print = vi.fn(() => {
      printed.push(document.getElementById('receipt-print-root')?.textContent ?? '');
    });
    const paid = voucher('sent', '2026-03-14T16:00:00.000Z');
    await w.db.documents.put(paid);
    w.render(<Reprint document={paid} />);
    expect(screen.getByRole('button', { name: 'Imprimir en rollo' })).toBeTruthy();
    await vi.waitFor(() => expect(document.querySelector('.receipt-letter-printable')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Imprimir en carta' }));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('COPIA');
    expect(printed[0]).toContain('Entregado por');
  });
});
