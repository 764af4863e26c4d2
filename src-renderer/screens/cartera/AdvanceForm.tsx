import { useState } from 'react';
import { compare, ZERO } from '../../../src-shared/money/decimal';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt, otherIssues } from '../../forms/issues';
import { parseAmount } from '../../forms/parse-amount';
import type { CustomerItem } from '../clientes/customer-item';
import { formatDate } from '../clientes/dates';
import { IssueList } from './IssueList';
import { PaymentMethodField } from './PaymentMethodField';
import { advancePaymentDocument } from './payment-voucher';
import { useReceiptForm } from './use-receipt-form';
import type { ReceiptSetup } from './use-receipt-setup';

/** Money received on account, not applied to any invoice (AdvancePayment). */
export function AdvanceForm({
  customer,
  setup,
  onConfirmed,
  onCancel,
}: {
  customer: CustomerItem;
  setup: ReceiptSetup;
  onConfirmed(documentId: string): void;
  onCancel(): void;
}) {
  const [amount, setAmount] = useState('');
  const [observations, setObservations] = useState('');
  const { today, issues, report, busy, queueReceipt, paymentMethod } = useReceiptForm({
    customer,
    setup,
    onConfirmed,
    // The receipt as it would be queued now; an amount that is not a number, as typed.
    draft: (header) => {
      const value = parseAmount(amount);
      const body = advancePaymentDocument({ ...header, observations }, value ?? ZERO).body as { payment: { value: unknown } };
      if (!value) body.payment.value = amount;
      return body;
    },
  });

  const submit = async () => {
    const value = parseAmount(amount);
    if (!value || compare(value, ZERO) <= 0) {
      return report([{ path: ['payment', 'value'], code: 'invalid_amount', message: 'Valor del anticipo: escriba un valor mayor que cero' }]);
    }
    await queueReceipt((header) => advancePaymentDocument({ ...header, observations }, value));
  };

  return (
    <form
      className="panel advance"
      aria-labelledby="advance-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id="advance-title">Anticipo de {customer.name}</h2>
      <p className="muted">Dinero recibido a cuenta, sin aplicarlo a una factura. Fecha {formatDate(today)}.</p>
      <div className="cartera-payment-row">
        <label>
          Valor del anticipo
          <input
            autoFocus
            inputMode="decimal"
            className="amount-input"
            value={amount}
            aria-invalid={messagesAt(issues, ['payment', 'value']).length > 0}
            onChange={(event) => setAmount(event.target.value)}
          />
          <FieldErrors messages={messagesAt(issues, ['payment', 'value'])} />
        </label>
        <PaymentMethodField {...paymentMethod} />
      </div>
      <label>
        Observaciones
        <textarea rows={2} value={observations} onChange={(event) => setObservations(event.target.value)} />
      </label>
      <IssueList issues={otherIssues(issues, [['payment']])} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Registrando…' : 'Registrar anticipo'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
