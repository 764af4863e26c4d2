import { add, compare, decimal, subtract, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { dueReferenceOf, type DueReference } from '../../../src-shared/outbox/due-reference';
import { dueKey, invoiceDueKey, receiptStage, receiptTakes, takenFrom } from '../../../src-shared/receivables/pending-receipts';
import type { Invoice } from '../../../src-shared/siigo';
import type { CustomerAccountRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';

/**
 * One invoice the customer may owe: from Siigo (the cached account) or made here and still in
 * the local queue. `balance` already takes off receipts recorded on this PC that Siigo has not
 * confirmed (see `pendingReceipts`), so the prefilled amount never collects the same money twice.
 */
export interface StatementLine {
  key: string;
  /** "FV-1-68"; null for a local invoice Siigo has not numbered yet. */
  name: string | null;
  date: string;
  dueDate: string | null;
  total: Decimal;
  balance: Decimal;
  /**
   * Part of the balance taken by receipts recorded here that Siigo has not confirmed yet (queued,
   * or sent after the account was fetched): shown as "Pendiente de confirmar en Siigo".
   */
  pendingPayments: Decimal;
  /**
   * Part of the balance taken by receipts Siigo refused (`needs_attention`): the money was
   * received here, so it stays taken until the receipt is fixed and sent, or discarded.
   */
  refusedPayments: Decimal;
  /** The instalment a payment names (Siigo invoices); null for local ones (filled when sent). */
  due: DueReference | null;
  /** The local invoice document (shown as "En cola" with its state). */
  document: DocumentRow | null;
}

type InvoiceBody = { date?: string; payments?: Array<{ value: number; due_date?: string }>; items?: unknown[] };

/** How a receipt Siigo refused is named wherever it still takes from a balance. */
export const REFUSED_RECEIPT_TEXT = 'Recibo rechazado por Siigo: revíselo en Documentos';

/**
 * Receipts recorded here that still count against an account fetched at `fetchedAt`: queued
 * ones, and sent ones Siigo's balances did not show yet when the account was fetched; apart,
 * those Siigo refused (`receiptStage`).
 */
export function pendingReceipts(receipts: readonly DocumentRow[], fetchedAt: string | null): { pending: DocumentRow[]; refused: DocumentRow[] } {
  const stages = receipts.map((receipt) => [receipt, receiptStage(receipt, fetchedAt)] as const);
  return {
    pending: stages.filter(([, stage]) => stage === 'queued' || stage === 'sent-unconfirmed').map(([receipt]) => receipt),
    refused: stages.filter(([, stage]) => stage === 'refused').map(([receipt]) => receipt),
  };
}

const invoiceDueDate = (invoice: Invoice) => invoice.payments?.find((p) => p.due_date)?.due_date ?? null;

type Taken = { pending: Decimal; refused: Decimal };

function siigoLine(invoice: Invoice, taken: Taken): StatementLine {
  const dueDate = invoiceDueDate(invoice);
  const due = dueReferenceOf(invoice, 1, dueDate ?? undefined);
  return {
    key: invoice.id,
    name: invoice.name,
    date: invoice.date,
    dueDate,
    total: decimal(invoice.total),
    balance: subtract(subtract(decimal(invoice.balance ?? 0), taken.pending), taken.refused),
    pendingPayments: taken.pending,
    refusedPayments: taken.refused,
    due,
    document: null,
  };
}

function localLine(document: DocumentRow, taken: Taken): StatementLine {
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
    balance: subtract(subtract(owed, taken.pending), taken.refused),
    pendingPayments: taken.pending,
    refusedPayments: taken.refused,
    due: null,
    document,
  };
}

/**
 * The statement: open Siigo invoices oldest first, then invoices made here that Siigo (or the
 * cached account) does not show yet and that were sold on credit. Each balance has the receipts
 * recorded here taken off until a fetch after their send shows Siigo's own (`pendingReceipts`),
 * so a payment lowers it at once and never twice. Lines whose whole balance is taken stay
 * listed, with nothing left to pay.
 */
export function statementLines(
  account: CustomerAccountRow | undefined,
  localInvoices: readonly DocumentRow[],
  receipts: readonly DocumentRow[],
): StatementLine[] {
  const counting = pendingReceipts(receipts, account?.fetchedAt ?? null);
  const pending = receiptTakes(counting.pending);
  const refused = receiptTakes(counting.refused);
  const taken = (due: string | null, documentId: string | undefined): Taken => ({
    pending: takenFrom(pending, due, documentId),
    refused: takenFrom(refused, due, documentId),
  });
  const known = new Set(account?.invoices.map((invoice) => invoice.id) ?? []);
  const fromSiigo = (account?.invoices ?? [])
    .filter((invoice) => (invoice.balance ?? 0) > 0 && /-\d+$/.test(invoice.name))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((invoice) => siigoLine(invoice, taken(dueKey(dueReferenceOf(invoice)), localInvoices.find((doc) => doc.siigo?.id === invoice.id)?.id)));
  const fromQueue = localInvoices
    .filter((doc) => doc.state !== 'draft' && doc.state !== 'discarded' && !(doc.siigo && known.has(doc.siigo.id)))
    // Once sent, a payment made after the account was refreshed names its Siigo instalment.
    .map((doc) => localLine(doc, taken(doc.siigo ? invoiceDueKey(doc.siigo) : null, doc.id)))
    .filter((line) => compare(line.total, ZERO) > 0 && compare(add(add(line.balance, line.pendingPayments), line.refusedPayments), ZERO) > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [...fromSiigo, ...fromQueue];
}

/** Σ of what receipts not yet confirmed by Siigo take off the lines. */
export function totalPending(lines: readonly StatementLine[]): Decimal {
  return lines.reduce((sum, line) => add(sum, line.pendingPayments), ZERO);
}

/** Σ of what receipts Siigo refused still take off the lines. */
export function totalRefused(lines: readonly StatementLine[]): Decimal {
  return lines.reduce((sum, line) => add(sum, line.refusedPayments), ZERO);
}

/** Σ balances still payable (never below zero per line). */
export function totalOwed(lines: readonly StatementLine[]): Decimal {
  return lines.reduce((sum, line) => (compare(line.balance, ZERO) > 0 ? add(sum, line.balance) : sum), ZERO);
}
