import { useState } from 'react';
import { colombiaToday, type ValidationIssue } from '../../../src-shared/validation';
import { useServices } from '../../app/services';
import type { QueuedDocumentOf } from '../../data/outbox/queue-document';
import { messagesAt } from '../../forms/issues';
import type { CustomerItem } from '../clientes/customer-item';
import type { ReceiptHeader } from './payment-voucher';
import type { ReceiptSetup } from './use-receipt-setup';

/**
 * What both receipt forms of Cartera (payment of invoices, advance) share: today's date, the
 * payment method (preselected from Ajustes), the issues shown, and `queueReceipt`.
 *
 * `queueReceipt` gives `build` the header every receipt carries (receipt type and cost center
 * from Ajustes, the customer, the payment method, today in Colombia) and queues what it builds.
 * The outbox validates before queueing: a refusal comes back as issues and nothing is queued;
 * an unexpected failure becomes one issue; `busy` is set meanwhile.
 */
export function useReceiptForm({
  customer,
  setup,
  onConfirmed,
}: {
  customer: CustomerItem;
  setup: ReceiptSetup;
  onConfirmed(documentId: string): void;
}) {
  const { outbox } = useServices();
  const [paymentTypeId, setPaymentTypeId] = useState<number | null>(setup.defaultPaymentTypeId);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const today = colombiaToday(new Date());

  const queueReceipt = async (build: (header: ReceiptHeader) => QueuedDocumentOf<'voucher'>) => {
    setBusy(true);
    try {
      const result = await outbox.queue(
        build({
          documentTypeId: setup.documentTypeId,
          date: today,
          customer: { identification: customer.identification, branchOffice: customer.branchOffice, name: customer.name },
          paymentTypeId,
          costCenterId: setup.costCenterId,
        }),
      );
      if (result.ok) onConfirmed(result.documentId);
      else setIssues(result.issues);
    } catch (error) {
      setIssues([{ path: [], code: 'error', message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy(false);
    }
  };

  /** Props of the form's PaymentMethodField, its refusals (`payment.id`) next to it. */
  const paymentMethod = {
    value: paymentTypeId,
    options: setup.paymentTypes,
    onChange: setPaymentTypeId,
    errors: messagesAt(issues, ['payment', 'id']),
  };

  return { today, issues, setIssues, busy, queueReceipt, paymentMethod };
}
