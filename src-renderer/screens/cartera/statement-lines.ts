import { add, compare, decimal, subtract, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { dueReferenceOf, type DueReference } from '../../../src-shared/outbox/due-reference';
import type { Invoice } from '../../../src-shared/siigo';
import type { CustomerAccountRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';

/**
 * One invoice the customer may owe: from Siigo (the cached account) or made here and still in
 * the local queue. `balance` already takes off receipts queued on this PC, as the validation of
 * a new receipt does, so the prefilled amount is one Confirm will accept.
 */
export interface StatementLine {
  key: string;
  /** "FV-1-68"; null for a local invoice Siigo has not numbered yet. */
  name: string | null;
  date: string;
  dueDate: string | null;
  total: Decimal;
  balance: Decimal;
  /** Part of the balance already taken by receipts waiting in the queue. */
  queuedPayments: Decimal;
  /** The instalment a payment names (Siigo invoices); null for local ones (filled when sent). */
  due: DueReference | null;
  /** The local invoice document (shown as "En cola" with its state). */
  document: DocumentRow | null;
}

type InvoiceBody = { date?: string; payments?: Array<{ value: number; due_date?: string }>; items?: unknown[] };
type VoucherBody = { items?: Array<{ due?: { prefix: string; consecutive: number; quote: number }; value: number }> };

const dueKey = (due: { prefix: string; consecutive: number; quote: number }) => `${due.prefix}|${due.consecutive}|${due.quote}`;

/** Receipts that still count against balances: confirmed here, not yet in Siigo, not discarded. */
export function isPendingReceipt(document: DocumentRow): boolean {
  return document.kind === 'voucher' && document.state !== 'sent' && document.state !== 'discarded' && document.state !== 'draft';
}

/** Amounts queued receipts take, by Siigo due key and by local invoice document id. */
function queuedTakes(receipts: readonly DocumentRow[]): { byDue: Map<string, Decimal>; byDocument: Map<string, Decimal> } {
  const byDue = new Map<string, Decimal>();
  const byDocument = new Map<string, Decimal>();
  for (const receipt of receipts) {
    const items = (receipt.body as VoucherBody).items ?? [];
    const referenced = new Map(receipt.refs.map((ref) => [Number(ref.path[1]), ref.documentId]));
    items.forEach((item, index) => {
      const documentId = referenced.get(index);
      if (documentId) byDocument.set(documentId, add(byDocument.get(documentId) ?? ZERO, decimal(item.value)));
      else if (item.due) byDue.set(dueKey(item.due), add(byDue.get(dueKey(item.due)) ?? ZERO, decimal(item.value)));
    });
  }
  return { byDue, byDocument };
}

const invoiceDueDate = (invoice: Invoice) => invoice.payments?.find((p) => p.due_date)?.due_date ?? null;

function siigoLine(invoice: Invoice, taken: Decimal): StatementLine {
  const dueDate = invoiceDueDate(invoice);
  const due = dueReferenceOf(invoice, 1, dueDate ?? undefined);
  return {
    key: invoice.id,
    name: invoice.name,
    date: invoice.date,
    dueDate,
    total: decimal(invoice.total),
    balance: subtract(decimal(invoice.balance ?? 0), taken),
    queuedPayments: taken,
    due,
    document: null,
  };
}

function localLine(document: DocumentRow, taken: Decimal): StatementLine {
  const body = document.body as InvoiceBody;
  const credit = (body.payments ?? []).filter((p) => p.due_date);
  const total = (body.payments ?? []).reduce((sum, p) => add(sum, decimal(p.value)), ZERO);
  const owed = credit.reduce((sum, p) => add(sum, decimal(p.value)), ZERO);
  return {
    key: `doc:${document.id}`,
    name: document.siigo?.name ?? null,
    date: body.date ?? document.createdAt.slice(0, 10),
    dueDate: credit[0]?.due_date ?? null,
    total,
    balance: subtract(owed, taken),
    queuedPayments: taken,
    due: null,
    document,
  };
}

/**
 * The statement: open Siigo invoices oldest first, then invoices made here that Siigo (or the
 * cached account) does not show yet and that were sold on credit. Lines whose whole balance is
 * already taken by queued receipts stay listed, with nothing left to pay.
 */
export function statementLines(
  account: CustomerAccountRow | undefined,
  localInvoices: readonly DocumentRow[],
  receipts: readonly DocumentRow[],
): StatementLine[] {
  const takes = queuedTakes(receipts.filter(isPendingReceipt));
  const known = new Set(account?.invoices.map((invoice) => invoice.id) ?? []);
  const fromSiigo = (account?.invoices ?? [])
    .filter((invoice) => (invoice.balance ?? 0) > 0 && /-\d+$/.test(invoice.name))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((invoice) => {
      const due = dueReferenceOf(invoice);
      const localId = localInvoices.find((doc) => doc.siigo?.id === invoice.id)?.id;
      const taken = add(takes.byDue.get(dueKey(due)) ?? ZERO, localId ? (takes.byDocument.get(localId) ?? ZERO) : ZERO);
      return siigoLine(invoice, taken);
    });
  const fromQueue = localInvoices
    .filter((doc) => doc.state !== 'draft' && doc.state !== 'discarded' && !(doc.siigo && known.has(doc.siigo.id)))
    .map((doc) => localLine(doc, takes.byDocument.get(doc.id) ?? ZERO))
    .filter((line) => compare(line.total, ZERO) > 0 && compare(add(line.balance, line.queuedPayments), ZERO) > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [...fromSiigo, ...fromQueue];
}

/** Σ balances still payable (never below zero per line). */
export function totalOwed(lines: readonly StatementLine[]): Decimal {
  return lines.reduce((sum, line) => (compare(line.balance, ZERO) > 0 ? add(sum, line.balance) : sum), ZERO);
}
