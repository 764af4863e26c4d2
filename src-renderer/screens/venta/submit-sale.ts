import type { ValidationIssue } from '../../../src-shared/validation';
import type { Services } from '../../app/services';
import { validateDocument } from '../../data/outbox/confirm-document';
import type { CounterFacts, DocumentRow } from '../../data/outbox/rows';
import { ensureConsumidorFinal } from '../../forms/customer/consumidor-final';
import type { InvoiceBody } from './sale';

export type SubmitResult = { ok: true; documentId: string } | { ok: false; issues: ValidationIssue[] };

/**
 * Confirms a new sale: queued for Siigo, or the issues by field. A sale without a chosen customer
 * goes to the generic final consumer (made sure to exist first, see consumidor-final.ts).
 */
export async function confirmSale(
  services: Pick<Services, 'db' | 'outbox'>,
  input: { body: InvoiceBody; summary: DocumentRow['summary']; dependsOn: string[]; draftId?: string | undefined; counter?: CounterFacts },
): Promise<SubmitResult> {
  let { body, summary, dependsOn } = input;
  if (!body.customer) {
    const buyer = await ensureConsumidorFinal(services.db, (document) => services.outbox.queue(document));
    body = { ...body, customer: { identification: buyer.identification, branch_office: buyer.branchOffice } };
    summary = { ...summary, customerIdentification: buyer.identification, customerName: buyer.name };
    if (buyer.pendingDocumentId) dependsOn = [...dependsOn, buyer.pendingDocumentId];
  }
  const result = await services.outbox.queue({
    kind: 'invoice',
    body,
    summary,
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
    ...(input.draftId ? { draftId: input.draftId } : {}),
    ...(input.counter ? { counter: input.counter } : {}),
  });
  return result.ok ? { ok: true, documentId: result.documentId } : result;
}

/**
 * Sends again an invoice Siigo refused, after the cashier fixed it. Unchanged, it keeps its
 * Idempotency-Key; changed, the outbox gives the correction a new one.
 */
export async function resendSale(services: Pick<Services, 'db' | 'outbox'>, documentId: string, body: InvoiceBody): Promise<SubmitResult> {
  const checked = await validateDocument(services.db, { kind: 'invoice', body });
  if (!checked.ok) return checked;
  const original = await services.db.documents.get(documentId);
  const unchanged = JSON.stringify(original?.body) === JSON.stringify(body);
  await services.outbox.resend(documentId, unchanged ? undefined : body);
  return { ok: true, documentId };
}
