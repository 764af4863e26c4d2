import { add, compare, decimal, subtract, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { ageReceivables, type AgedInvoice, type AgingReport } from '../../../src-shared/receivables/aging';
import { invoiceDueKey, receiptParts, receiptStage } from '../../../src-shared/receivables/pending-receipts';
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
  /** Not mirrored yet but created on this PC: its customer document (opens as `doc:<id>`). */
  documentId: string | null;
}

export interface ReceivablesView {
  report: AgingReport;
  customers: Map<string, ReceivableCustomer>;
  state: ReceivablesStateRow;
  /** Σ of receipts recorded here that Siigo's stored balances do not show yet, already taken off the report. */
  pending: Decimal;
  /** Σ of receipts Siigo refused, taken off too (the money was received here; see pending-receipts.ts). */
  refused: Decimal;
  /** Ids of receipts sent after the last refresh started: another refresh may confirm them. */
  sentUnconfirmed: string[];
}

type InvoiceBody = { date?: string; customer?: { identification?: string; branch_office?: number }; payments?: Array<{ value: number; due_date?: string }> };
type VoucherBody = { customer?: { identification?: string; branch_office?: number } };
type CustomerBody = { identification?: string; branch_office?: number };

/**
 * How far before a receipt was marked sent Siigo may have stamped its payment on the invoice's
 * `last_updated`: Siigo applies it before answering, and its clock is not this PC's. The same
 * agreement between clocks the incremental pulls assume (their overlap, pull-context.ts).
 */
const SEND_STAMP_MARGIN_MS = 10 * 60_000;

/** One receipt item against one invoice: how much, and whether Siigo may already show it. */
interface Take {
  receipt: DocumentRow;
  value: Decimal;
}

/**
 * The stored row's balance already has a sent receipt: the last full listing started after it
 * was sent, or a refresh since re-listed the invoice with a change stamped when the receipt was
 * sent or later. An incremental refresh alone proves nothing: it re-lists only invoices whose
 * `last_updated` moved, and the Blueprint does not say a payment moves it.
 */
function siigoShows(sentAt: string, row: ReceivableInvoiceRow, state: ReceivablesStateRow): boolean {
  if (state.fullAt !== null && state.fullAt >= sentAt) return true;
  if (state.fetchedAt === null || state.fetchedAt < sentAt || row.lastUpdated === null) return false;
  const stamped = Date.parse(row.lastUpdated);
  return !Number.isNaN(stamped) && stamped >= Date.parse(sentAt) - SEND_STAMP_MARGIN_MS;
}

/** What was taken off one invoice, split as the view reports it; never more than its balance. */
class Tally {
  pending = ZERO;
  refused = ZERO;
  add(taken: { pending: Decimal; refused: Decimal }, balance: Decimal): void {
    const refused = min(taken.refused, balance);
    this.refused = add(this.refused, refused);
    this.pending = add(this.pending, min(taken.pending, subtract(balance, refused)));
  }
}

const min = (a: Decimal, b: Decimal): Decimal => (compare(a, b) <= 0 ? a : b);

/**
 * The aged receivables as this PC knows them now. `today` is Bogotá's date (`yyyy-MM-dd`).
 * Only invoices with a balance after the receipts recorded here count; a customer whose receipts
 * took everything off disappears.
 */
