// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"fetch": {"disableSameOriginPolicy": true}}}
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../../../src-renderer/app/app-store';
import { CotizacionesScreen } from '../../../../src-renderer/screens/cotizaciones/CotizacionesScreen';
import { VentaScreen } from '../../../../src-renderer/screens/venta/VentaScreen';
import { customerWithContacts, renderWith, scannable, screenHarnessPerFile } from '../venta/venta-harness';

const s = screenHarnessPerFile();

describe('quotations', () => {
  it('are saved with their validity and become a sale in one step, nothing typed again', async () => {
    useApp.setState({ navigation: { screen: 'cotizaciones' } });
    const view = renderWith(s.services, <CotizacionesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nueva cotización' }));
    const product = scannable(s)[0]!;
    const box = await screen.findByLabelText('Buscar producto o escanear código');
    fireEvent.change(box, { target: { value: product.code } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await screen.findByText(product.name, { selector: '.line-name' });
    const customer = customerWithContacts(s);
    const customerBox = screen.getByLabelText('Buscar cliente (cédula, NIT o nombre)');
    fireEvent.change(customerBox, { target: { value: customer.identification } });
    await screen.findByRole('listbox', { name: 'Clientes encontrados' });
    fireEvent.keyDown(customerBox, { key: 'Enter' });
    await screen.findByTestId('chosen-customer');
    fireEvent.change(screen.getByLabelText('Válida hasta'), { target: { value: '2099-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cotización' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Convertir en factura' }));
    const [quotation] = await s.h.db.documents.where('kind').equals('quotation').toArray();
    expect(quotation?.state).toBe('queued');
    expect(quotation?.summary.label).toBe('Válida hasta 31/01/2099');
    // The validity stays in the local document: Siigo's quotation has no such field.
    expect((quotation?.body as { observations?: string }).observations).toBeUndefined();
    expect(useApp.getState().navigation).toEqual({ screen: 'venta', focusId: quotation!.id });

    view.unmount();
    renderWith(s.services, <VentaScreen />);
    await screen.findByText(product.name, { selector: '.line-name' });
    expect(screen.getByTestId('chosen-customer').textContent).toContain(customer.identification);
    await waitFor(() => expect(useApp.getState().navigation).toEqual({ screen: 'venta' }));
    const drafts = (await s.h.db.documents.where('kind').equals('invoice').toArray()).filter((d) => d.state === 'draft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.origin).toEqual({ quotationDocumentId: quotation!.id });
  });
});
