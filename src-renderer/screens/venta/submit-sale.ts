import type { ValidationIssue } from '../../../src-shared/validation';
import type { Services } from '../../app/services';
import { validateDocument } from '../../data/outbox/confirm-document';
import type { DocumentRow } from '../../data/outbox/rows';
import type { InvoiceBody } from './sale';

export type SubmitResult = { ok: true; documentId: string } | { ok: false; issues: ValidationIssue[] };

/** Confirms a new sale: queued for Siigo, or the issues by field. */
export async function confirmSale(
  services: Pick<Services, 'outbox'>,
  input: { body: InvoiceBody; summary: DocumentRow['summary']; dependsOn: string[]; draftId?: string | undefined },
): Promise<SubmitResult> {
  const result = await services.outbox.queue({
    kind: 'invoice',
    body: input.body,
    summary: input.summary,
    ...(input.dependsOn.length > 0 ? { dependsOn: input.dependsOn } : {}),
    ...(input.draftId ? { draftId: input.draftId } : {}),
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
