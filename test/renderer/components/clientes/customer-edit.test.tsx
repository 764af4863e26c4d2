// Node environment + happy-dom document (see ../../support/node-dom.ts): the sandbox is reached with Node's fetch.
import '../../support/node-dom';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerCreate } from '../../../../src-shared/siigo';
import type { CustomerRow } from '../../../../src-renderer/data/mirror/rows';
import { ClientesScreen, EDIT_MERGED, EDIT_SAVED } from '../../../../src-renderer/screens/clientes/ClientesScreen';
import { CUSTOMER_SEARCH_LABEL, CustomerPicker } from '../../../../src-renderer/forms/customer/CustomerPicker';
import { createMirrorSync } from '../../../../src-renderer/sync/pull/mirror-sync';
import { startHarness, type Harness } from '../../support/harness';
import { renderScreen } from '../cartera/render-screen';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ size: { customers: 80, products: 10 } });
  // Catalogs too: an edit is checked against them (the customer's seller must exist), as in the app.
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull();
});
afterAll(() => h.close());
afterEach(cleanup);

const detail = () => screen.getByRole('article');
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });

async function open(row: CustomerRow) {
  fireEvent.change(screen.getByLabelText('Buscar cliente'), { target: { value: row.identification } });
  const list = screen.getByRole('list', { name: 'Clientes encontrados' });
  fireEvent.click(await within(list).findByRole('button', { name: new RegExp(row.name) }, { timeout: 5000 }));
  await screen.findByRole('heading', { name: row.name, level: 2 });
}

const editsIn = () => h.db.documents.where('kind').equals('customerUpdate').toArray();

