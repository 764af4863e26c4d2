import { describe, expect, it } from 'vitest';
import { validateCustomer } from '../../../src-shared/validation';
import { codesOf, issuesOf, onlyIssue } from './fixtures';

const person = {
  person_type: 'Person',
  id_type: '13',
  identification: '1036654321',
  name: ['María José', 'Restrepo Gómez'],
  address: { address: 'Carrera 43A # 1 - 50', city: { country_code: 'Co', state_code: '05', city_code: '05001' } },
  phones: [{ indicative: '57', number: '3001234567' }],
  contacts: [{ first_name: 'María José', last_name: 'Restrepo', email: 'maria.restrepo@gmail.com', phone: { number: '3001234567' } }],
  fiscal_responsibilities: [{ code: 'R-99-PN' }],
};

describe('validateCustomer', () => {
  it('accepts a complete person', () => {
    expect(validateCustomer(person)).toEqual({ ok: true });
  });

  it('a person has names and last names; a company one business name', () => {
    const one = onlyIssue(validateCustomer({ ...person, name: ['María José Restrepo'] }));
    expect(one).toMatchObject({ code: 'invalid_array', path: ['name'] });
    expect(one.message).toBe('Nombre: una persona natural lleva dos partes, nombres y apellidos');
    const company = onlyIssue(validateCustomer({ ...person, person_type: 'Company', name: ['Ferretería', 'El Progreso'] }));
    expect(company.message).toBe('Nombre: una empresa lleva una sola parte, la razón social');
  });

  it('checks name length and Siigo\'s name characters', () => {
    expect(onlyIssue(validateCustomer({ ...person, name: ['M'.repeat(101), 'Gómez'] }))).toMatchObject({ code: 'length_max', path: ['name', 0], message: 'Nombres: máximo 100 caracteres' });
    expect(onlyIssue(validateCustomer({ ...person, name: ['Ana', "D'Alessandro"] }))).toMatchObject({ code: 'invalid_name', path: ['name', 1] });
    expect(validateCustomer({ ...person, name: ['Ñusta Íngrid', 'Muñoz & Peña (hija)'] })).toEqual({ ok: true });
  });

  it('person type and customer type', () => {
    expect(onlyIssue(validateCustomer({ ...person, person_type: 'Empresa' }))).toMatchObject({ code: 'invalid_type', path: ['person_type'] });
    expect(validateCustomer({ ...person, person_type: 'person' })).toEqual({ ok: true });
    expect(onlyIssue(validateCustomer({ ...person, type: 'Client' })).code).toBe('invalid_type');
  });

  it('requires at least one contact (customer_settings) and at most 10', () => {
    const none = onlyIssue(validateCustomer({ ...person, contacts: [] }));
    expect(none).toMatchObject({ code: 'customer_settings', path: ['contacts'] });
    expect(none.message).toMatch(/^Contactos: agregue al menos un contacto/);
    expect(onlyIssue(validateCustomer({ ...person, contacts: undefined })).code).toBe('customer_settings');
    const eleven = Array.from({ length: 11 }, () => ({ first_name: 'Ana' }));
    expect(onlyIssue(validateCustomer({ ...person, contacts: eleven })).code).toBe('invalid_array');
  });

  it('checks contact e-mails with Siigo\'s pattern, and contact lengths', () => {
    const bad = onlyIssue(validateCustomer({ ...person, contacts: [{ first_name: 'Ana', email: 'ana@gmail' }] }));
    expect(bad).toMatchObject({ code: 'invalid_email', path: ['contacts', 0, 'email'] });
    expect(bad.message).toBe('Correo del contacto 1: «ana@gmail» no es un correo válido');
    expect(onlyIssue(validateCustomer({ ...person, contacts: [{ first_name: 'A'.repeat(51) }] })).code).toBe('length_max');
    expect(onlyIssue(validateCustomer({ ...person, contacts: [{ last_name: 'Gómez' }] }))).toMatchObject({ code: 'parameter_required', path: ['contacts', 0, 'first_name'] });
  });

  it('phones are digits only, up to 10', () => {
    expect(onlyIssue(validateCustomer({ ...person, phones: [{ number: '300 123 4567' }] }))).toMatchObject({ code: 'invalid_value', path: ['phones', 0, 'number'] });
    expect(onlyIssue(validateCustomer({ ...person, phones: [{ indicative: '57' }] }))).toMatchObject({ code: 'parameter_required', path: ['phones', 0, 'number'] });
  });

  it('branch office 0–999', () => {
    expect(onlyIssue(validateCustomer({ ...person, branch_office: 1000 }))).toMatchObject({ code: 'invalid_value', message: 'Sucursal: debe ser un número entre 0 y 999' });
    expect(validateCustomer({ ...person, branch_office: 999 })).toEqual({ ok: true });
  });

  it('city codes must be present and, in Colombia, a DANE city of its department', () => {
    expect(onlyIssue(validateCustomer({ ...person, address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '05' } } })))
      .toMatchObject({ code: 'parameter_required', path: ['address', 'city', 'city_code'], message: 'Ciudad de la dirección: es obligatorio' });
    expect(onlyIssue(validateCustomer({ ...person, address: { address: 'Calle 1', city: { country_code: 'CO', state_code: '05', city_code: '11001' } } })).code).toBe('invalid_reference');
    const cities = (c: { city_code: string }) => c.city_code === '05001';
    expect(validateCustomer(person, { cities })).toEqual({ ok: true });
    expect(onlyIssue(validateCustomer({ ...person, address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '05', city_code: '05088' } } }, { cities })).code).toBe('invalid_reference');
    expect(validateCustomer({ ...person, address: { address: 'Main St', city: { country_code: 'US', state_code: '01', city_code: '0101' } } })).toEqual({ ok: true });
  });

  it('address length, fiscal responsibilities, comments, related users, duplicates', () => {
    expect(onlyIssue(validateCustomer({ ...person, address: { ...person.address, address: 'x'.repeat(257) } })).code).toBe('length_max');
    expect(onlyIssue(validateCustomer({ ...person, fiscal_responsibilities: [{ code: 'O-99' }] }))).toMatchObject({ code: 'invalid_reference', path: ['fiscal_responsibilities', 0, 'code'] });
    expect(onlyIssue(validateCustomer({ ...person, comments: 'x'.repeat(4001) })).code).toBe('length_max');
    expect(onlyIssue(validateCustomer({ ...person, related_users: { seller_id: 1 } }, { users: [{ id: 629 }] })).code).toBe('invalid_reference');
    const exists = onlyIssue(validateCustomer(person, { exists: (id, branch) => id === '1036654321' && branch === 0 }));
    expect(exists).toMatchObject({ code: 'already_exists', path: ['identification'] });
  });

  it('reports every problem at once', () => {
    const result = validateCustomer({ person_type: 'Person', id_type: '13', identification: '12', name: ['Ana'], address: {}, contacts: [{ first_name: 'Ana', email: 'x' }] });
    expect(codesOf(result).sort()).toEqual(['invalid_array', 'invalid_email', 'invalid_identification', 'parameter_required', 'parameter_required'].sort());
    expect(issuesOf(result).every((i) => /^[A-ZÁÉÍÓÚÑ][^:]+: /.test(i.message))).toBe(true);
  });
});
