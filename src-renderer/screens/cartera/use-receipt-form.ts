import { useState } from 'react';
import { colombiaToday, type ValidationIssue } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { openCashSession } from '../../data/cash/current-session';
import type { QueuedDocumentOf } from '../../data/outbox/queue-document';
import { messagesAt } from '../../forms/issues';
import { useIssues } from '../../forms/use-issues';
import type { CustomerItem } from '../clientes/customer-item';
import type { ReceiptHeader } from './payment-voucher';
import type { ReceiptSetup } from './use-receipt-setup';

export const CASH_SESSION_REQUIRED = 'Abra la caja para registrar recibos de caja (Caja, Alt+9): el dinero recibido entra a una caja abierta';

/**
 * What both receipt forms of Cartera (payment of invoices, advance) share: today's date, the
 * payment method (preselected from Ajustes), the issues shown, and `queueReceipt`.
 *
 * `queueReceipt` gives `build` the header every receipt carries (receipt type and cost center
 * from Ajustes, the customer, the payment method, today in Colombia) and queues what it builds.
 * The outbox validates before queueing: a refusal comes back as issues and nothing is queued;
 * an unexpected failure becomes one issue; `busy` is set meanwhile. With "Exigir caja abierta"
 * in Ajustes, nothing is queued while no cash session is open on this PC.
 *
 * Issues are kept with the body they are about (`forms/use-issues.ts`): `draft` builds the body
 * the form would queue now (an amount that is not a number kept as typed), so each message goes
 * as soon as its field is changed. `report` records the form's own checks against that body.
 */
export function useReceiptForm({
  customer,
  setup,
  onConfirmed,
  draft,
}: {
  customer: CustomerItem;
  setup: ReceiptSetup;
  onConfirmed(documentId: string): void;
  draft(header: ReceiptHeader): unknown;
}) {
  const { outbox, db } = useServices();
  // Ajustes may require an open cash session, as for sales: the money received enters a drawer.
  const sessionRequired = useApp((state) => state.settings?.defaults.cashSessionRequired ?? false);
  const [paymentTypeId, setPaymentTypeId] = useState<number | null>(setup.defaultPaymentTypeId);
  const [busy, setBusy] = useState(false);
  const today = colombiaToday(new Date());
  const header: ReceiptHeader = {
    documentTypeId: setup.documentTypeId,
    date: today,
    customer: { identification: customer.identification, branchOffice: customer.branchOffice, name: customer.name },
    paymentTypeId,
    costCenterId: setup.costCenterId,
  };
  const { issues, report: reportChecked, clear } = useIssues(() => draft(header));
  const report = (found: readonly ValidationIssue[]) => reportChecked(found, draft(header));

  const queueReceipt = async (build: (header: ReceiptHeader) => QueuedDocumentOf<'voucher'>) => {
    setBusy(true);
    try {
      if (sessionRequired && !(await openCashSession(db))) return report([{ path: [], code: 'cash_session', message: CASH_SESSION_REQUIRED }]);
      const document = build(header);
      const result = await outbox.queue(document);
      if (result.ok) onConfirmed(result.documentId);
      else reportChecked(result.issues, document.body);
    } catch (error) {
      report([{ path: [], code: 'error', message: error instanceof Error ? error.message : String(error) }]);
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

  return { today, issues, report, clear, busy, queueReceipt, paymentMethod };
}
