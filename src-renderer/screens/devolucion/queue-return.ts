import { toFixedText, type Decimal } from '../../../src-shared/money/decimal';
import type { CreditNoteCreate } from '../../../src-shared/siigo';
import type { Services } from '../../app/services';
import type { ConfirmResult } from '../../data/outbox/confirm-document';
import type { DocumentRow } from '../../data/outbox/rows';

/**
 * Queues the credit note of a return. Its `invoice` is always filled from the invoice's document
 * when sent (a reference, `invoice-id`), so a return of an invoice still in the queue waits for
 * it and then names the id Siigo gave it.
 */
export function queueReturn(
  services: Pick<Services, 'outbox'>,
  invoice: DocumentRow,
  built: { body: Partial<CreditNoteCreate>; total: Decimal },
): Promise<ConfirmResult> {
  return services.outbox.queue({
    kind: 'creditNote',
    body: built.body,
    refs: [{ path: ['invoice'], documentId: invoice.id, use: 'invoice-id' }],
    summary: {
      ...(invoice.summary.customerIdentification ? { customerIdentification: invoice.summary.customerIdentification } : {}),
      ...(invoice.summary.customerName ? { customerName: invoice.summary.customerName } : {}),
      total: toFixedText(built.total),
      label: `Devolución de ${invoice.siigo?.name ?? 'una venta en cola'}`,
    },
  });
}
