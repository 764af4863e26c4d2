import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, controllableClock, expectSiigoError, openApi } from './helpers';

describe('sandbox: customers', () => {
  const clock = controllableClock();
  let api: Api;
  beforeAll(async () => {
    api = await openApi({ now: clock.now });
  });
  afterAll(() => api.sandbox.close());

  const person = (overrides: Record<string, unknown> = {}) => ({
    person_type: 'Person',
    id_type: '13',
    identification: '1020304050',
    name: ['María José', 'Peña Ordóñez'],
    address: { address: 'Cra. 18 #79A - 42', city: { country_code: 'Co', state_code: '11', city_code: '11001' } },
    phones: [{ number: '3001234567' }],
    contacts: [{ first_name: 'María José', last_name: 'Peña', email: 'maria.pena@example.com' }],
    ...overrides,
  });

  it('creates a person with Siigo output shape, then refuses the same identification + branch (already_exists)', async () => {
    const res = await api.call('POST', '/v1/customers', person(), { 'idempotency-key': 'Ignored1' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      type: 'Customer',
      person_type: 'Person',
      id_type: { code: '13', name: 'Cédula de ciudadanía' },
      identification: '1020304050',
      branch_office: 0,
      name: ['María José', 'Peña Ordóñez'],
      fiscal_responsibilities: [{ code: 'R-99-PN', name: expect.any(String) }],
      address: { city: { city_code: '11001', city_name: 'Bogotá', state_name: expect.any(String), country_name: 'Colombia' } },
      metadata: { created: clock.now().toISOString(), last_updated: null },
    });
    expectSiigoError(await api.call('POST', '/v1/customers', person(), { 'idempotency-key': 'Ignored1' }), 400, 'already_exists');
    expect((await api.call('POST', '/v1/customers', person({ branch_office: 1 }))).status).toBe(201);
    const found = await api.call('GET', '/v1/customers?identification=1020304050');
    expect(found.body.results).toHaveLength(2);
    const branch1 = await api.call('GET', '/v1/customers?identification=1020304050&branch_office=1');
    expect(branch1.body.results.map((c: { branch_office: number }) => c.branch_office)).toEqual([1]);
  });

  it('computes and checks the NIT check digit', async () => {
    const company = (check_digit?: string) => person({
      person_type: 'Company', id_type: '31', identification: '900373913', name: ['Tiendas Mostrador S.A.S.'],
      ...(check_digit !== undefined ? { check_digit } : {}),
    });
    // 900373913: Σ = 3·3+1·7+9·13+3·17+7·19+3·23+0·29+0·37+9·41 = 755, 755 mod 11 = 7, DV = 11 − 7 = 4
    expectSiigoError(await api.call('POST', '/v1/customers', company('5')), 400, 'invalid_identification');
    const ok = await api.call('POST', '/v1/customers', company());
    expect(ok.status).toBe(201);
    expect(ok.body.check_digit).toBe('4');
  });

  it('validates names, id types, identifications, e-mails, contacts and cities with Siigo codes', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: ['Solo un nombre'] }, 'invalid_array'],
      [{ person_type: 'Company', id_type: '31', identification: '800197268', name: ['A', 'B'] }, 'invalid_array'],
      [{ person_type: 'Alien' }, 'invalid_type'],
      [{ id_type: '99' }, 'invalid_reference'],
      [{ identification: '12-34' }, 'invalid_identification'],
      [{ identification: '12' }, 'invalid_identification'],
      [{ id_type: '41', identification: 'AB#12' }, 'invalid_identification'],
      [{ contacts: [{ first_name: 'X', email: 'no@valid' }] }, 'invalid_email'],
      [{ contacts: Array.from({ length: 11 }, () => ({ first_name: 'X' })) }, 'invalid_array'],
      [{ address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '11', city_code: '99999' } } }, 'invalid_reference'],
      [{ address: undefined }, 'parameter_required'],
      [{ identification: undefined }, 'parameter_required'],
      [{ branch_office: 1000 }, 'invalid_value'],
    ];
    for (const [overrides, code] of cases) {
      expectSiigoError(await api.call('POST', '/v1/customers', JSON.parse(JSON.stringify(person({ identification: '5555555', ...overrides })))), 400, code);
    }
  });

  it('updates with PUT (whole replacement), moves last_updated, and updated_start finds it', async () => {
    const created = await api.call('POST', '/v1/customers', person({ identification: '777888999' }));
    clock.advance(90_000);
    const since = clock.now().toISOString().slice(0, 19) + 'Z';
    const updated = await api.call('PUT', `/v1/customers/${created.body.id}`, person({ identification: '777888999', name: ['Juana', 'De Arco'], phones: [] }));
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: created.body.id, name: ['Juana', 'De Arco'], phones: [], metadata: { created: created.body.metadata.created, last_updated: clock.now().toISOString() } });
    const pulled = await api.call('GET', `/v1/customers?updated_start=${since}`);
    expect(pulled.body.results.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
    expectSiigoError(await api.call('PUT', '/v1/customers/nope', person()), 404, 'not_found');
    expectSiigoError(await api.call('PUT', `/v1/customers/${created.body.id}`, person({ identification: '1020304050' })), 400, 'already_exists');
    expect((await api.call('GET', `/v1/customers/${created.body.id}`)).body.name).toEqual(['Juana', 'De Arco']);
  });
});
