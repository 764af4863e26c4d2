// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"fetch": {"disableSameOriginPolicy": true}}}
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { documentTotals } from '../../../../src-shared/money/invoice-totals';
import { formatCop } from '../../../../src-shared/money/format-cop';
import { VentaScreen } from '../../../../src-renderer/screens/venta/VentaScreen';
import { mirrorSearch } from '../../../../src-renderer/data/mirror/search-index';
import { customerWithContacts, renderWith, scannable, screenHarnessPerFile } from './venta-harness';

const s = screenHarnessPerFile();

const searchBox = () => screen.findByLabelText<HTMLInputElement>('Buscar producto o escanear código');

/** A barcode scanner: the code typed at once, then Enter. */
async function scan(code: string) {
  const box = await searchBox();
  fireEvent.change(box, { target: { value: code } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await waitFor(() => expect(box.value).toBe(''));
}

const lineInput = (field: 'Cantidad' | 'Precio unitario' | 'Descuento ($)', product: string) =>
  screen.getByRole<HTMLInputElement>('textbox', { name: `${field} ${product}` });

describe('the Venta cart', () => {
  it('sells a product whose price includes IVA at its shelf price, and says the tax is in it', async () => {
    renderWith(s.services, <VentaScreen />);
    const shelf = s.h.sandbox.store.products.find((p) => p.tax_included && p.taxes.some((t) => t.percentage === 19) && p.additional_fields?.barcode);
    expect(shelf, 'the seed has tax-included products').toBeTruthy();
    await scan(shelf!.additional_fields!.barcode!);
    await screen.findByText(shelf!.name, { selector: '.line-name' });
    fireEvent.change(lineInput('Cantidad', shelf!.name), { target: { value: '3' } });
    const price = shelf!.prices[0]!.price_list[0]!.value;
    await waitFor(() => expect(screen.getByTestId('document-total').textContent).toBe(formatCop(3 * price)));
    expect(screen.getByText('incluido en el precio', { exact: false })).toBeTruthy();
  });

  it('adds by barcode, counts a repeated scan, and totals exactly as Siigo does', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a, b] = scannable(s);
    await scan(a!.additional_fields!.barcode!);
    await screen.findByText(a!.name, { selector: '.line-name' });
    await scan(a!.additional_fields!.barcode!);
    await waitFor(() => expect(lineInput('Cantidad', a!.name).value).toBe('2'));
    // By code too (the same box serves the code field).
    await scan(b!.code);
    await screen.findByText(b!.name, { selector: '.line-name' });
    expect(screen.getAllByRole('row')).toHaveLength(3);

    fireEvent.change(lineInput('Cantidad', a!.name), { target: { value: '3' } });
    fireEvent.change(lineInput('Descuento ($)', b!.name), { target: { value: '1.000' } });
    const price = (p: typeof a) => p!.prices[0]!.price_list[0]!.value;
    const expected = documentTotals([
      { quantity: 3, price: price(a), taxes: a!.taxes },
      { quantity: 1, price: price(b), discount: { kind: 'value', amount: 1000 }, taxes: b!.taxes },
    ]);
    await waitFor(() => expect(screen.getByTestId('document-total').textContent).toBe(formatCop(expected.total)));
    const totals = screen.getByLabelText('Totales');
    expect(within(totals).getByText(formatCop(expected.subtotal))).toBeTruthy();
    expect(within(totals).getByText(formatCop(expected.tax))).toBeTruthy();
  });

  it('draws a scanned line within the Enter itself once the products are in memory', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a, b] = scannable(s);
    await scan(a!.additional_fields!.barcode!); // the first scan may load the products' index
    await screen.findByText(a!.name, { selector: '.line-name' });
    const box = await searchBox();
    fireEvent.change(box, { target: { value: b!.additional_fields!.barcode! } });
    fireEvent.keyDown(box, { key: 'Enter' });
    // Nothing awaited: the line, its price and the cleared box are there when the key is handled.
    expect(lineInput('Precio unitario', b!.name).value).not.toBe('');
    expect(box.value).toBe('');
  });

  it('adds a product found by words with the arrow keys and Enter, and keeps the box ready', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a] = scannable(s);
    const box = await searchBox();
    const word = a!.name.split(' ')[0]!;
    fireEvent.change(box, { target: { value: word } });
    const options = within(await screen.findByRole('listbox', { name: 'Productos encontrados' })).getAllByRole('option');
    expect(options.length).toBeGreaterThan(0);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    const chosen = options[0]!.querySelector('.result-main')!.textContent!;
    fireEvent.keyDown(box, { key: 'Enter' });
    await screen.findByText(chosen, { selector: '.line-name' });
    expect(box.value).toBe('');
  });

  it('says so when nothing has the scanned code, keeping what was typed', async () => {
    renderWith(s.services, <VentaScreen />);
    const box = await searchBox();
    fireEvent.change(box, { target: { value: '0000000000000' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await screen.findByText('No se encontró ningún producto con «0000000000000»');
    expect(box.value).toBe('0000000000000');
  });

  it('gives the code back when its look-up fails, and the next scan still adds its line', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a, b] = scannable(s);
    const box = await searchBox();
    mirrorSearch(s.services.db).reset(); // not in memory: the look-up reads IndexedDB
    const failing = vi.spyOn(s.services.db.products, 'bulkGet').mockRejectedValue(new Error('disk I/O error'));
    try {
      fireEvent.change(box, { target: { value: a!.code } });
      fireEvent.keyDown(box, { key: 'Enter' });
      await screen.findByText(`No se pudo buscar «${a!.code}» en los productos guardados; intente de nuevo`);
      expect(box.value).toBe(a!.code);
    } finally {
      failing.mockRestore();
    }
    await scan(b!.code);
    await screen.findByText(b!.name, { selector: '.line-name' });
  });

  it('flags an amount that is not a number and cannot confirm until it is fixed', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a] = scannable(s);
    await scan(a!.code);
    await screen.findByText(a!.name, { selector: '.line-name' });
    fireEvent.change(lineInput('Cantidad', a!.name), { target: { value: 'dos' } });
    const message = await screen.findByText('Cantidad: escriba un número');
    // Written under the line, and the field points at it.
    expect(lineInput('Cantidad', a!.name).getAttribute('aria-describedby')).toBe(message.id);
    expect(lineInput('Cantidad', a!.name).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Confirmar venta' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('refuses a discount larger than its line next to that field, never showing a total below zero', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a, b] = scannable(s);
    await scan(a!.code);
    await scan(b!.code);
    await screen.findByText(b!.name, { selector: '.line-name' });
    const price = a!.prices[0]!.price_list[0]!.value;
    fireEvent.change(lineInput('Cantidad', a!.name), { target: { value: '2' } });
    fireEvent.change(lineInput('Descuento ($)', a!.name), { target: { value: String(2 * price + 1) } });
    const message = await screen.findByText(`Descuento: no puede ser mayor que el valor de la línea (${formatCop(2 * price)})`);
    expect(lineInput('Descuento ($)', a!.name).getAttribute('aria-describedby')).toBe(message.id);
    expect(lineInput('Descuento ($)', a!.name).getAttribute('aria-invalid')).toBe('true');
    expect(lineInput('Cantidad', a!.name).getAttribute('aria-invalid')).toBe('false');
    // The line counts as zero until fixed: the sale's total is the other line's, never negative.
    const other = documentTotals([{ quantity: 1, price: b!.prices[0]!.price_list[0]!.value, taxes: b!.taxes }]).total;
    expect(screen.getByTestId('document-total').textContent).toBe(formatCop(other));
    expect(screen.getByRole('button', { name: 'Confirmar venta' }).getAttribute('aria-disabled')).toBe('true');
    // Exactly the line's value is allowed.
    fireEvent.change(lineInput('Descuento ($)', a!.name), { target: { value: String(2 * price) } });
    await waitFor(() => expect(screen.queryByText(/Descuento: no puede ser mayor/)).toBeNull());
    expect(screen.getByTestId('document-total').textContent).toBe(formatCop(other));
  });

  it('takes a refusal off a line as soon as its field is edited', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a] = scannable(s);
    await scan(a!.code);
    await screen.findByText(a!.name, { selector: '.line-name' });
    fireEvent.change(lineInput('Cantidad', a!.name), { target: { value: '0' } });
    fireEvent.keyDown(window, { key: 'F9' });
    // Zero reads as a number: the cart lets it through and the validation refuses it.
    const refused = await screen.findByText('Cantidad (línea 1): debe ser mayor que cero');
    expect(lineInput('Cantidad', a!.name).getAttribute('aria-describedby')).toBe(refused.id);
    fireEvent.change(lineInput('Cantidad', a!.name), { target: { value: '2' } });
    expect(screen.queryByText('Cantidad (línea 1): debe ser mayor que cero')).toBeNull();
    expect(lineInput('Cantidad', a!.name).getAttribute('aria-invalid')).toBe('false');
  });

  it('starts the next sale with an empty product box that has the focus', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a] = scannable(s);
    await scan(a!.additional_fields!.barcode!);
    await screen.findByText(a!.name, { selector: '.line-name' });
    const customer = customerWithContacts(s);
    const customerBox = screen.getByLabelText('Buscar cliente (cédula, NIT o nombre)');
    fireEvent.change(customerBox, { target: { value: customer.identification } });
    await screen.findByRole('listbox', { name: 'Clientes encontrados' });
    fireEvent.keyDown(customerBox, { key: 'Enter' });
    await screen.findByTestId('chosen-customer');
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Forma de pago 1').value).not.toBe(''));
    // Something left in the product box when the sale is confirmed.
    fireEvent.change(await searchBox(), { target: { value: 'tornillo' } });
    fireEvent.keyDown(window, { key: 'F9' });
    fireEvent.click(await screen.findByRole('button', { name: 'Nueva venta' }));
    const box = await searchBox();
    expect(box.value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.queryByRole('listbox', { name: 'Productos encontrados' })).toBeNull();
  });

  it('keeps each search box in a form of its own, which Enter never submits, however long the cart grows', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a, b] = scannable(s);
    await scan(a!.additional_fields!.barcode!);
    await scan(b!.code);
    await screen.findByText(b!.name, { selector: '.line-name' });
    // Chrome re-reads every field outside a form on each keystroke (autofill's form tracking):
    // the cart's inputs must not share the scanner's form, nor the customer box's.
    for (const box of [await searchBox(), screen.getByLabelText<HTMLInputElement>('Buscar cliente (cédula, NIT o nombre)')]) {
      expect(box.form).not.toBeNull();
      expect(Array.from(box.form!.elements)).toEqual([box]);
      // A submit (Enter's implicit one) is cancelled: no reload, the sale stays on screen.
      expect(fireEvent.submit(box.form!)).toBe(false);
    }
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});
