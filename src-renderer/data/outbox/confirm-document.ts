import {
  customerLookup,
  dueLookup,
  productLookup,
  validateCustomer,
  validateInvoice,
  validateQuotation,
  validateCreditNote,
  validateVoucher,
  type ValidationIssue,
  type ValidationResult,
} from '../../../src-shared/validation';
import type { DueRow } from '../../../src-shared/validation/context';
import { add, decimal, toFixedText, ZERO } from '../../../src-shared/money/decimal';
import type { MostradorDB } from '../db';
import { creditedInvoice, invoiceIdOf } from './credit-notes';
import { queueDocument, type DocumentToQueue, type JournalWriter } from './queue-document';
import { companySnapshot, customersFor, duesFor, productsFor } from './validation-context';

export type ConfirmResult =
  | { ok: true; documentId: string; operationId: string }
  | { ok: false; issues: ValidationIssue[] };

type Body = Record<string, unknown> & {
  identification?: string;
  branch_office?: number;
  customer?: { identification: string; branch_office?: number };
  items?: Array<{ code?: string; due?: unknown; value?: number }>;
};

/**
 * A payment of an invoice still in the queue names a placeholder instalment; validate it as the
 * instalment it will be, with the queued invoice's credit amount as its balance.
 */
async function pendingDues(db: MostradorDB, body: Body, refs: DocumentToQueue['refs']): Promise<{ body: Body; dues: DueRow[] }> {
  const copy = structuredClone(body);
  const dues: DueRow[] = [];
  for (const [index, ref] of (refs ?? []).entries()) {
    const invoice = await db.documents.get(ref.documentId);
    const invoiceBody = invoice?.body as { customer?: DueRow['customer']; payments?: Array<{ value: number; due_date?: string }>; date?: string } | undefined;
    if (!invoiceBody?.customer) continue;
    const due = { prefix: 'PENDIENTE', consecutive: index + 1, quote: 1 };
    const item = copy.items?.[Number(ref.path[1])];
    if (item) item.due = { ...due, date: invoiceBody.date };
    const credit = (invoiceBody.payments ?? []).filter((p) => p.due_date).reduce((sum, p) => add(sum, decimal(p.value)), ZERO);
    dues.push({ ...due, customer: invoiceBody.customer, balance: toFixedText(credit) });
  }
  return { body: copy, dues };
}

/**
 * Checks a document against Siigo's rules with what this PC knows: the mirror plus what it
 * queued that Siigo does not know yet. Used to confirm and to resend a corrected document.
 */
export async function validateDocument(
  db: MostradorDB,
  input: Pick<DocumentToQueue, 'kind' | 'body' | 'refs'>,
  now: number = Date.now(),
): Promise<ValidationResult> {
  const body = input.body as Body;
  const company = await companySnapshot(db, now);
  const customerKey = body.customer ?? (input.kind === 'customer' ? { identification: body.identification ?? '', branch_office: body.branch_office } : undefined);
  const customers = customerKey
    ? await customersFor(db, [{ identification: customerKey.identification, branchOffice: customerKey.branch_office ?? 0 }])
    : [];
  const products = productLookup(await productsFor(db, (body.items ?? []).flatMap((item) => (item.code ? [item.code] : []))));
  let result: ValidationResult;
  switch (input.kind) {
    case 'customer':
      result = validateCustomer(body, { users: company.users, exists: () => customers.length > 0 });
      break;
    case 'invoice':
      result = validateInvoice(body, { ...company, products, customers: customerLookup(customers) });
      break;
    // An edit replaces the record, so it must meet the same rules as creating it.
    case 'customerUpdate':
      result = validateCustomer(body, { users: company.users });
      break;
    case 'quotation':
    case 'quotationUpdate':
      result = validateQuotation(body, { ...company, products, customers: customerLookup(customers) });
      break;
    case 'creditNote': {
      const invoiceId = invoiceIdOf({ refs: input.refs ?? [] });
      const invoice = invoiceId ? await creditedInvoice(db, invoiceId) : undefined;
      result = validateCreditNote(body, { ...company, products, invoice });
      break;
    }
    case 'voucher': {
      const pending = await pendingDues(db, body, input.refs);
      const mirrored = customerKey ? await duesFor(db, customerKey.identification, customerKey.branch_office ?? 0) : [];
      result = validateVoucher(pending.body, { ...company, customers: customerLookup(customers), dues: dueLookup([...mirrored, ...pending.dues]) });
      break;
    }
  }
  return result;
}

/**
 * The cashier's "Confirmar": queues the document only when nothing would make Siigo refuse it.
 * Nothing is lost on a refusal: the caller keeps the draft and shows the issues by field.
 */
export async function confirmDocument(
  db: MostradorDB,
  input: DocumentToQueue,
  journal: JournalWriter,
  now: number = Date.now(),
): Promise<ConfirmResult> {
  const result = await validateDocument(db, input, now);
  if (!result.ok) return { ok: false, issues: result.issues };
  return { ok: true, ...(await queueDocument(db, input, journal, now)) };
}