export async function receivablesView(db: MostradorDB, today: string): Promise<ReceivablesView> {
  const [state, rows, localInvoices, vouchers, localCustomers] = await Promise.all([
    readReceivablesState(db),
    db.receivables.toArray(),
    db.documents.where('kind').equals('invoice').toArray(),
    db.documents.where('kind').equals('voucher').toArray(),
    db.documents.where('kind').equals('customer').toArray(),
  ]);
  // Every receipt that took money here (queued, refused or sent), by what it pays.
  const byDue = new Map<string, Take[]>();
  const byDocument = new Map<string, Take[]>();
  for (const receipt of vouchers.filter((doc) => receiptStage(doc, null) !== 'none')) {
    for (const part of receiptParts(receipt)) {
      const [map, key] = part.documentId ? [byDocument, part.documentId] : [byDue, part.due!];
      map.set(key, [...(map.get(key) ?? []), { receipt, value: part.value }]);
    }
  }
  const takesOf = (due: string | null, documentId: string | undefined) => [...((due && byDue.get(due)) || []), ...((documentId && byDocument.get(documentId)) || [])];
  const split = (takes: readonly Take[], counts: (receipt: DocumentRow) => boolean) => {
    let pending = ZERO;
    let refused = ZERO;
    for (const { receipt, value } of takes) {
      if (!counts(receipt)) continue;
      if (receipt.state === 'needs_attention') refused = add(refused, value);
      else pending = add(pending, value);
    }
    return { pending, refused };
  };

  const tally = new Tally();
  const known = new Set(rows.map((row) => row.id));
  const bySiigoId = new Map(localInvoices.filter((doc) => doc.siigo).map((doc) => [doc.siigo!.id, doc.id]));
  const aged: AgedInvoice[] = [];
  for (const row of rows) {
    if (row.balance <= 0) continue;
    const balance = decimal(row.balance);
    const taken = split(takesOf(invoiceDueKey(row), bySiigoId.get(row.id)), (receipt) => receipt.state !== 'sent' || !siigoShows(receipt.updatedAt, row, state));
    tally.add(taken, balance);
    aged.push({ customerKey: row.customerKey, dueDate: row.dueDate ?? row.date, balance: subtract(subtract(balance, taken.pending), taken.refused) });
  }
  for (const doc of localInvoices) {
    const credit = localCredit(doc, known);
    if (!credit) continue;
    // Its balance is this PC's: every receipt paying it is taken off, by its document or, once
    // Siigo numbered it, by its instalment. The note counts only those Siigo's stored data do not
    // show (none before the first refresh: those sent are in Siigo).
    const takes = takesOf(doc.siigo ? invoiceDueKey(doc.siigo) : null, doc.id);
    const taken = split(takes, () => true);
    tally.add(split(takes, (receipt) => receipt.state !== 'sent' || (state.fetchedAt !== null && state.fetchedAt < receipt.updatedAt)), credit.owed);
    aged.push({ customerKey: credit.customerKey, dueDate: credit.dueDate, balance: subtract(subtract(credit.owed, taken.pending), taken.refused) });
  }
  const report = ageReceivables(aged, today);
  const customers = new Map<string, ReceivableCustomer>();
  const localNames = new Map<string, string>();
  for (const doc of [...localInvoices, ...vouchers]) {
    const c = (doc.body as VoucherBody | null)?.customer;
    if (c?.identification && doc.summary.customerName) localNames.set(customerKeyOf(c.identification, c.branch_office ?? 0), doc.summary.customerName);
  }
  const localCustomerIds = new Map<string, string>();
  for (const doc of localCustomers) {
    const c = doc.body as CustomerBody | null;
    if (doc.state !== 'draft' && doc.state !== 'discarded' && c?.identification) localCustomerIds.set(customerKeyOf(c.identification, c.branch_office ?? 0), doc.id);
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
      documentId: row ? null : (localCustomerIds.get(entry.customerKey) ?? null),
    });
  });
  const sentUnconfirmed = vouchers.filter((receipt) => state.fetchedAt !== null && receiptStage(receipt, state.fetchedAt) === 'sent-unconfirmed').map((receipt) => receipt.id);
  return { report, customers, state, pending: tally.pending, refused: tally.refused, sentUnconfirmed };
}

/** An invoice made here, sold on credit, that the fetched receivables do not include: what it owes on credit. */
function localCredit(doc: DocumentRow, known: ReadonlySet<string>): { customerKey: string; dueDate: string; owed: Decimal } | null {
  if (doc.state === 'draft' || doc.state === 'discarded' || (doc.siigo && known.has(doc.siigo.id))) return null;
  const body = doc.body as InvoiceBody;
  const identification = body.customer?.identification;
  const credit = (body.payments ?? []).filter((p) => p.due_date);
  if (!identification || credit.length === 0) return null;
  const owed = credit.reduce((sum, p) => add(sum, decimal(p.value)), ZERO);
  return { customerKey: customerKeyOf(identification, body.customer?.branch_office ?? 0), dueDate: credit[0]!.due_date!, owed };
}
