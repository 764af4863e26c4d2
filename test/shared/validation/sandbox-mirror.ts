/**
 * A running sandbox plus the app-side mirror of its catalogs, built the way the app builds it:
 * catalogs fetched over HTTP from the catalog endpoints; products, customers and invoice dues
 * read from the sandbox's store (the app would page through /v1/products and /v1/customers).
 */
import { type Sandbox, startSandbox } from '../../../src-main/siigo-sandbox';
import {
  type CityLookup, type CustomerContext, type DueRow, type InvoiceContext, type PaymentDocumentKind, type PaymentTypeRow,
  type QuotationContext, type VoucherContext, colombiaToday,
} from '../../../src-shared/validation';

export const PARTNER_ID = 'MostradorTest';

export interface SiigoAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON under test
  body: any;
}

export interface Mirror {
  sandbox: Sandbox;
  post(path: string, body: unknown): Promise<SiigoAnswer>;
  get(path: string): Promise<SiigoAnswer>;
  invoice: InvoiceContext;
  quotation: QuotationContext;
  voucher: VoucherContext;
  customer: CustomerContext;
  close(): Promise<void>;
}

export async function openMirror(size = { customers: 200, products: 500 }): Promise<Mirror> {
  const sandbox = await startSandbox({ port: 0, size, rateLimit: { requests: 100_000, windowMs: 60_000 } });
  const auth = await fetch(`${sandbox.url}/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Partner-Id': PARTNER_ID },
    body: JSON.stringify({ username: sandbox.credentials.username, access_key: sandbox.credentials.access_key }),
  });
  const { access_token: token } = (await auth.json()) as { access_token: string };
  const call = async (method: string, path: string, body?: unknown): Promise<SiigoAnswer> => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'Partner-Id': PARTNER_ID, Authorization: `Bearer ${token}` },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const get = (path: string) => call('GET', path);

  const documentTypes = (await Promise.all(['FV', 'C', 'RC', 'NC'].map(async (t) => (await get(`/v1/document-types?type=${t}`)).body))).flat();
  const paymentTypes = new Map<number, PaymentTypeRow>();
  for (const kind of ['FV', 'NC', 'RC'] as PaymentDocumentKind[]) {
    for (const p of (await get(`/v1/payment-types?document_type=${kind}`)).body as Array<Omit<PaymentTypeRow, 'documents'>>) {
      const row = paymentTypes.get(p.id) ?? { ...p, documents: [] };
      paymentTypes.set(p.id, { ...row, documents: [...row.documents, kind] });
    }
  }
  const taxes = (await get('/v1/taxes')).body;
  const users = (await get('/v1/users?page_size=100')).body.results;
  const warehouses = (await get('/v1/warehouses')).body;
  const costCenters = (await get('/v1/cost-centers')).body;

  const store = sandbox.store;
  const products = (code: string) => store.productWithCode(code);
  const customers = (identification: string, branch: number) => store.customerByIdentification(identification, branch);
  // The cities the mirror knows are those of the customers it holds.
  const knownCities = new Set(store.customers.map((c) => `${c.address.city.state_code}|${c.address.city.city_code}`));
  const cities: CityLookup = (c) => knownCities.has(`${c.state_code}|${c.city_code}`);
  const dues = (ref: { prefix: string; consecutive: number; quote: number }): DueRow | undefined => {
    if (ref.quote !== 1) return undefined;
    const inv = store.invoices.find((i) => i.name === `${ref.prefix}-${ref.consecutive}`);
    return inv && { ...ref, customer: inv.customer, balance: inv.balance };
  };
  const customer: CustomerContext = { users, cities, exists: (id, branch) => customers(id, branch) !== undefined };
  const today = colombiaToday(new Date());
  return {
    sandbox,
    post: (path, body) => call('POST', path, body),
    get,
    invoice: { today, documentTypes, paymentTypes: [...paymentTypes.values()], taxes, users, warehouses, costCenters, products, customers, customerRules: customer },
    quotation: { documentTypes, taxes, users, costCenters, products, customers },
    voucher: { documentTypes, paymentTypes: [...paymentTypes.values()], costCenters, customers, dues },
    customer,
    close: () => sandbox.close(),
  };
}
