// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerCreate } from '../../../../src-shared/siigo';
import { CustomerForm, type CustomerSubmit } from '../../../../src-renderer/forms/customer/CustomerForm';
import { CityField } from '../../../../src-renderer/forms/customer/CityField';
import { cityLabel, cityOfAddress, type City } from '../../../../src-renderer/forms/customer/cities';
import { useState } from 'react';

afterEach(cleanup);

function setup() {
  const submit = vi.fn<CustomerSubmit>(async () => ({ ok: true as const, documentId: 'doc-1' }));
  const onSaved = vi.fn();
  render(<CustomerForm onSaved={onSaved} onCancel={() => undefined} submit={submit} />);
  const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
  const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
  const leave = (label: string) => fireEvent.blur(field(label));
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Guardar cliente' }));
  const sent = () => submit.mock.calls.at(-1)![0] as CustomerCreate;
  const checked = (label: string | RegExp) => (screen.getByLabelText(label) as HTMLInputElement).checked;
  return { submit, onSaved, field, type, leave, save, sent, checked };
}

const fillPerson = (f: ReturnType<typeof setup>) => {
  f.type('Nombres', 'Ana María');
  f.type('Apellidos', 'Gómez Ruiz');
  f.type('Dirección', 'Calle 10 # 5-20');
};

describe('the identification, typed as people type it', () => {
  it('a cédula with dots is cleaned when the field is left, visibly', () => {
    const f = setup();
    f.type('Número de identificación', '1.020.304.050');
    f.leave('Número de identificación');
    expect(f.field('Número de identificación').value).toBe('1020304050');
  });

  it('a cédula with dots is cleaned on save too, and sent clean', async () => {
    const f = setup();
    fillPerson(f);
    f.type('Número de identificación', '1 020 304 050');
    f.save();
    await waitFor(() => expect(f.submit).toHaveBeenCalledTimes(1));
    expect(f.sent().identification).toBe('1020304050');
    expect(f.field('Número de identificación').value).toBe('1020304050');
  });

  it('"900.123.456-8" is read as NIT 900123456 with its check digit, sent as check_digit', async () => {
    const f = setup();
    fireEvent.click(screen.getByLabelText('Empresa'));
    f.type('NIT', '900.123.456-8');
    f.leave('NIT');
    expect(f.field('NIT').value).toBe('900123456');
    expect(screen.getByLabelText('Dígito de verificación').textContent).toBe('DV 8');
    f.type('Razón social', 'Ferretería El Tornillo S.A.S.');
    f.type('Dirección', 'Carrera 7 # 12-34');
    f.save();
    await waitFor(() => expect(f.submit).toHaveBeenCalledTimes(1));
    expect(f.sent()).toMatchObject({ id_type: '31', identification: '900123456', check_digit: '8' });
  });

  it('a wrong check digit is named under the NIT with the right one; nothing typed is lost and nothing is saved', async () => {
    const f = setup();
    fireEvent.click(screen.getByLabelText('Empresa'));
    f.type('Razón social', 'Ferretería El Tornillo S.A.S.');
    f.type('Dirección', 'Carrera 7 # 12-34');
    f.type('NIT', '900123456-7');
    f.leave('NIT');
    expect(await screen.findByText('El dígito de verificación de 900123456 es 8, no 7')).toBeTruthy();
    expect(f.field('NIT').value).toBe('900123456-7');
    expect(f.field('NIT').getAttribute('aria-invalid')).toBe('true');
    f.save();
    expect(await screen.findByText('El dígito de verificación de 900123456 es 8, no 7')).toBeTruthy();
    expect(f.submit).not.toHaveBeenCalled();
    f.type('NIT', '900123456-8');
    expect(screen.queryByText(/El dígito de verificación de/)).toBeNull();
    f.save();
    await waitFor(() => expect(f.submit).toHaveBeenCalledTimes(1));
    expect(f.sent()).toMatchObject({ identification: '900123456', check_digit: '8' });
  });
});

describe('VAT regime and fiscal responsibilities', () => {
  it('a natural person starts not VAT responsible with R-99-PN; a company with NIT, VAT responsible', () => {
    const f = setup();
    expect(f.checked('No responsable de IVA')).toBe(true);
    expect(f.checked(/^No aplica – Otros/)).toBe(true);
    fireEvent.click(screen.getByLabelText('Empresa'));
    expect(f.checked('Responsable de IVA')).toBe(true);
    expect(f.checked(/^No aplica – Otros/)).toBe(true);
  });

  it('keeps what the user chose when the person type changes afterwards', () => {
    const f = setup();
    fireEvent.click(screen.getByLabelText('Empresa'));
    fireEvent.click(screen.getByLabelText('No responsable de IVA'));
    fireEvent.click(screen.getByLabelText('Persona natural'));
    fireEvent.click(screen.getByLabelText('Empresa'));
    expect(f.checked('No responsable de IVA')).toBe(true);
  });

  it('several responsibilities may apply; R-99-PN excludes them; all go to Siigo with the regime', async () => {
    const f = setup();
    fireEvent.click(screen.getByLabelText('Empresa'));
    const fiscal = screen.getByRole('group', { name: 'Responsabilidades fiscales (según el RUT)' });
    fireEvent.click(within(fiscal).getByLabelText(/Gran contribuyente/));
    fireEvent.click(within(fiscal).getByLabelText(/Agente de retención IVA/));
    expect(f.checked(/^No aplica – Otros/)).toBe(false);
    f.type('NIT', '900123456');
    f.type('Razón social', 'Ferretería El Tornillo S.A.S.');
    f.type('Dirección', 'Carrera 7 # 12-34');
    f.save();
    await waitFor(() => expect(f.submit).toHaveBeenCalledTimes(1));
    expect(f.sent()).toMatchObject({ vat_responsible: true, fiscal_responsibilities: [{ code: 'O-13' }, { code: 'O-23' }] });
    fireEvent.click(within(fiscal).getByLabelText(/No aplica/));
    expect(f.checked(/^Gran contribuyente/)).toBe(false);
    expect(f.checked(/^Agente de retención IVA/)).toBe(false);
  });
});

