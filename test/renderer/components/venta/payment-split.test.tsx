// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"fetch": {"disableSameOriginPolicy": true}}}
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatCop } from '../../../../src-shared/money/format-cop';
import { changeFor, documentTotals } from '../../../../src-shared/money/invoice-totals';
import { invoiceCreateSchema } from '../../../../src-shared/siigo';
import { decimal } from '../../../../src-shared/money/decimal';
import { DEMO_IDS } from '../../../../src-main/siigo-sandbox';
import { VentaScreen } from '../../../../src-renderer/screens/venta/VentaScreen';
import { customerWithContacts, renderWith, scannable, screenHarnessPerFile } from './venta-harness';

const s = screenHarnessPerFile();

/** A sale with one scanned product and a customer; returns its total. */
async function saleReady(): Promise<number> {
  renderWith(s.services, <VentaScreen />);
  const product = scannable(s)[0]!;
  const box = await screen.findByLabelText<HTMLInputElement>('Buscar producto o escanear código');
  fireEvent.change(box, { target: { value: product.additional_fields!.barcode! } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await screen.findByText(product.name, { selector: '.line-name' });
  const customer = customerWithContacts(s);
  const customerBox = screen.getByLabelText('Buscar cliente (cédula, NIT o nombre)');
  fireEvent.change(customerBox, { target: { value: customer.identification } });
  await screen.findByRole('listbox', { name: 'Clientes encontrados' });
  fireEvent.keyDown(customerBox, { key: 'Enter' });
  await screen.findByTestId('chosen-customer');
  await waitFor(() => expect((screen.getByLabelText<HTMLSelectElement>('Forma de pago 1')).value).not.toBe(''));
  const total = documentTotals([{ quantity: 1, price: product.prices[0]!.price_list[0]!.value, taxes: product.taxes }]).total;
  return Number(total.units) / 10 ** total.scale;
}

const confirmButton = () => screen.getByRole('button', { name: 'Confirmar venta' });
const status = () => screen.getByTestId('payment-status').textContent;
const typeId = (name: 'debitCard' | 'credit') => String(DEMO_IDS.paymentTypes[name]);

describe('the Venta payment', () => {
  it('splits between two methods that add up to the total, the first taking the rest', async () => {
    const total = await saleReady();
    fireEvent.click(screen.getByRole('button', { name: 'Agregar forma de pago' }));
    fireEvent.change(screen.getByLabelText('Forma de pago 2'), { target: { value: typeId('debitCard') } });
    fireEvent.change(screen.getByLabelText('Valor forma de pago 2'), { target: { value: '10000' } });
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Valor forma de pago 1').value).toBe(String(total - 10000).replace('.', ',')));
    expect(status()).toBe('Pagos completos');
    expect(confirmButton().getAttribute('aria-disabled')).toBe('false');

    fireEvent.keyDown(window, { key: 'F9' });
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    expect(within(receipt).getByTestId('receipt-status').textContent).toBe('Comprobante provisional — pendiente de validación DIAN');
    const [invoice] = await s.h.db.documents.where('kind').equals('invoice').toArray();
    expect(invoice?.state).toBe('queued');
    const body = invoiceCreateSchema.parse(invoice!.body);
    expect(body.payments.map((p) => p.value)).toEqual([total - 10000, 10000]);
    expect(body.stamp).toEqual({ send: true });
    expect(s.triggers.count).toBeGreaterThan(0);
  });

  it('gives the change for cash handed over', async () => {
    const total = await saleReady();
    fireEvent.change(screen.getByLabelText('Recibido en efectivo'), { target: { value: '1.000.000' } });
    const change = changeFor(decimal(total), 1_000_000)!;
    await screen.findByText(formatCop(change));
  });

  it('needs a due date for credit', async () => {
    await saleReady();
    fireEvent.change(screen.getByLabelText('Forma de pago 1'), { target: { value: typeId('credit') } });
    await screen.findByText('La venta a crédito necesita fecha de vencimiento');
    expect(confirmButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.change(screen.getByLabelText('Fecha de vencimiento'), { target: { value: '2099-12-31' } });
    await waitFor(() => expect(status()).toBe('Pagos completos'));
    expect(confirmButton().getAttribute('aria-disabled')).toBe('false');
  });

  it('cannot confirm while the payments do not add up', async () => {
    const total = await saleReady();
    fireEvent.change(screen.getByLabelText('Valor forma de pago 1'), { target: { value: '1000' } });
    await waitFor(() => expect(status()).toBe(`Faltan ${formatCop(total - 1000)}`));
    expect(confirmButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(confirmButton());
    await screen.findByText('Los pagos deben sumar el total (vea Pago)', { selector: '[role="alert"]' });
    expect(await s.h.db.outbox.count()).toBe(0);
  });
});
