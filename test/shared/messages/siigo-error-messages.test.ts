import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Failure } from '../../../src-shared/failure';
import { documentErrorMessages } from '../../../src-shared/messages/document-error-messages';
import { adviceFor, explainFailure, siigoErrorMessages } from '../../../src-shared/messages/siigo-error-messages';

const overview = readFileSync(new URL('../../fixtures/siigo-api/00-overview.md', import.meta.url), 'utf8');
const documentedCodes = [...overview.matchAll(/^## `([a-z_-]+)`/gm)].map((m) => m[1]!);

/** Every code the app's own validators can report (they name the Siigo code each problem prevents). */
const validationDir = new URL('../../../src-shared/validation/', import.meta.url);
const validatorCodes = [...new Set(readdirSync(validationDir).flatMap((file) =>
  [...readFileSync(new URL(file, validationDir), 'utf8').matchAll(/\.add\((?:\[[^\]]*\]|\w+\([^)]*\)|[\w.]+),\s*'([a-z_-]+)'/g)].map((m) => m[1]!)))];

const rejected = (Code: string, Message: string, Params?: string[]): Failure => ({
  kind: 'rejected', message: 'x', retryable: false, status: 400, errors: [{ Code, Message, ...(Params ? { Params } : {}) }],
});

describe('Siigo error messages', () => {
  it('has a Spanish explanation for every error code Siigo documents', () => {
    expect(documentedCodes.length).toBeGreaterThan(40);
    expect(documentedCodes.filter((code) => !siigoErrorMessages[code])).toEqual([]);
  });

  it('explains every code the app itself can report, and the ones a document can meet on its way', () => {
    expect(validatorCodes.length).toBeGreaterThan(15);
    const met = ['invalid_document', 'invalid_value', 'values_limit', 'invalid_payment', 'invalid_date', 'invalid_total_payments',
      'requests_limit', 'invalid_reference', 'parameters_exclusive', 'invalid_partner_id', 'unauthorized', 'request_too_large'];
    expect([...validatorCodes, ...met].filter((code) => !siigoErrorMessages[code])).toEqual([]);
  });

  it('speaks to the shop: Spanish sentences, no bare field names', () => {
    const all = [...Object.values(siigoErrorMessages), ...Object.values(documentErrorMessages).flatMap((m) => Object.values(m ?? {}))];
    for (const text of all) {
      expect(text).toMatch(/^[A-ZÁÉÍÓÚÑ¿].*\.$/);
      expect(text).not.toMatch(/\b(items|payments|document_id|electronic_type)\b/);
    }
    expect(siigoErrorMessages['values_limit']).toMatch(/nota crédito/);
    expect(siigoErrorMessages['requests_limit']).toMatch(/reintentará solo/);
  });

  it('explains a rejection with what to do and Siigo’s own detail, naming the field', () => {
    const [explained] = explainFailure(rejected('invalid_email', 'The email is invalid', ['contacts[0].email']));
    expect(explained?.advice).toContain('correo electrónico no es válido');
    expect(explained?.detail).toBe('The email is invalid (campo: contacts[0].email)');
    expect(explained?.siigoMessage).toBe('The email is invalid');
    expect(explained?.fields).toEqual(['contacts[0].email']);
    expect(explained?.code).toBe('invalid_email');
  });

  it('explains a code for the document it refused, when that changes its meaning', () => {
    const date = rejected('invalid_date', 'The date can not be earlier than the current date for electronic credit notes', ['date']);
    const [forNote] = explainFailure(date, 'creditNote');
    expect(forNote?.advice).toMatch(/^Una nota crédito electrónica no puede llevar fecha anterior a hoy/);
    expect(forNote?.detail).toBe('The date can not be earlier than the current date for electronic credit notes (campo: date)');
    expect(explainFailure(date, 'invoice')[0]?.advice).toMatch(/^Una factura electrónica/);
    expect(explainFailure(date)[0]?.advice).toBe(siigoErrorMessages['invalid_date']);
    // Codes without a document-specific meaning keep the general one.
    expect(adviceFor('invalid_email', 'creditNote')).toBe(siigoErrorMessages['invalid_email']);
    expect(adviceFor('values_limit', 'creditNote')).toMatch(/queda por acreditar de la factura/);
    expect(adviceFor('invalid_total_payments', 'creditNote')).toMatch(/total de la nota crédito/);
  });

  it('an unknown code still gets advice, with Siigo’s words beside it', () => {
    const [explained] = explainFailure(rejected('brand_new_code', 'Something new'));
    expect(explained).toMatchObject({ advice: 'Siigo rechazó el documento. Revise el detalle.', detail: 'Something new', code: 'brand_new_code' });
  });

  it('a failure Mostrador retries by itself is explained by its kind; Siigo’s words are kept for support', () => {
    const limited: Failure = { kind: 'rate_limited', message: 'x', retryable: true, status: 429, errors: [{ Code: 'requests_limit', Message: 'Too many requests' }] };
    expect(explainFailure(limited)).toEqual([
      { advice: expect.stringContaining('exceso de solicitudes'), detail: null, code: null, siigoMessage: 'Too many requests' },
    ]);
  });

  it('reassures when offline: nothing is lost', () => {
    expect(explainFailure({ kind: 'offline', message: '', retryable: true, errors: [] })[0]?.advice).toContain('se enviará cuando vuelva');
  });
});
