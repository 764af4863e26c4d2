import { decimal, subtract, toNumber } from '../../../src-shared/money/decimal';
import { dueReferenceOf } from '../../../src-shared/outbox/due-reference';
import { colombiaToday } from '../../../src-shared/validation';
import type {
  CatalogRow,
  CustomerRow as RuleCustomer,
  DocumentTypeRow,
  DueRow,
  PaymentTypeRow,
  ProductRow as RuleProduct,
  TaxRow,
} from '../../../src-shared/validation/context';
import { dueKey, receiptCounts, receiptTakes, takenFrom } from '../../../src-shared/receivables/pending-receipts';
import type { MostradorDB } from '../db';
import { customerByIdentification, productByBarcodeOrCode } from '../mirror/lookups';

/**
 * The company as the validators need it, read from the local mirror plus what this PC has queued
 * but Siigo does not know yet: customers created offline, and invoices a payment may settle.
 */
export interface CompanySnapshot {
  today: string;
  documentTypes: DocumentTypeRow[];
  paymentTypes: PaymentTypeRow[];
  taxes: TaxRow[];
  users: CatalogRow[];
  warehouses: CatalogRow[];
  costCenters: CatalogRow[];
}

export async function companySnapshot(db: MostradorDB, now: number): Promise<CompanySnapshot> {
  const [documentTypes, paymentTypes, taxes, users, warehouses, costCenters] = await Promise.all([
    db.documentTypes.toArray(),
    db.paymentTypes.toArray(),
    db.taxes.toArray(),
    db.users.toArray(),
    db.warehouses.toArray(),
    db.costCenters.toArray(),
  ]);
  const user = (row: (typeof users)[number]): CatalogRow => ({
    id: row.id,
    name: [row.siigo.first_name, row.siigo.last_name].filter(Boolean).join(' '),
    active: row.siigo.active,
  });
  return {
    today: colombiaToday(new Date(now)),
    documentTypes: documentTypes.map((row) => row.siigo as DocumentTypeRow),
    paymentTypes: paymentTypes.map((row) => ({
      ...(row.siigo as Omit<PaymentTypeRow, 'documents'>),
      documents: row.documentTypes as PaymentTypeRow['documents'],
    })),
    taxes: taxes.map((row) => row.siigo as TaxRow),
    users: users.map(user),
    warehouses: warehouses.map((row) => row.siigo as CatalogRow),
    costCenters: costCenters.map((row) => row.siigo as CatalogRow),
  };
}

/** Customers a document names: mirrored ones, or created offline and still queued. */
export async function customersFor(db: MostradorDB, keys: ReadonlyArray<{ identification: string; branchOffice: number }>): Promise<RuleCustomer[]> {
  const queued = (await db.documents.where('kind').equals('customer').toArray())
    .filter((doc) => doc.state !== 'discarded')
    .map((doc) => doc.body as RuleCustomer);
  const found: RuleCustomer[] = [];
  for (const key of keys) {
    const mirrored = await customerByIdentification(db, key.identification, key.branchOffice);
    if (mirrored) found.push(mirrored.siigo as RuleCustomer);
    else {
      const offline = queued.find((c) => c.identification === key.identification && (c.branch_office ?? 0) === key.branchOffice);
      if (offline) found.push(offline);
    }
  }
  return found;
}

/** Products a document's lines name, by code (inactive ones included: the rule reports them). */
export async function productsFor(db: MostradorDB, codes: readonly string[]): Promise<RuleProduct[]> {
  const rows = await Promise.all([...new Set(codes)].map((code) => productByBarcodeOrCode(db, code, { includeInactive: true })));
  return rows.flatMap((row) => (row ? [row.siigo as RuleProduct] : []));
}

/**
 * Open instalments of a customer's invoices as last fetched, less what this PC's receipts still
 * take from them: the statement's own balances (`statementLines`), so the form and the
 * validation never disagree on what may be collected.
 */
export async function duesFor(db: MostradorDB, identification: string, branchOffice: number): Promise<DueRow[]> {
  const customer = await customerByIdentification(db, identification, branchOffice);
  const account = customer ? await db.accounts.get(customer.id) : undefined;
  if (!account) return [];
  const [receipts, localInvoices] = await Promise.all([
    db.documents.where('kind').equals('voucher').toArray(),
    db.documents.where('kind').equals('invoice').toArray(),
  ]);
  // Sent ones too, until the cached account was fetched after them; refused ones too (see receiptCounts).
  const takes = receiptTakes(receipts.filter((doc) => receiptCounts(doc, account.fetchedAt)));
  const localIdOf = new Map(localInvoices.flatMap((doc) => (doc.siigo ? [[doc.siigo.id, doc.id] as const] : [])));
  return account.invoices.flatMap((invoice) => {
    if (!invoice.balance || !/-\d+$/.test(invoice.name)) return [];
    const { prefix, consecutive, quote } = dueReferenceOf(invoice);
    const balance = subtract(decimal(invoice.balance), takenFrom(takes, dueKey({ prefix, consecutive, quote }), localIdOf.get(invoice.id)));
    return [{ prefix, consecutive, quote, customer: { identification, branch_office: branchOffice }, balance: toNumber(balance) }];
  });
}
