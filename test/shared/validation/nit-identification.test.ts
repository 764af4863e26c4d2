import { describe, expect, it } from 'vitest';
import { NitFormatError, nitCheckDigit, validateCustomer } from '../../../src-shared/validation';
import { onlyIssue } from './fixtures';

describe('nitCheckDigit (DIAN modulo 11)', () => {
  it('gives the check digit of known real NITs', () => {
    expect(nitCheckDigit('800197268')).toBe(4); // DIAN
    expect(nitCheckDigit('890903938')).toBe(8); // Bancolombia
    expect(nitCheckDigit('900123456')).toBe(8);
    expect(nitCheckDigit('860034313')).toBe(7); // Davivienda
    expect(nitCheckDigit('899999068')).toBe(1); // Ecopetrol
  });

  it('keeps remainders 0 and 1 as the digit itself', () => {
    // 1 × 3 = 3 → 11 − 3 = 8; "4": 12 % 11 = 1 → 1; "0" → 0.
    expect(nitCheckDigit('1')).toBe(8);
    expect(nitCheckDigit('4')).toBe(1);
    expect(nitCheckDigit('0')).toBe(0);
  });

  it('refuses what is not 1–15 digits', () => {
    expect(() => nitCheckDigit('90012345-6')).toThrow(NitFormatError);
    expect(() => nitCheckDigit('')).toThrow(NitFormatError);
    expect(() => nitCheckDigit('1234567890123456')).toThrow(NitFormatError);
  });
});

const base = {
  person_type: 'Company',
  id_type: '31',
  identification: '900123456',
  name: ['Ferretería El Progreso S.A.S.'],
  address: { address: 'Calle 10 # 5 - 20', city: { country_code: 'Co', state_code: '11', city_code: '11001' } },
  contacts: [{ first_name: 'Ana', email: 'ana@ferreteria.com.co' }],
};

describe('identification rules per id type', () => {
  it('names the expected NIT check digit', () => {
    const issue = onlyIssue(validateCustomer({ ...base, check_digit: '3' }));
    expect(issue).toMatchObject({ path: ['check_digit'], code: 'invalid_identification' });
    expect(issue.message).toBe('NIT: el dígito de verificación de 900123456 es 8, no 3');
    expect(validateCustomer({ ...base, check_digit: '8' })).toEqual({ ok: true });
  });

  it('cédula, NIT and registro civil are 3–13 digits', () => {
    for (const [idType, identification] of [['13', '12'], ['13', '1234567890123'.concat('4')], ['31', '90012345A'], ['11', '12-34']] as const) {
      const issue = onlyIssue(validateCustomer({ ...base, person_type: 'Person', name: ['Ana', 'Gómez'], id_type: idType, identification }));
      expect(issue.code).toBe('invalid_identification');
      expect(issue.message).toMatch(/solo números, de 3 a 13 dígitos/);
    }
    expect(validateCustomer({ ...base, person_type: 'Person', name: ['Ana', 'Gómez'], id_type: '13', identification: '1036654321' })).toEqual({ ok: true });
  });

  it('alphanumeric types take letters, digits and inner hyphens, up to 20 (13 for R-00-PN)', () => {
    const person = { ...base, person_type: 'Person', name: ['John', 'Smith'] };
    expect(validateCustomer({ ...person, id_type: '41', identification: 'AB-123456' })).toEqual({ ok: true });
    expect(onlyIssue(validateCustomer({ ...person, id_type: '41', identification: 'AB 123' })).code).toBe('invalid_identification');
    expect(onlyIssue(validateCustomer({ ...person, id_type: '41', identification: '-AB123' })).code).toBe('invalid_identification');
    expect(onlyIssue(validateCustomer({ ...person, id_type: '22', identification: 'X'.repeat(21) })).message).toMatch(/máximo 20/);
    expect(onlyIssue(validateCustomer({ ...person, id_type: 'R-00-PN', identification: 'X'.repeat(14) })).message).toMatch(/máximo 13/);
  });

  it('a check digit on another id type is a single digit', () => {
    const person = { ...base, person_type: 'Person', name: ['Ana', 'Gómez'], id_type: '13', identification: '1036654321' };
    expect(validateCustomer({ ...person, check_digit: '5' })).toEqual({ ok: true });
    expect(onlyIssue(validateCustomer({ ...person, check_digit: '55' })).message).toBe('Identificación: debe ser un solo dígito de 0 a 9');
  });

  it('an unknown id type is an invalid reference', () => {
    expect(onlyIssue(validateCustomer({ ...base, id_type: '99' }))).toMatchObject({ code: 'invalid_reference', path: ['id_type'] });
  });
});
