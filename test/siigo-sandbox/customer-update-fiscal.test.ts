import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, expectSiigoError, openApi } from './helpers';

/**
 * PUT /v1/customers/{id} with the fiscal fields of 05-clientes.md: `fiscal_responsibilities.code`
 * required and one of the table's codes, several allowed; `vat_responsible` a boolean (default
 * false); `check_digit` a digit that, for a NIT, must be the DIAN's. A refused PUT changes nothing.
 */
describe('sandbox: customer PUT, fiscal responsibilities and check digit', () => {
  let api: Api;
  let id: string;
  beforeAll(async () => {
    api = await openApi({});
    const created = await api.call('POST', '/v1/customers', company());
    expect(created.status).toBe(201);
    id = created.body.id;
  });
  afterAll(() => api.sandbox.close());

  function company(overrides: Record<string, unknown> = {}) {
    return {
      person_type: 'Company',
      id_type: '31',
      identification: '900123456',
      name: ['Ferretería El Tornillo S.A.S.'],
      address: { address: 'Calle 10 # 5-20', city: { country_code: 'Co', state_code: '05', city_code: '05001' } },
      contacts: [{ first_name: 'Ferretería El Tornillo S.A.S.', email: 'compras@tornillo.com.co' }],
      ...overrides,
    };
  }

  it('replaces responsibilities and the VAT regime with what the PUT names, several codes at once', async () => {
    const res = await api.call('PUT', `/v1/customers/${id}`, company({ vat_responsible: true, fiscal_responsibilities: [{ code: 'O-13' }, { code: 'O-23' }], check_digit: '8' }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      vat_responsible: true,
      check_digit: '8',
      fiscal_responsibilities: [{ code: 'O-13', name: 'Gran contribuyente' }, { code: 'O-23', name: 'Agente de retención IVA' }],
    });
  });

  it('refuses a code outside the table, an empty list and a wrong NIT check digit, and keeps the customer as it was', async () => {
    expectSiigoError(await api.call('PUT', `/v1/customers/${id}`, company({ fiscal_responsibilities: [{ code: 'O-99' }] })), 400, 'invalid_reference');
    expectSiigoError(await api.call('PUT', `/v1/customers/${id}`, company({ fiscal_responsibilities: [{}] })), 400, 'parameter_required');
    expectSiigoError(await api.call('PUT', `/v1/customers/${id}`, company({ fiscal_responsibilities: [] })), 400, 'parameter_required');
    // 900123456's DIAN digit is 8.
    const wrongDigit = await api.call('PUT', `/v1/customers/${id}`, company({ check_digit: '7' }));
    expectSiigoError(wrongDigit, 400, 'invalid_identification');
    expect(wrongDigit.body.Errors[0].Params).toEqual(['check_digit']);
    expectSiigoError(await api.call('PUT', `/v1/customers/${id}`, company({ check_digit: '88' })), 400, 'invalid_identification');
    const now = await api.call('GET', `/v1/customers/${id}`);
    expect(now.body.fiscal_responsibilities.map((r: { code: string }) => r.code)).toEqual(['O-13', 'O-23']);
    expect(now.body.vat_responsible).toBe(true);
  });

  it('a PUT without the fiscal fields blanks them to Siigo defaults (the whole record is replaced)', async () => {
    const res = await api.call('PUT', `/v1/customers/${id}`, company());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ vat_responsible: false, fiscal_responsibilities: [{ code: 'R-99-PN' }], check_digit: '8' });
  });
});