describe('the city, by name', () => {
  it('a new form shows its city by name, never a DANE code', () => {
    setup();
    expect((screen.getByLabelText('Ciudad') as HTMLInputElement).value).toBe('Bogotá, D.C.');
    expect(document.body.textContent).not.toMatch(/DANE|11001/);
  });

  it('a saved city is shown by the names Siigo gave it, or the list\'s for a queued body with only codes', () => {
    expect(cityLabel(cityOfAddress({ country_code: 'Co', state_code: '11', city_code: '11001', city_name: 'Bogotá', state_name: 'Bogotá D.C.' })!)).toBe('Bogotá D.C.');
    expect(cityLabel(cityOfAddress({ country_code: 'Co', state_code: '05', city_code: '05001', city_name: 'Medellín', state_name: 'Antioquia' })!)).toBe('Medellín — Antioquia');
    expect(cityLabel(cityOfAddress({ country_code: 'Co', state_code: '76', city_code: '76520' })!)).toBe('Palmira — Valle del Cauca');
    expect(cityLabel(cityOfAddress({ country_code: 'Co', state_code: '25', city_code: '25899' })!)).toBe('Ciudad registrada en Siigo');
  });

  it('searches by name without accents and sends the chosen city\'s codes', async () => {
    const f = setup();
    fillPerson(f);
    f.type('Número de identificación', '1020304050');
    f.type('Ciudad', 'medellin');
    const options = screen.getByRole('listbox', { name: 'Ciudades' });
    expect(within(options).getAllByRole('option').map((o) => o.textContent)).toEqual(['Medellín — Antioquia']);
    fireEvent.keyDown(f.field('Ciudad'), { key: 'Enter' });
    expect(f.field('Ciudad').value).toBe('Medellín — Antioquia');
    f.save();
    await waitFor(() => expect(f.submit).toHaveBeenCalledTimes(1));
    expect(f.sent().address.city).toEqual({ country_code: 'Co', state_code: '05', city_code: '05001' });
  });

  it('a saved city outside the list can be chosen again after a letter of it was deleted', () => {
    const rionegro = cityOfAddress({ country_code: 'Co', state_code: '05', city_code: '05615', city_name: 'Rionegro', state_name: 'Antioquia' })!;
    let chosen: City | null = rionegro;
    function Field() {
      const [city, setCity] = useState<City | null>(rionegro);
      return <CityField city={city} onChange={(next) => { chosen = next; setCity(next); }} messages={[]} />;
    }
    render(<Field />);
    const field = screen.getByLabelText('Ciudad') as HTMLInputElement;
    expect(field.value).toBe('Rionegro — Antioquia');
    fireEvent.change(field, { target: { value: 'Rionegr' } });
    const options = screen.getByRole('listbox', { name: 'Ciudades' });
    expect(within(options).getAllByRole('option').map((o) => o.textContent)).toContain('Rionegro — Antioquia');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(chosen).toMatchObject({ cityCode: '05615', stateCode: '05' });
  });

  it('a text that names no city is kept and refused under the field, in words', async () => {
    const f = setup();
    fillPerson(f);
    f.type('Número de identificación', '1020304050');
    f.type('Ciudad', 'Macondo');
    f.leave('Ciudad');
    f.save();
    expect(await screen.findByText('Ciudad: escriba el nombre de la ciudad y elíjala de la lista')).toBeTruthy();
    expect(f.field('Ciudad').value).toBe('Macondo');
    expect(f.submit).not.toHaveBeenCalled();
  });
});

describe('labels in a shop\'s words', () => {
  it('no API words anywhere in the form, nor in its messages', async () => {
    const f = setup();
    f.type('Correo electrónico (factura electrónica)', 'ana@');
    f.type('Teléfono', '300 12a');
    f.save();
    expect(await screen.findByText('Correo electrónico: «ana@» no es un correo válido')).toBeTruthy();
    expect(screen.getByText(/^Teléfono: solo números/)).toBeTruthy();
    const words = document.body.textContent ?? '';
    expect(words).not.toMatch(/DANE|contacto 1|Teléfono 1|branch_office|fiscal_responsibilities|vat_responsible|check_digit|id_type|Person\b|Company\b/);
  });
});