describe('Clientes: editing a customer', () => {
  it('prefills the form from the mirror, queues the whole record as one edit, and shows it at once with a pending mark', async () => {
    const row = (await h.db.customers.toArray()).find((r) => r.active && r.siigo.person_type === 'Company' && (r.siigo.contacts?.length ?? 0) > 0 && r.siigo.related_users?.seller_id && r.siigo.vat_responsible && r.siigo.fiscal_responsibilities?.map((f) => f.code).join() === 'R-99-PN')!;
    renderScreen(h, ClientesScreen, 'clientes');
    await open(row);
    fireEvent.click(within(detail()).getByRole('button', { name: 'Editar' }));
    const form = screen.getByRole('form', { name: 'Editar cliente' });
    expect(input('Razón social').value).toBe(row.siigo.name[0]);
    expect(input('Dirección').value).toBe(row.siigo.address!.address);
    expect(input('Ciudad').value).toMatch(new RegExp(`^${row.siigo.address!.city!.city_name}`));
    // The key of the customer in Siigo cannot change, and the form says why.
    expect(input('NIT').readOnly).toBe(true);
    expect((screen.getByLabelText('Tipo de identificación') as HTMLSelectElement).disabled).toBe(true);
    expect(within(form).getByTestId('locked-identification').textContent).toMatch(/no se\s+pueden cambiar: son los que identifican al cliente en Siigo/);

    type('Dirección', 'Avenida 68 # 13-40');
    type('Teléfono', '601 555 1234');
    fireEvent.click(within(form).getByLabelText(/^Gran contribuyente/));
    expect((within(form).getByLabelText('Responsable de IVA') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByLabelText('No responsable de IVA'));
    fireEvent.click(within(form).getByRole('button', { name: 'Guardar cambios' }));

    expect(await screen.findByText(EDIT_SAVED)).toBeTruthy();
    expect((await within(detail()).findByTestId('pending-edit')).textContent).toBe('Cambios pendientes de enviar a Siigo');
    expect(within(detail()).getByText('Avenida 68 # 13-40')).toBeTruthy();
    expect(within(detail()).getByText(/6015551234/)).toBeTruthy();
    expect(within(detail()).getByText('Gran contribuyente (O-13)')).toBeTruthy();
    expect(within(detail()).getByText('No responsable de IVA')).toBeTruthy();

    const [edit, ...more] = await editsIn();
    expect(more).toEqual([]);
    expect(edit!.target).toEqual({ siigoId: row.id, documentId: null });
    const body = edit!.body as CustomerCreate;
    // A PUT replaces everything: what the form does not show is carried over.
    expect(body).toMatchObject({
      identification: row.identification,
      branch_office: row.branchOffice,
      vat_responsible: false,
      fiscal_responsibilities: [{ code: 'O-13' }],
      related_users: { seller_id: row.siigo.related_users!.seller_id, collector_id: row.siigo.related_users!.collector_id },
      address: { address: 'Avenida 68 # 13-40', postal_code: row.siigo.address!.postal_code, city: { city_code: row.siigo.address!.city!.city_code } },
    });
    expect(body.phones![0]).toMatchObject({ number: '6015551234' });
    expect(body.contacts).toHaveLength(row.siigo.contacts!.length);
    expect(body.contacts[0]!.email).toBe(row.siigo.contacts![0]!.email);

    // Editing again starts from the pending change, and folds into it.
    fireEvent.click(within(detail()).getByRole('button', { name: 'Editar' }));
    expect(input('Dirección').value).toBe('Avenida 68 # 13-40');
    type('Dirección', 'Avenida 68 # 13-42');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    expect(await screen.findByText(EDIT_SAVED)).toBeTruthy();
    expect(await within(detail()).findByText('Avenida 68 # 13-42')).toBeTruthy();
    expect(await editsIn()).toHaveLength(1);
  });

  it("keeps a person's commercial name, which the form does not show, when the phone is corrected", async () => {
    const row = (await h.db.customers.toArray()).find((r) => r.active && r.siigo.person_type === 'Person' && (r.siigo.contacts?.length ?? 0) > 0)!;
    await h.db.customers.put({ ...row, siigo: { ...row.siigo, commercial_name: 'Tienda Doña Rosa' } });
    const before = (await editsIn()).length;
    renderScreen(h, ClientesScreen, 'clientes');
    await open(row);
    fireEvent.click(within(detail()).getByRole('button', { name: 'Editar' }));
    type('Teléfono', '310 222 3344');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    expect(await screen.findByText(EDIT_SAVED)).toBeTruthy();
    const edit = (await editsIn()).slice(before).find((doc) => doc.target?.siigoId === row.id)!;
    expect(edit.body).toMatchObject({ commercial_name: 'Tienda Doña Rosa', phones: [{ number: '3102223344' }] });
  });

  it('is not blocked by a second phone saved in Siigo Nube with dashes and spaces: it is written as digits', async () => {
    const row = (await h.db.customers.toArray()).find((r) => r.active && r.siigo.person_type === 'Company' && (r.siigo.contacts?.length ?? 0) > 0 && (r.siigo.phones?.length ?? 0) > 0)!;
    await h.db.customers.put({ ...row, siigo: { ...row.siigo, phones: [...row.siigo.phones!, { indicative: '(57)', number: '601-555 12 34' }] } });
    const before = (await editsIn()).length;
    renderScreen(h, ClientesScreen, 'clientes');
    await open(row);
    fireEvent.click(within(detail()).getByRole('button', { name: 'Editar' }));
    type('Dirección', 'Calle 10 # 5-20');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    expect(await screen.findByText(EDIT_SAVED)).toBeTruthy();
    const edit = (await editsIn()).slice(before).find((doc) => doc.target?.siigoId === row.id)!;
    expect((edit.body as CustomerCreate).phones).toContainEqual({ indicative: '57', number: '6015551234' });
  });

  it('an edit of a customer still queued for creation merges into it, and says so', async () => {
    renderScreen(h, ClientesScreen, 'clientes');
    fireEvent.click(screen.getByRole('button', { name: /Nuevo cliente/ }));
    type('Número de identificación', '1.036.654.321');
    type('Nombres', 'Luz Ángela');
    type('Apellidos', 'Quintero Ríos');
    type('Dirección', 'Carrera 7 # 45-12');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cliente' }));
    await screen.findByRole('heading', { name: 'Luz Ángela Quintero Ríos', level: 2 });
    // A customer still queued shows its city by name (its body has only the codes).
    expect(within(detail()).getByText('Bogotá, D.C.')).toBeTruthy();
    expect(detail().textContent).not.toMatch(/DANE|11001/);

    const editsBefore = (await editsIn()).length;
    fireEvent.click(within(detail()).getByRole('button', { name: 'Editar' }));
    type('Teléfono', '3104567890');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    expect(await screen.findByText(EDIT_MERGED)).toBeTruthy();
    expect(await within(detail()).findByText(/3104567890/)).toBeTruthy();
    expect(within(detail()).queryByTestId('pending-edit')).toBeNull();

    const creations = (await h.db.documents.where('kind').equals('customer').toArray()).filter((d) => (d.body as CustomerCreate).identification === '1036654321');
    expect(creations).toHaveLength(1);
    expect((creations[0]!.body as CustomerCreate).phones).toEqual([{ indicative: '57', number: '3104567890' }]);
    expect(await editsIn()).toHaveLength(editsBefore);
  });

  it('the detail speaks a shop\'s words', async () => {
    const row = (await h.db.customers.toArray()).find((r) => r.active && r.siigo.person_type === 'Person')!;
    renderScreen(h, ClientesScreen, 'clientes');
    await open(row);
    const words = detail().textContent ?? '';
    expect(words).toMatch(/Régimen de IVA/);
    expect(words).not.toMatch(/DANE|Persona jurídica|branch_office|vat_responsible|fiscal_responsibilities|contacto 1/);
  });

  it('a NIT with its check digit typed in a sale\'s customer search starts a company with that NIT', async () => {
    renderScreen(h, () => <CustomerPicker customer={null} onChange={() => undefined} />, 'venta');
    fireEvent.change(screen.getByLabelText(CUSTOMER_SEARCH_LABEL), { target: { value: '900.123.456-8' } });
    await screen.findByText(/Sin resultados/, undefined, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Crear cliente' }));
    expect((screen.getByLabelText('Empresa') as HTMLInputElement).checked).toBe(true);
    expect(input('NIT').value).toBe('900123456');
    expect(screen.getByLabelText('Dígito de verificación').textContent).toBe('DV 8');
    expect((screen.getByLabelText('Responsable de IVA') as HTMLInputElement).checked).toBe(true);
  });
});
