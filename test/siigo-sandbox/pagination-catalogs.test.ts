import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox/index';
import { type Api, expectSiigoError, openApi } from './helpers';

describe('sandbox: pagination, list filters, catalogs', () => {
  let api: Api;
  beforeAll(async () => {
    api = await openApi({ size: { customers: 1234, products: 1050 }, rateLimit: { requests: 1000, windowMs: 60_000 } });
  });
  afterAll(() => api.sandbox.close());

  it('pages 1000+ customers by following _links.next, in stable creation order, without gaps or repeats', async () => {
    const seen: string[] = [];
    let href: string | undefined = `${api.sandbox.url}/v1/customers?page_size=100`;
    let pages = 0;
    while (href) {
      const res = await api.call('GET', href.slice(api.sandbox.url.length));
      expect(res.status).toBe(200);
      expect(res.body.pagination).toEqual({ page: pages + 1, page_size: 100, total_results: 1234 });
      expect(res.body._links.self.href).toContain(`page=${pages + 1}`);
      if (pages > 0) expect(res.body._links.previous.href).toContain(`page=${pages}`);
      else expect(res.body._links.previous).toBeUndefined();
      seen.push(...res.body.results.map((c: { id: string }) => c.id));
      href = res.body._links.next?.href;
      pages++;
    }
    expect(pages).toBe(13);
    expect(seen).toEqual(api.sandbox.store.customers.map((c) => c.id));
    expect(new Set(seen).size).toBe(1234);
  });

  it('defaults page_size to 25, caps it at 100, keeps filters in links and rejects bad page numbers', async () => {
    const def = await api.call('GET', '/v1/products');
    expect(def.body.pagination).toEqual({ page: 1, page_size: 25, total_results: 1050 });
    expect(def.body.results).toHaveLength(25);
    const capped = await api.call('GET', '/v1/products?page_size=500');
    expect(capped.body.pagination.page_size).toBe(100);
    const filtered = await api.call('GET', '/v1/customers?created_start=2000-01-01&page_size=10');
    expect(filtered.body._links.next.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/customers\?created_start=2000-01-01&page_size=10&page=2$/);
    expectSiigoError(await api.call('GET', '/v1/customers?page=0'), 400, 'invalid_value');
    const beyond = await api.call('GET', '/v1/customers?page=999');
    expect(beyond.body.results).toEqual([]);
  });

  it('filters by date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ) and rejects malformed dates', async () => {
    const all = api.sandbox.store.products;
    const pivot = all[500]!.metadata.created;
    const fromPivot = await api.call('GET', `/v1/products?created_start=${pivot.slice(0, 19)}Z&page_size=100`);
    expect(fromPivot.body.pagination.total_results).toBe(all.filter((p) => p.metadata.created >= pivot.slice(0, 19)).length);
    const day = pivot.slice(0, 10);
    const sameDay = await api.call('GET', `/v1/products?created_start=${day}&created_end=${day}&page_size=100`);
    expect(sameDay.body.results.every((p: { metadata: { created: string } }) => p.metadata.created.startsWith(day))).toBe(true);
    for (const bad of ['2025-02-30', '2025/01/01', '2025-01-01T10:00:00', 'yesterday']) {
      const res = await api.call('GET', `/v1/customers?updated_end=${encodeURIComponent(bad)}`);
      expectSiigoError(res, 400, 'invalid_date');
      expect(res.body.Errors[0].Params).toEqual(['updated_end']);
    }
  });

  it('filters products by code and ids, customers by identification', async () => {
    const [a, b] = api.sandbox.store.products;
    expect((await api.call('GET', `/v1/products?code=${a!.code}`)).body.results.map((p: { id: string }) => p.id)).toEqual([a!.id]);
    expect((await api.call('GET', `/v1/products?ids=${a!.id},${b!.id}`)).body.results).toHaveLength(2);
    expect((await api.call('GET', `/v1/products/${b!.id}`)).body.code).toBe(b!.code);
    const c = api.sandbox.store.customers[10]!;
    const res = await api.call('GET', `/v1/customers?identification=${c.identification}&branch_office=${c.branch_office}`);
    expect(res.body.results.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect((await api.call('GET', `/v1/customers/${c.id}`)).body).toEqual(JSON.parse(JSON.stringify(c)));
  });

  it('serves catalogs: plain arrays, users paginated, required type parameters', async () => {
    const taxes = await api.call('GET', '/v1/taxes');
    expect(taxes.body).toEqual(expect.arrayContaining([{ id: DEMO_IDS.taxes.iva19, name: 'IVA 19%', type: 'IVA', percentage: 19, active: true }]));
    expect(Array.isArray((await api.call('GET', '/v1/warehouses')).body)).toBe(true);
    expect(Array.isArray((await api.call('GET', '/v1/price-lists')).body)).toBe(true);
    expect(Array.isArray((await api.call('GET', '/v1/cost-centers')).body)).toBe(true);
    const users = await api.call('GET', '/v1/users');
    expect(users.body.pagination.total_results).toBe(4);
    expect(users.body.results[0]).toEqual(expect.objectContaining({ id: DEMO_IDS.users.main, username: expect.any(String), active: true }));

    const fv = await api.call('GET', '/v1/document-types?type=FV');
    expect(fv.body.map((d: { id: number }) => d.id)).toEqual([DEMO_IDS.documentTypes.fvElectronic, DEMO_IDS.documentTypes.fvPaper]);
    expect(fv.body[0]).toMatchObject({ type: 'FV', electronic_type: 'Electronicvoice', discount_type: 'Value', consecutive: expect.any(Number) });
    expect((await api.call('GET', '/v1/document-types?type=C')).body).toHaveLength(1);
    expect((await api.call('GET', '/v1/document-types?type=RC')).body).toHaveLength(1);
    const nc = await api.call('GET', '/v1/document-types?type=NC');
    expect(nc.body.map((d: { id: number; electronic_type: string }) => [d.id, d.electronic_type])).toEqual([
      [DEMO_IDS.documentTypes.creditNote, 'Electronicvoice'],
      [DEMO_IDS.documentTypes.creditNotePaper, 'NoElectronic'],
    ]);
    const noType = await api.call('GET', '/v1/document-types');
    expectSiigoError(noType, 400, 'parameter_required');
    expect(noType.body.Errors[0].Params).toEqual(['type']);

    const fvPay = await api.call('GET', '/v1/payment-types?document_type=FV');
    expect(fvPay.body.find((p: { name: string }) => p.name === 'Crédito')).toEqual({ id: DEMO_IDS.paymentTypes.credit, name: 'Crédito', type: 'Cartera', active: true, due_date: true });
    const rcPay = await api.call('GET', '/v1/payment-types?document_type=RC');
    expect(rcPay.body.some((p: { due_date: boolean }) => p.due_date)).toBe(false);
    expectSiigoError(await api.call('GET', '/v1/payment-types'), 400, 'parameter_required');
  });
});
