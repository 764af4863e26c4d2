// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerCreate } from '../../../../src-shared/siigo';
import { nitCheckDigit } from '../../../../src-shared/validation';
import { CustomerForm, type CustomerSubmit } from '../../../../src-renderer/forms/customer/CustomerForm';

afterEach(cleanup);

function setup(submit: CustomerSubmit = vi.fn(async () => ({ ok: true as const, documentId: 'doc-1' }))) {
  const onSaved = vi.fn();
  render(<CustomerForm onSaved={onSaved} onCancel={() => undefined} submit={submit} />);
  const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Guardar cliente' }));
  return { onSaved, submit, type, save };
}

describe('the customer form', () => {
  it('asks a person for names and last names, in Spanish, under each field', async () => {
    const { submit, save } = setup();
    save();
    expect(await screen.findByText('Nombres: es obligatorio')).toBeTruthy();
    expect(screen.getByText('Apellidos: es obligatorio')).toBeTruthy();
    expect(screen.getByText('Dirección: es obligatorio')).toBeTruthy();
    expect(screen.getByText(/Identificación: es obligatorio/)).toBeTruthy();
    expect(screen.getByLabelText('Nombres').getAttribute('aria-invalid')).toBe('true');
    expect(submit).not.toHaveBeenCalled();
  });

  it('takes each message away as soon as its field is edited, leaving the others', async () => {
    const { type, save } = setup();
    save();
    expect(await screen.findByText('Nombres: es obligatorio')).toBeTruthy();
    type('Nombres', 'Ana María');
    expect(screen.queryByText('Nombres: es obligatorio')).toBeNull();
    expect(screen.getByLabelText('Nombres').getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText('Apellidos: es obligatorio')).toBeTruthy();
    expect(screen.getByText('Dirección: es obligatorio')).toBeTruthy();
    type('Dirección', 'Calle 10 # 5-20');
    expect(screen.queryByText('Dirección: es obligatorio')).toBeNull();
    expect(screen.getByText('Apellidos: es obligatorio')).toBeTruthy();
  });

  it('asks a company for its business name only, and works out the NIT check digit', async () => {
    const { submit, onSaved, type, save } = setup();
    fireEvent.click(screen.getByLabelText('Empresa'));
    expect(screen.queryByLabelText('Nombres')).toBeNull();
    type('NIT', '900123456');
    expect(screen.getByLabelText('Dígito de verificación').textContent).toBe(`DV ${nitCheckDigit('900123456')}`);
    save();
    expect(await screen.findByText('Razón social: es obligatorio')).toBeTruthy();
    type('Razón social', 'Ferretería El Tornillo SAS');
    type('Dirección', 'Carrera 7 # 12-34');
    type('Correo electrónico (factura electrónica)', 'compras@eltornillo.co');
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const body = (submit as ReturnType<typeof vi.fn>).mock.calls[0]![0] as CustomerCreate;
    expect(body).toMatchObject({
      person_type: 'Company',
      id_type: '31',
      identification: '900123456',
      check_digit: String(nitCheckDigit('900123456')),
      name: ['Ferretería El Tornillo SAS'],
      address: { address: 'Carrera 7 # 12-34', city: { country_code: 'Co', state_code: '11', city_code: '11001' } },
      contacts: [{ first_name: 'Ferretería El Tornillo SAS', email: 'compras@eltornillo.co' }],
    });
    expect(onSaved.mock.calls[0]![0]).toEqual({ documentId: 'doc-1', body, merged: false });
  });

  it('refuses an e-mail that is not one', async () => {
    const { submit, type, save } = setup();
    type('Número de identificación', '1036654321');
    type('Nombres', 'Ana María');
    type('Apellidos', 'Gómez');
    type('Dirección', 'Calle 10 # 5-20');
    type('Correo electrónico (factura electrónica)', 'ana@');
    save();
    expect(await screen.findByText('Correo electrónico: «ana@» no es un correo válido')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/contacto 1/);
    expect(submit).not.toHaveBeenCalled();
  });

  it('shows the issues the submit returns next to their fields', async () => {
    const refused: CustomerSubmit = async () => ({ ok: false, issues: [{ path: ['identification'], code: 'already_exists', message: 'Identificación: ya existe un cliente con 1036654321' }] });
    const { onSaved, type, save } = setup(refused);
    type('Número de identificación', '1036654321');
    type('Nombres', 'Ana María');
    type('Apellidos', 'Gómez');
    type('Dirección', 'Calle 10 # 5-20');
    save();
    expect(await screen.findByText('Identificación: ya existe un cliente con 1036654321')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
