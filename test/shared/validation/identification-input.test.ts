import { describe, expect, it } from 'vitest';
import { fiscalDefaults, toggleResponsibility } from '../../../src-shared/validation/fiscal-defaults';
import { readIdentificationInput } from '../../../src-shared/validation/identification-input';
import { validateCustomer } from '../../../src-shared/validation';

describe('an identification as people type it', () => {
  it('a cédula loses dots, spaces and commas', () => {
    expect(readIdentificationInput('13', '1.020.304.050')).toEqual({ ok: true, identification: '1020304050', checkDigit: null });
    expect(readIdentificationInput('13', ' 1 020 304 050 ')).toEqual({ ok: true, identification: '1020304050', checkDigit: null });
    expect(readIdentificationInput('13', '1,020,304,050')).toEqual({ ok: true, identification: '1020304050', checkDigit: null });
  });

  it('a NIT with "-d" is read as NIT and check digit, with or without dots', () => {
    expect(readIdentificationInput('31', '900123456-8')).toEqual({ ok: true, identification: '900123456', checkDigit: '8' });
    expect(readIdentificationInput('31', '900.123.456-8')).toEqual({ ok: true, identification: '900123456', checkDigit: '8' });
    expect(readIdentificationInput('31', '900 123 456')).toEqual({ ok: true, identification: '900123456', checkDigit: null });
  });

  it('a wrong check digit names the NIT and the right digit, and keeps what was typed (without separators)', () => {
    expect(readIdentificationInput('31', '900123456-7')).toEqual({ ok: false, identification: '900123456-7', message: 'El dígito de verificación de 900123456 es 8, no 7' });
    expect(readIdentificationInput('31', '900.123.456-7')).toEqual({ ok: false, identification: '900123456-7', message: 'El dígito de verificación de 900123456 es 8, no 7' });
  });

  it('only a NIT takes a check digit: a cédula with a hyphen is left for validation to refuse', () => {
    const reading = readIdentificationInput('13', '1020304050-1');
    expect(reading).toEqual({ ok: true, identification: '1020304050-1', checkDigit: null });
    expect(validateCustomer({ person_type: 'Person', id_type: '13', identification: '1020304050-1' }).ok).toBe(false);
  });

  it('passports and foreign documents are only trimmed (a dot there is not a separator)', () => {
    expect(readIdentificationInput('41', '  AB-123456 ')).toEqual({ ok: true, identification: 'AB-123456', checkDigit: null });
    expect(readIdentificationInput('41', 'AB.123')).toEqual({ ok: true, identification: 'AB.123', checkDigit: null });
  });

  it('validateCustomer names both digits of a wrong NIT check digit', () => {
    const result = validateCustomer({
      person_type: 'Company', id_type: '31', identification: '900123456', check_digit: '7', name: ['Tienda S.A.S.'],
      address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '11', city_code: '11001' } }, contacts: [{ first_name: 'Tienda' }],
    });
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ path: ['check_digit'], message: 'NIT: el dígito de verificación de 900123456 es 8, no 7' })] });
  });
});

describe('fiscal defaults by person type', () => {
  it('a natural person: not VAT responsible, R-99-PN', () => {
    expect(fiscalDefaults('Person', '13')).toEqual({ vatResponsible: false, responsibilities: ['R-99-PN'] });
  });

  it('a company with a NIT: VAT responsible, R-99-PN until chosen from its RUT', () => {
    expect(fiscalDefaults('Company', '31')).toEqual({ vatResponsible: true, responsibilities: ['R-99-PN'] });
  });

  it('a company without a Colombian NIT: not VAT responsible', () => {
    expect(fiscalDefaults('Company', '50')).toEqual({ vatResponsible: false, responsibilities: ['R-99-PN'] });
  });

  it('R-99-PN excludes the others, several others may apply, and the list never empties', () => {
    expect(toggleResponsibility(['R-99-PN'], 'O-13', true)).toEqual(['O-13']);
    expect(toggleResponsibility(['O-13'], 'O-23', true)).toEqual(['O-13', 'O-23']);
    expect(toggleResponsibility(['O-13', 'O-23'], 'R-99-PN', true)).toEqual(['R-99-PN']);
    expect(toggleResponsibility(['O-13', 'O-23'], 'O-13', false)).toEqual(['O-23']);
    expect(toggleResponsibility(['O-13'], 'O-13', false)).toEqual(['R-99-PN']);
  });

  it('an empty list of responsibilities is refused, naming the field', () => {
    const result = validateCustomer({
      person_type: 'Person', id_type: '13', identification: '1020304050', name: ['Ana', 'Gómez'], fiscal_responsibilities: [],
      address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '11', city_code: '11001' } }, contacts: [{ first_name: 'Ana' }],
    });
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ path: ['fiscal_responsibilities'], code: 'parameter_required' })] });
  });
});
