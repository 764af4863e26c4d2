// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"fetch": {"disableSameOriginPolicy": true}}}
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useApp } from '../../../../src-renderer/app/app-store';
import type { DocumentRow } from '../../../../src-renderer/data/outbox/rows';
import { CotizacionesScreen } from '../../../../src-renderer/screens/cotizaciones/CotizacionesScreen';
import { VentaScreen } from '../../../../src-renderer/screens/venta/VentaScreen';
import { customerWithContacts, renderWith, scannable, screenHarnessPerFile } from '../venta/venta-harness';

const s = screenHarnessPerFile();

const lineInput = (field: 'Cantidad' | 'Precio unitario', product: string) => screen.getByRole<HTMLInputElement>('textbox', { name: `${field} ${product}` });

/** A quotation made on the screen, as a seller does: one product, a customer, saved. */
async function makeQuotation(): Promise<{ quotation: DocumentRow; product: ReturnType<typeof scannable>[number] }> {
  useApp.setState({ navigation: { screen: 'cotizaciones' } });
  renderWith(s.services, <CotizacionesScreen />);
  fireEvent.click(await screen.findByRole('button', { name: 'Nueva cotización' }));
  const product = scannable(s)[0]!;
  const box = await screen.findByLabelText('Buscar producto o escanear código');
  fireEvent.change(box, { target: { value: product.code } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await screen.findByText(product.name, { selector: '.line-name' });
  const customerBox = screen.getByLabelText('Buscar cliente (cédula, NIT o nombre)');
  fireEvent.change(customerBox, { target: { value: customerWithContacts(s).identification } });
  await screen.findByRole('listbox', { name: 'Clientes encontrados' });
  fireEvent.keyDown(customerBox, { key: 'Enter' });
  await screen.findByTestId('chosen-customer');
  fireEvent.click(screen.getByRole('button', { name: 'Guardar cotización' }));
  await screen.findByRole('button', { name: 'Convertir en factura' });
  const [quotation] = await s.h.db.documents.where('kind').equals('quotation').toArray();
  return { quotation: quotation!, product };
}

/** Cotizaciones opened on one quotation (as Venta's or Documentos' links open it). */
async function openQuotation(id: string) {
  cleanup();
  useApp.setState({ navigation: { screen: 'cotizaciones', focusId: id } });
  renderWith(s.services, <CotizacionesScreen />);
  return screen.findByRole('article');
}

/** Venta as "Convertir en factura" leaves it, the sale confirmed with F9. */
async function confirmInVenta(productName: string): Promise<void> {
  cleanup();
  renderWith(s.services, <VentaScreen />);
  await screen.findByText(productName, { selector: '.line-name' });
  await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Forma de pago 1').value).not.toBe(''));
  fireEvent.keyDown(window, { key: 'F9' });
  fireEvent.click(await screen.findByRole('button', { name: 'Nueva venta' }));
}

const invoices = async () => (await s.h.db.documents.where('kind').equals('invoice').toArray()).filter((d) => d.state !== 'draft');
const drafts = async () => (await s.h.db.documents.where('kind').equals('invoice').toArray()).filter((d) => d.state === 'draft');

describe('a quotation converted into an invoice', () => {
  it('becomes "Facturada", links to its invoice and opens it instead of a second sale', async () => {
    const { quotation, product } = await makeQuotation();
    expect(within(screen.getByRole('article')).getByTestId('quotation-life').textContent).toBe('En cola');
    fireEvent.click(screen.getByRole('button', { name: 'Convertir en factura' }));
    expect(useApp.getState().navigation).toEqual({ screen: 'venta', focusId: quotation.id });
    await confirmInVenta(product.name);

    const [invoice] = await invoices();
    expect(invoice?.origin).toEqual({ quotationDocumentId: quotation.id });
    await s.h.db.documents.update(invoice!.id, { siigo: { id: 'fv-1', name: 'FV-1-45', number: 45, prefix: 'FV' } });

    const view = await openQuotation(quotation.id);
    await waitFor(() => expect(within(view).getByTestId('quotation-life').textContent).toBe('Facturada'));
    expect(within(view).getByTestId('quotation-invoice').textContent).toContain('FV-1-45');
    expect(within(view).queryByRole('button', { name: 'Convertir en factura' })).toBeNull();
    expect(within(view).getByRole<HTMLButtonElement>('button', { name: 'Editar' }).disabled).toBe(true);
    fireEvent.click(within(view).getByRole('button', { name: 'Ver factura FV-1-45' }));
    expect(useApp.getState().navigation).toEqual({ screen: 'documentos', focusId: invoice!.id });

    // The list says it too.
    cleanup();
    useApp.setState({ navigation: { screen: 'cotizaciones' } });
    renderWith(s.services, <CotizacionesScreen />);
    const list = await screen.findByRole('list', { name: 'Cotizaciones' });
    await waitFor(() => expect(within(list).getByTestId('quotation-life').textContent).toBe('Facturada'));
    fireEvent.change(screen.getByLabelText('Estado'), { target: { value: 'enviada' } });
    expect(screen.getByText('Ninguna cotización en ese estado.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Estado'), { target: { value: 'facturada' } });
    expect(within(screen.getByRole('list', { name: 'Cotizaciones' })).getAllByRole('listitem')).toHaveLength(1);

    // A conversion asked again (an old link, a second click elsewhere) opens the invoice, not a sale.
    cleanup();
    useApp.setState({ navigation: { screen: 'venta', focusId: quotation.id } });
    renderWith(s.services, <VentaScreen />);
    await waitFor(() => expect(useApp.getState().navigation).toEqual({ screen: 'documentos', focusId: invoice!.id }));
    expect(await drafts()).toHaveLength(0);
    expect(await invoices()).toHaveLength(1);
  });

  it('opens the sale already open from it, never a second one, and is free again once that invoice is discarded', async () => {
    const { quotation, product } = await makeQuotation();
    fireEvent.click(screen.getByRole('button', { name: 'Convertir en factura' }));
    cleanup();
    renderWith(s.services, <VentaScreen />);
    await screen.findByText(product.name, { selector: '.line-name' });
    fireEvent.change(lineInput('Cantidad', product.name), { target: { value: '3' } });
    cleanup();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [open] = await drafts();
    expect(open?.origin).toEqual({ quotationDocumentId: quotation.id });

    const view = await openQuotation(quotation.id);
    await within(view).findByTestId('open-sale');
    fireEvent.click(within(view).getByRole('button', { name: 'Convertir en factura' }));
    expect(useApp.getState().navigation).toEqual({ screen: 'venta', focusId: open!.id });
    cleanup();
    renderWith(s.services, <VentaScreen />);
    await screen.findByText(product.name, { selector: '.line-name' });
    expect(lineInput('Cantidad', product.name).value).toBe('3');
    // Asked by the quotation's own id, the same sale comes back too.
    cleanup();
    useApp.setState({ navigation: { screen: 'venta', focusId: quotation.id } });
    renderWith(s.services, <VentaScreen />);
    await screen.findByText(product.name, { selector: '.line-name' });
    await waitFor(() => expect(lineInput('Cantidad', product.name).value).toBe('3'));
    expect(await drafts()).toHaveLength(1);

    await confirmInVenta(product.name);
    const [invoice] = await invoices();
    await s.services.outbox.discard(invoice!.id, 'El cliente no la quiso');
    const again = await openQuotation(quotation.id);
    await waitFor(() => expect(within(again).getByTestId('quotation-life').textContent).toBe('En cola'));
    expect(within(again).getByRole('button', { name: 'Convertir en factura' })).toBeTruthy();
  });
});

describe('editing a quotation', () => {
  it('replaces the queued body of one not yet sent: still one quotation', async () => {
    const { quotation, product } = await makeQuotation();
    fireEvent.click(screen.getByRole('button', { name: 'Editar' }));
    await screen.findByRole('heading', { name: /Editar cotización/ });
    expect(screen.getByTestId('fixed-customer').textContent).toContain('Siigo no lo permite');
    expect(screen.queryByLabelText('Buscar cliente (cédula, NIT o nombre)')).toBeNull();
    await screen.findByText(product.name, { selector: '.line-name' });
    fireEvent.change(lineInput('Cantidad', product.name), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    await screen.findByRole('article');
    const all = await s.h.db.documents.toArray();
    expect(all.filter((d) => d.kind === 'quotation')).toHaveLength(1);
    expect(all.filter((d) => d.kind === 'quotationUpdate')).toHaveLength(0);
    expect((all.find((d) => d.id === quotation.id)?.body as { items: Array<{ quantity: number }> }).items[0]?.quantity).toBe(4);
  });

  it('queues an edit of one Siigo has, shows it as pending, and merges a second edit into it', async () => {
    const { quotation, product } = await makeQuotation();
    await s.h.db.documents.update(quotation.id, { state: 'sent', siigo: { id: 'sq-1', name: 'C-1-23', number: 23, prefix: 'C' } });
    await s.h.db.outbox.update(quotation.operationId!, { state: 'sent' });
    const view = await openQuotation(quotation.id);
    await waitFor(() => expect(within(view).getByTestId('quotation-life').textContent).toBe('Enviada'));

    for (const quantity of ['5', '6']) {
      fireEvent.click(screen.getByRole('button', { name: 'Editar' }));
      await screen.findByRole('heading', { name: 'Editar cotización C-1-23' });
      await screen.findByText(product.name, { selector: '.line-name' });
      fireEvent.change(lineInput('Cantidad', product.name), { target: { value: quantity } });
      fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
      const shown = await screen.findByRole('article');
      await within(shown).findByText('Cambios pendientes de enviar a Siigo', { exact: false });
      expect(within(shown).getByRole('row', { name: new RegExp(product.name) }).textContent).toContain(quantity);
    }
    const edits = await s.h.db.documents.where('kind').equals('quotationUpdate').toArray();
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ state: 'queued', target: { documentId: quotation.id, siigoId: 'sq-1' } });
    expect((edits[0]!.body as { items: Array<{ quantity: number }>; customer: unknown }).items[0]?.quantity).toBe(6);
    expect((edits[0]!.body as { customer: unknown }).customer).toEqual((quotation.body as { customer: unknown }).customer);
    expect(await s.h.db.documents.where('kind').equals('quotation').count()).toBe(1);
  });
});

describe('an expired quotation', () => {
  it('shows "Vencida", and a new validity date alone revives it without sending anything to Siigo', async () => {
    const { quotation } = await makeQuotation();
    await s.h.db.documents.update(quotation.id, { state: 'sent', siigo: { id: 'sq-2', name: 'C-1-24', number: 24, prefix: 'C' }, summary: { ...quotation.summary, label: 'Válida hasta 01/02/2020' } });
    const view = await openQuotation(quotation.id);
    await waitFor(() => expect(within(view).getByTestId('quotation-life').textContent).toBe('Vencida'));
    expect(within(view).getByTestId('expired').textContent).toContain('Venció el 01/02/2020');

    fireEvent.click(within(view).getByRole('button', { name: 'Editar' }));
    await screen.findByRole('heading', { name: 'Editar cotización C-1-24' });
    fireEvent.change(screen.getByLabelText('Válida hasta'), { target: { value: '2099-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    const shown = await screen.findByRole('article');
    await waitFor(() => expect(within(shown).getByTestId('quotation-life').textContent).toBe('Enviada'));
    expect(within(shown).getByText(/Válida hasta 31\/12\/2099/)).toBeTruthy();
    expect(await s.h.db.documents.where('kind').equals('quotationUpdate').count()).toBe(0);
  });
});

describe('printing and sending a quotation', () => {
  it('draws it as a page of the chosen size with the customer’s e-mail ready, and names a bad address', async () => {
    const { product } = await makeQuotation();
    fireEvent.click(screen.getByRole('button', { name: 'Imprimir, PDF o correo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Imprimir, guardar o enviar la cotización' });
    const page = within(dialog).getByTestId('quotation-document');
    expect(page.getAttribute('data-page-size')).toBe('Letter');
    expect(within(page).getByText(product.name)).toBeTruthy();
    expect(within(page).getByText('COTIZACIÓN')).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('A4'));
    expect(within(dialog).getByTestId('quotation-document').getAttribute('data-page-size')).toBe('A4');
    const email = within(dialog).getByLabelText<HTMLInputElement>('Correo del cliente');
    await waitFor(() => expect(email.value).toContain('@'));
    fireEvent.change(email, { target: { value: 'compras@' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enviar por correo' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Correo del cliente: escriba un correo válido (ejemplo: nombre@empresa.co).');
  });
});

describe('the price list of a quotation', () => {
  it('starts at Ajustes’ list and re-prices the lines the seller did not type when another is chosen', async () => {
    useApp.setState({ navigation: { screen: 'cotizaciones' } });
    renderWith(s.services, <CotizacionesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nueva cotización' }));
    const [a, b] = scannable(s).filter((p) => !p.tax_included);
    const listPrice = (product: typeof a, position: number) => String(product!.prices[0]!.price_list.find((entry) => entry.position === position)!.value);
    const box = await screen.findByLabelText('Buscar producto o escanear código');
    for (const product of [a, b]) {
      fireEvent.change(box, { target: { value: product!.code } });
      fireEvent.keyDown(box, { key: 'Enter' });
      await screen.findByText(product!.name, { selector: '.line-name' });
    }
    const select = screen.getByLabelText<HTMLSelectElement>('Lista de precios');
    await waitFor(() => expect(within(select).getByRole('option', { name: /Mayorista/ })).toBeTruthy());
    expect(select.value).toBe('');
    expect(within(select).getAllByRole('option')[0]!.textContent).toBe('La de Ajustes (1. Precio de venta 1)');
    expect(lineInput('Precio unitario', a!.name).value).toBe(listPrice(a, 1));
    // The seller types b's price: it stays whatever list is chosen.
    fireEvent.change(lineInput('Precio unitario', b!.name), { target: { value: '1234' } });

    fireEvent.change(select, { target: { value: '2767' } });
    await waitFor(() => expect(lineInput('Precio unitario', a!.name).value).toBe(listPrice(a, 2)));
    expect(lineInput('Precio unitario', b!.name).value).toBe('1234');
    fireEvent.change(select, { target: { value: '2768' } });
    await waitFor(() => expect(lineInput('Precio unitario', a!.name).value).toBe(listPrice(a, 3)));
    expect(lineInput('Precio unitario', b!.name).value).toBe('1234');
  });

  it('is kept with the draft: reopened after a restart, the quotation still uses it', async () => {
    useApp.setState({ navigation: { screen: 'cotizaciones' } });
    renderWith(s.services, <CotizacionesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nueva cotización' }));
    const [a, b] = scannable(s).filter((p) => !p.tax_included);
    const listPrice = (product: typeof a, position: number) => String(product!.prices[0]!.price_list.find((entry) => entry.position === position)!.value);
    const box = await screen.findByLabelText('Buscar producto o escanear código');
    fireEvent.change(box, { target: { value: a!.code } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await screen.findByText(a!.name, { selector: '.line-name' });
    const select = screen.getByLabelText<HTMLSelectElement>('Lista de precios');
    await waitFor(() => expect(within(select).getByRole('option', { name: /Mayorista/ })).toBeTruthy());
    fireEvent.change(select, { target: { value: '2767' } });
    await waitFor(() => expect(lineInput('Precio unitario', a!.name).value).toBe(listPrice(a, 2)));
    await waitFor(async () => expect((await s.h.db.documents.where('kind').equals('quotation').first())?.body).toMatchObject({ mostrador_price_list_id: 2767 }));

    // The app closes and opens again: the draft comes back with its list.
    const [draft] = await s.h.db.documents.where('kind').equals('quotation').toArray();
    await openQuotation(draft!.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Seguir editando' }));
    await screen.findByText(a!.name, { selector: '.line-name' });
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Lista de precios').value).toBe('2767'));
    const again = await screen.findByLabelText('Buscar producto o escanear código');
    fireEvent.change(again, { target: { value: b!.code } });
    fireEvent.keyDown(again, { key: 'Enter' });
    await screen.findByText(b!.name, { selector: '.line-name' });
    expect(lineInput('Precio unitario', b!.name).value).toBe(listPrice(b, 2));
    // Back to Ajustes' list: both lines, still at the list's price, follow it.
    fireEvent.change(screen.getByLabelText('Lista de precios'), { target: { value: '' } });
    await waitFor(() => expect(lineInput('Precio unitario', a!.name).value).toBe(listPrice(a, 1)));
    expect(lineInput('Precio unitario', b!.name).value).toBe(listPrice(b, 1));
  });
});

/** The quotation as Siigo has it (sent, numbered), its operation done. */
async function markSent(quotation: DocumentRow, number = 23): Promise<void> {
  await s.h.db.documents.update(quotation.id, { state: 'sent', siigo: { id: `sq-${number}`, name: `C-1-${number}`, number, prefix: 'C' } });
  await s.h.db.outbox.update(quotation.operationId!, { state: 'sent' });
}

/** Opens the editor on the quotation shown and waits for its lines. */
async function startEditing(productName: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Editar' }));
  await screen.findByRole('heading', { name: /Editar cotización/ });
  await screen.findByText(productName, { selector: '.line-name' });
}

describe('a quotation edited after it was sent', () => {
  it('is converted with its edits, not as it was first sent', async () => {
    const { quotation, product } = await makeQuotation();
    await markSent(quotation);
    const view = await openQuotation(quotation.id);
    await waitFor(() => expect(within(view).getByTestId('quotation-life').textContent).toBe('Enviada'));
    await startEditing(product.name);
    fireEvent.change(lineInput('Cantidad', product.name), { target: { value: '7' } });
    fireEvent.change(lineInput('Precio unitario', product.name), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    const shown = await screen.findByRole('article');
    await within(shown).findByTestId('pending-changes');

    fireEvent.click(within(shown).getByRole('button', { name: 'Convertir en factura' }));
    cleanup();
    renderWith(s.services, <VentaScreen />);
    await screen.findByText(product.name, { selector: '.line-name' });
    await waitFor(() => expect(lineInput('Cantidad', product.name).value).toBe('7'));
    expect(lineInput('Precio unitario', product.name).value).toBe('5000');
  });

  it('says plainly when Siigo refused the edit, with a way to it in Documentos, even past its date', async () => {
    const { quotation, product } = await makeQuotation();
    await markSent(quotation);
    await openQuotation(quotation.id);
    await startEditing(product.name);
    fireEvent.change(lineInput('Cantidad', product.name), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    await screen.findByRole('article');
    const [edit] = await s.h.db.documents.where('kind').equals('quotationUpdate').toArray();
    // Siigo refused it; the quotation's date has also passed meanwhile.
    await s.h.db.documents.update(edit!.id, { state: 'needs_attention', summary: { ...edit!.summary, label: 'Válida hasta 01/02/2020' } });
    await s.h.db.outbox.update(edit!.operationId!, { state: 'needs_attention' });

    const view = await openQuotation(quotation.id);
    await waitFor(() => expect(within(view).getByTestId('quotation-life').textContent).toBe('Requiere atención'));
    expect(within(view).getByTestId('refused-changes').textContent).toContain('Siigo no aceptó los cambios');
    expect(within(view).queryByTestId('pending-changes')).toBeNull();
    expect(within(view).queryByTestId('expired')).toBeNull();
    fireEvent.click(within(within(view).getByTestId('refused-changes')).getByRole('button', { name: 'Ver en Documentos' }));
    expect(useApp.getState().navigation).toEqual({ screen: 'documentos', focusId: edit!.id });
  });

  it('names the customer’s problem Siigo would refuse, though the customer cannot be changed there', async () => {
    const { quotation, product } = await makeQuotation();
    await markSent(quotation);
    const identification = (quotation.body as { customer: { identification: string } }).customer.identification;
    const customer = s.h.db.customers.filter((c) => c.identification === identification);
    const [before] = await customer.toArray();
    // The customer lost its contacts in Siigo since: a quotation to it is refused.
    await customer.modify((c) => { c.siigo = { ...c.siigo, contacts: [] }; });
    try {
      await openQuotation(quotation.id);
      await startEditing(product.name);
      fireEvent.change(lineInput('Cantidad', product.name), { target: { value: '5' } });
      fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
      expect((await screen.findByRole('alert')).textContent).toContain('no tiene contactos');
      expect(screen.getByTestId('fixed-customer')).toBeTruthy();
    } finally {
      await s.h.db.customers.put(before!);
    }
  });

  it('lets "Válida hasta" be emptied: the quotation then shows no date', async () => {
    const { quotation, product } = await makeQuotation();
    await markSent(quotation);
    const view = await openQuotation(quotation.id);
    await waitFor(() => expect(within(view).getByText(/Válida hasta/)).toBeTruthy());
    await startEditing(product.name);
    fireEvent.change(screen.getByLabelText('Válida hasta'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    const shown = await screen.findByRole('article');
    await waitFor(() => expect(within(shown).queryByText(/Válida hasta/)).toBeNull());
    expect((await s.h.db.documents.get(quotation.id))?.summary.label).toBeUndefined();

    // Emptied again together with a change Siigo must get (a queued edit of its own).
    await startEditing(product.name);
    expect(screen.getByLabelText<HTMLInputElement>('Válida hasta').value).toBe('');
    fireEvent.change(screen.getByLabelText('Válida hasta'), { target: { value: '2099-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    await within(await screen.findByRole('article')).findByText(/Válida hasta 31\/01\/2099/);
    await startEditing(product.name);
    fireEvent.change(lineInput('Cantidad', product.name), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Válida hasta'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    const last = await screen.findByRole('article');
    await within(last).findByTestId('pending-changes');
    expect(within(last).queryByText(/Válida hasta/)).toBeNull();
  });
});

describe('a quotation Siigo refused', () => {
  it('asks for attention instead of showing "Vencida" once its date passed', async () => {
    const { quotation } = await makeQuotation();
    await s.h.db.documents.update(quotation.id, { state: 'needs_attention', summary: { ...quotation.summary, label: 'Válida hasta 01/02/2020' } });
    const view = await openQuotation(quotation.id);
    await waitFor(() => expect(within(view).getByTestId('quotation-life').textContent).toBe('Requiere atención'));
    expect(within(view).getByTestId('refused-quotation').textContent).toContain('Siigo no aceptó la cotización');
    expect(within(view).queryByTestId('expired')).toBeNull();
  });
});

describe('a quotation with percentage discounts', () => {
  it('totals the same in the editor, the list, the view and the printout', async () => {
    const types = s.h.db.documentTypes.filter((t) => t.type === 'C');
    const saved = await types.toArray();
    await types.modify((t) => { t.siigo = { ...t.siigo, discount_type: 'Percentage' }; });
    try {
      const { quotation, product } = await makeQuotation();
      await startEditing(product.name);
      fireEvent.change(screen.getByRole('textbox', { name: `Descuento (%) ${product.name}` }), { target: { value: '10' } });
      // "$ 153.390,60" as a number.
      const amount = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
      const total = amount(screen.getByTestId('document-total').textContent!);
      fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
      const view = await screen.findByRole('article');
      await waitFor(() => expect(amount(within(view).getByTestId('document-total').textContent!)).toBe(total));
      // The list shows the summary's total.
      expect(Number((await s.h.db.documents.get(quotation.id))!.summary.total)).toBe(total);

      fireEvent.click(within(view).getByRole('button', { name: 'Imprimir, PDF o correo' }));
      const page = within(await screen.findByRole('dialog')).getByTestId('quotation-document');
      expect(page.textContent).toContain('10%');
      expect(amount(page.querySelector('dd.qp-total')!.textContent!)).toBe(total);
    } finally {
      await s.h.db.documentTypes.bulkPut(saved);
    }
  });
});

describe('sharing a quotation when the computer cannot', () => {
  it('says no mail program opened and shows the address and text to copy', async () => {
    await makeQuotation();
    fireEvent.click(screen.getByRole('button', { name: 'Imprimir, PDF o correo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Imprimir, guardar o enviar la cotización' });
    const email = within(dialog).getByLabelText<HTMLInputElement>('Correo del cliente');
    fireEvent.change(email, { target: { value: 'compras@obra.co' } });
    // This computer has no mail program: the desktop answers that nothing opened.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enviar por correo' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('No se abrió ningún programa de correo');
    expect(within(dialog).queryByText(/Se abrió el correo/)).toBeNull();
    const copy = within(dialog).getByTestId('mail-to-copy');
    expect(within(copy).getByLabelText<HTMLInputElement>('Para').value).toBe('compras@obra.co');
    expect(within(copy).getByLabelText<HTMLInputElement>('Asunto').value).toMatch(/^Cotización/);
    expect(within(copy).getByLabelText<HTMLTextAreaElement>('Mensaje').value).toContain('por un total de');
  });

  it('tells a PDF that could not be written from a cancelled save', async () => {
    await makeQuotation();
    fireEvent.click(screen.getByRole('button', { name: 'Imprimir, PDF o correo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Imprimir, guardar o enviar la cotización' });
    const invoke = s.services.bridge.invoke.bind(s.services.bridge);
    let answer: { saved: boolean; path: null; reason: 'failed' | 'cancelled' } = { saved: false, path: null, reason: 'failed' };
    const spy = vi.spyOn(s.services.bridge, 'invoke').mockImplementation(((channel: string, input: unknown) =>
      channel === 'shell:save-pdf' ? Promise.resolve(answer) : invoke(channel as never, input as never)) as never);
    (window as { mostrador?: unknown }).mostrador = {};
    try {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Guardar PDF' }));
      expect((await within(dialog).findByRole('alert')).textContent).toBe('No se pudo guardar el PDF: ciérrelo si está abierto en otro programa o elija otra carpeta.');
      answer = { saved: false, path: null, reason: 'cancelled' };
      fireEvent.click(within(dialog).getByRole('button', { name: 'Guardar PDF' }));
      expect((await within(dialog).findByRole('status')).textContent).toBe('No se guardó el PDF.');
    } finally {
      delete (window as { mostrador?: unknown }).mostrador;
      spy.mockRestore();
    }
  });
});

