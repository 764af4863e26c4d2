import { add, compare, decimal, subtract, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { ageReceivables, type AgedInvoice, type AgingReport } from '../../../src-shared/receivables/aging';
import { dueKey, receiptCounts, receiptTakes } from '../../../src-shared/receivables/pending-receipts';
import type { Invoice } from '../../../src-shared/siigo';
import type { MostradorDB } from '../db';
import type { DocumentRow } from '../outbox/rows';
import { customerByIdentification } from './lookups';
import type { ReceivableInvoiceRow, ReceivablesStateRow } from './rows';

/**
 * Accounts receivable for Cartera's "Cuentas por cobrar": every Siigo invoice with its balance
 * (`receivables`, filled by sync/pull/receivables-pull.ts) and when they were fetched
 * (`receivablesState`), so the view works offline and says how old it is. What this PC did since
 * is laid over it by the same rule as a customer's statement: receipts Siigo has not confirmed
 * are taken off, invoices made here that the fetch did not include are added.
 */

export const RECEIVABLES_STATE_ID = 'receivables';

export const customerKeyOf = (identification: string, branchOffice: number): string => `${identification}|${branchOffice}`;

const EMPTY_STATE: ReceivablesStateRow = { id: RECEIVABLES_STATE_ID, fetchedAt: null, fullAt: null, lastRequests: 0, lastMode: null, lastError: null };

/** The invoice as kept; null for one that names no customer or has no "PREFIX-number" name. */
export function receivableRowOf(invoice: Invoice): ReceivableInvoiceRow | null {
  const identification = invoice.customer?.identification;
  if (!identification || !/-\d+$/.test(invoice.name)) return null;
  const branchOffice = invoice.customer?.branch_office ?? 0;
  return {
    id: invoice.id,
    name: invoice.name,
    number: invoice.number ?? null,
    customerKey: customerKeyOf(identification, branchOffice),
    identification,
    branchOffice,
    date: invoice.date,
    dueDate: invoice.payments?.find((p) => p.due_date)?.due_date ?? null,
    total: invoice.total,
    // An annulled invoice is owed by nobody, whatever balance it was listed with.
    balance: invoice.annulled ? 0 : (invoice.balance ?? 0),
    lastUpdated: invoice.metadata?.last_updated ?? null,
  };
}

export async function readReceivablesState(db: MostradorDB): Promise<ReceivablesStateRow> {
  return (await db.receivablesState.get(RECEIVABLES_STATE_ID)) ?? EMPTY_STATE;
}

/** A complete full listing: it replaces every row (an invoice deleted in Siigo goes too), atomically. */
export async function replaceReceivables(db: MostradorDB, rows: readonly ReceivableInvoiceRow[], state: Omit<ReceivablesStateRow, 'id' | 'lastError'>): Promise<void> {
  await db.transaction('rw', db.receivables, db.receivablesState, async () => {
    await db.receivables.clear();
    await db.receivables.bulkPut([...rows]);
    await db.receivablesState.put({ ...state, id: RECEIVABLES_STATE_ID, lastError: null });
  });
}

/** An incremental refresh: the changed invoices, and the new state, atomically. */
export async function mergeReceivables(db: MostradorDB, rows: readonly ReceivableInvoiceRow[], state: Omit<ReceivablesStateRow, 'id' | 'lastError'>): Promise<void> {
  await db.transaction('rw', db.receivables, db.receivablesState, async () => {
    await db.receivables.bulkPut([...rows]);
    await db.receivablesState.put({ ...state, id: RECEIVABLES_STATE_ID, lastError: null });
  });
}

export async function recordReceivablesError(db: MostradorDB, message: string): Promise<void> {
  const state = await readReceivablesState(db);
  await db.receivablesState.put({ ...state, lastError: message });
}

/** A customer's line of the view: who, and where to open their statement. */
export interface ReceivableCustomer {
  customerKey: string;
  name: string;
  identification: string;
  branchOffice: number;
  /** The mirrored customer's id (opens its statement); null when the mirror lacks it. */
  mirrorId: string | null;
}

export interface ReceivablesView {
  report: AgingReport;
  customers: Map<string, ReceivableCustomer>;
  state: ReceivablesStateRow;
  /** Σ of receipts recorded here that Siigo has not confirmed, already taken off the report. */
  pending: Decimal;
  /** Ids of receipts Siigo has (sent) but the stored receivables predate: a refresh confirms them. */
  sentUnconfirmed: string[];
}

type InvoiceBody = { date?: string; customer?: { identification?: string; branch_office?: number }; payments?: Array<{ value: number; due_date?: string }> };
type VoucherBody = { customer?: { identification?: string; branch_office?: number } };

/**
 * The aged receivables as this PC knows them now. `today` is Bogotá's date (`yyyy-MM-dd`).
 * Only invoices with a balance after the pending receipts count; a customer whose receipts took
 * everything off disappears.
 */
export async function receivablesView(db: MostradorDB, today: string): Promise<ReceivablesView> {
  const [state, rows, localInvoices, vouchers] = await Promise.all([
    readReceivablesState(db),
    db.receivables.toArray(),
    db.documents.where('kind').equals('invoice').toArray(),
    db.documents.where('kind').equals('voucher').toArray(),
  ]);
  const pendingReceipts = vouchers.filter((receipt) => receiptCounts(receipt, state.fetchedAt));
  const takes = receiptTakes(pendingReceipts);
  const known = new Set(rows.map((row) => row.id));
  const bySiigoId = new Map(localInvoices.filter((doc) => doc.siigo).map((doc) => [doc.siigo!.id, doc.id]));
  let pending = ZERO;
  for (const value of [...takes.byDue.values(), ...takes.byDocument.values()]) pending = add(pending, value);

  const aged: AgedInvoice[] = [];
  for (const row of rows) {
    if (row.balance <= 0) continue;
    const match = /^(.*)-(\d+)$/.exec(row.name)!;
    const key = dueKey({ prefix: match[1]!, consecutive: row.number ?? Number(match[2]), quote: 1 });
    const localId = bySiigoId.get(row.id);
    const taken = add(takes.byDue.get(key) ?? ZERO, localId ? (takes.byDocument.get(localId) ?? ZERO) : ZERO);
    aged.push({ customerKey: row.customerKey, dueDate: row.dueDate ?? row.date, balance: subtract(decimal(row.balance), taken) });
  }
  for (const doc of localInvoices) {
    const line = localReceivable(doc, known, takes.byDocument.get(doc.id) ?? ZERO);
    if (line) aged.push(line);
  }
  const report = ageReceivables(aged, today);
  const customers = new Map<string, ReceivableCustomer>();
  const localNames = new Map<string, string>();
  for (const doc of [...localInvoices, ...vouchers]) {
    const c = (doc.body as VoucherBody | null)?.customer;
    if (c?.identification && doc.summary.customerName) localNames.set(customerKeyOf(c.identification, c.branch_office ?? 0), doc.summary.customerName);
  }
  // Looked up together: IndexedDB answers many small reads faster in one batch than in turn.
  const mirrored = await Promise.all(
    report.customers.map((entry) => {
      const [identification = '', branch = '0'] = entry.customerKey.split('|');
      return customerByIdentification(db, identification, Number(branch));
    }),
  );
  report.customers.forEach((entry, i) => {
    const [identification = '', branch = '0'] = entry.customerKey.split('|');
    const row = mirrored[i];
    customers.set(entry.customerKey, {
      customerKey: entry.customerKey,
      name: row?.name ?? localNames.get(entry.customerKey) ?? identification,
      identification,
      branchOffice: Number(branch),
      mirrorId: row?.id ?? null,
    });
  });
  const sentUnconfirmed = pendingReceipts.filter((receipt) => receipt.state === 'sent').map((receipt) => receipt.id);
  return { report, customers, state, pending, sentUnconfirmed };
}

/** An invoice made here, sold on credit, that the fetched receivables do not include. */
function localReceivable(doc: DocumentRow, known: ReadonlySet<string>, taken: Decimal): AgedInvoice | null {
  if (doc.state === 'draft' || doc.state === 'discarded' || (doc.siigo && known.has(doc.siigo.id))) return null;
  const body = doc.body as InvoiceBody;
  const identification = body.customer?.identification;
  const credit = (body.payments ?? []).filter((p) => p.due_date);
  if (!identification || credit.length === 0) return null;
  const owed = credit.reduce((sum, p) => add(sum, decimal(p.value)), ZERO);
  const balance = subtract(owed, taken);
  if (compare(balance, ZERO) <= 0) return null;
  return { customerKey: customerKeyOf(identification, body.customer?.branch_office ?? 0), dueDate: credit[0]!.due_date!, balance };
}
