// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"fetch": {"disableSameOriginPolicy": true}}}
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VentaScreen } from '../../../../src-renderer/screens/venta/VentaScreen';
import { createReplayEngine } from '../../../../src-renderer/sync/replay/replay-engine';
import { renderWith, scannable, screenHarnessPerFile } from './venta-harness';

const s = screenHarnessPerFile();

const MAYORISTA = 2767; // the sandbox's price list at position 2

const searchBox = () => screen.findByLabelText<HTMLInputElement>('Buscar producto o escanear código');
const priceList = () => screen.getByLabelText<HTMLSelectElement>('Lista de precios');
const linePrice = (product: string) => screen.getByRole<HTMLInputElement>('textbox', { name: `Precio unitario ${product}` });

async function scan(code: string) {
  const box = await searchBox();
  fireEvent.change(box, { target: { value: code } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await waitFor(() => expect(box.value).toBe(''));
}

/** The list's price of a seeded product, by position. */
const listPrice = (product: ReturnType<typeof scannable>[number], position: number) => product.prices[0]!.price_list.find((p) => p.position === position)!.value;

/** Seeded products whose first and second lists differ, so a price tells which list it came from. */
const twoPriced = () => scannable(s).filter((p) => listPrice(p, 1) !== listPrice(p, 2));

async function chooseList(id: number) {
  await waitFor(() => expect(Array.from(priceList().options).map((o) => o.value)).toContain(String(id)));
  fireEvent.change(priceList(), { target: { value: String(id) } });
  await waitFor(() => expect(priceList().value).toBe(String(id)));
}

describe('Venta: the price list of one sale', () => {
  it('starts at Ajustes’ list, prices new lines from the list chosen, and re-prices only lines whose price was not typed', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a, b] = twoPriced();
    await scan(a!.code);
    await scan(b!.code);
    await screen.findByText(b!.name, { selector: '.line-name' });
    expect(priceList().value).toBe('');
    expect(priceList().selectedOptions[0]?.textContent).toBe('La de Ajustes (1. Precio de venta 1)');
    expect(linePrice(a!.name).value).toBe(String(listPrice(a!, 1)));
    // The cashier agrees another price for b.
    fireEvent.change(linePrice(b!.name), { target: { value: '12345' } });

    await chooseList(MAYORISTA);
    await waitFor(() => expect(linePrice(a!.name).value).toBe(String(listPrice(a!, 2))));
    expect(linePrice(b!.name).value).toBe('12345');

    // Back to Ajustes' list: a follows again, b still keeps what was typed.
    fireEvent.change(priceList(), { target: { value: '' } });
    await waitFor(() => expect(linePrice(a!.name).value).toBe(String(listPrice(a!, 1))));
    expect(linePrice(b!.name).value).toBe('12345');
  });

  it('keeps the list with the draft: after a reload the sale is at the same list and new lines take its prices', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a, b] = twoPriced();
    await chooseList(MAYORISTA);
    await scan(a!.code);
    await screen.findByText(a!.name, { selector: '.line-name' });
    expect(linePrice(a!.name).value).toBe(String(listPrice(a!, 2)));
    // The draft is saved a moment after the last change; the window then reloads.
    await waitFor(async () => expect((await s.h.db.documents.toArray()).some((d) => d.state === 'draft' && JSON.stringify(d.body).includes(a!.code))).toBe(true));
    await act(async () => {
      cleanup();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    renderWith(s.services, <VentaScreen />);
    await screen.findByText(a!.name, { selector: '.line-name' });
    await waitFor(() => expect(priceList().value).toBe(String(MAYORISTA)));
    expect(linePrice(a!.name).value).toBe(String(listPrice(a!, 2)));
    await scan(b!.code);
    await screen.findByText(b!.name, { selector: '.line-name' });
    expect(linePrice(b!.name).value).toBe(String(listPrice(b!, 2)));
  });

  it('sends a sale made at list 2 to Siigo with list-2 prices, and no local field in the invoice', async () => {
    renderWith(s.services, <VentaScreen />);
    const [a, b] = twoPriced();
    await chooseList(MAYORISTA);
    await scan(a!.code);
    await scan(b!.additional_fields!.barcode!);
    await screen.findByText(b!.name, { selector: '.line-name' });
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Forma de pago 1').value).not.toBe(''));
    fireEvent.keyDown(window, { key: 'F9' });
    await screen.findByRole('button', { name: 'Nueva venta' });

    const invoice = (await s.h.db.documents.where('kind').equals('invoice').toArray()).find((d) => d.state !== 'draft')!;
    expect(JSON.stringify(invoice.body)).not.toContain('mostrador_price_list_id');
    await createReplayEngine({ db: s.h.db, bridge: s.h.bridge, journal: (entries) => s.h.journal.append(entries) }).run();
    const sent = await s.h.db.documents.get(invoice.id);
    expect(sent?.state).toBe('sent');
    const inSiigo = s.h.sandbox.store.invoices.find((inv) => inv.id === sent!.siigo!.id)!;
    const unitPrices = Object.fromEntries(inSiigo.items.map((item) => [item.code, item.taxed_price ?? item.price]));
    expect(unitPrices).toEqual({ [a!.code]: listPrice(a!, 2), [b!.code]: listPrice(b!, 2) });
  });
});
