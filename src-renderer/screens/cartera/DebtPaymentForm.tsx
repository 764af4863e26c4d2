import { useEffect, useRef, useState } from 'react';
import { add, compare, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { messagesAt, otherIssues } from '../../forms/issues';
import { parseAmount } from '../../forms/parse-amount';
import { Kbd } from '../../ui/Kbd';
import { Money } from '../../ui/Money';
import type { CustomerItem } from '../clientes/customer-item';
import { formatDate } from '../clientes/dates';
import { amountText } from './amount-text';
import { IssueList } from './IssueList';
import { PaymentMethodField } from './PaymentMethodField';
import { debtPaymentDocument, type PaymentChoice } from './payment-voucher';
import { totalOwed, type StatementLine } from './statement-lines';
import { StatementTable } from './StatementTable';
import { useReceiptForm } from './use-receipt-form';
import type { ReceiptSetup } from './use-receipt-setup';

interface Props {
  customer: CustomerItem;
  lines: readonly StatementLine[];
  setup: ReceiptSetup;
  onConfirmed(documentId: string): void;
}

/** Choose invoices, adjust the amounts, pick the payment method, "Registrar pago" (F9). */
export function DebtPaymentForm({ customer, lines, setup, onConfirmed }: Props) {
  const { today, issues, setIssues, busy, queueReceipt, paymentMethod } = useReceiptForm({ customer, setup, onConfirmed });
  const [amounts, setAmounts] = useState<Map<string, string>>(new Map());
  const [localErrors, setLocalErrors] = useState<Map<string, string>>(new Map());
  const chosen = lines.filter((line) => amounts.has(line.key));
  const parsed = chosen.map((line) => ({ line, value: parseAmount(amounts.get(line.key) ?? '') }));
  const receiving = parsed.reduce<Decimal>((sum, p) => (p.value ? add(sum, p.value) : sum), ZERO);

  const toggle = (line: StatementLine) => {
    setAmounts((current) => {
      const next = new Map(current);
      if (next.has(line.key)) next.delete(line.key);
      else next.set(line.key, amountText(line.balance));
      return next;
    });
    setIssues([]);
  };

  const submit = async () => {
    if (busy) return;
    const errors = new Map<string, string>();
    const choices: PaymentChoice[] = [];
    for (const { line, value } of parsed) {
      if (!value || compare(value, ZERO) <= 0) errors.set(line.key, 'Valor a abonar: escriba un valor mayor que cero');
      else choices.push({ line, value });
    }
    setLocalErrors(errors);
    if (chosen.length === 0) return setIssues([{ path: ['items'], code: 'parameter_required', message: 'Elija al menos una factura a pagar' }]);
    if (errors.size > 0) return setIssues([]);
    await queueReceipt((header) => debtPaymentDocument(header, choices));
  };

  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F9') {
        event.preventDefault();
        void submitRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const errorsFor = (line: StatementLine) => {
    const index = chosen.indexOf(line);
    const local = localErrors.get(line.key);
    return [...(local ? [local] : []), ...(index >= 0 ? messagesAt(issues, ['items', index]) : [])];
  };
  const shownElsewhere = [...chosen.map((_, i) => ['items', i]), ['payment', 'id']];

  return (
    <form
      className="debt-payment"
      aria-label="Pago de facturas"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {lines.length === 0 ? (
        <p className="muted">El cliente no tiene facturas pendientes.</p>
      ) : (
        <StatementTable
          lines={lines}
          amounts={amounts}
          onToggle={toggle}
          onAmount={(line, text) => setAmounts((current) => new Map(current).set(line.key, text))}
          errorsFor={errorsFor}
        />
      )}
      <div className="cartera-totals">
        <span>
          Total adeudado <Money value={totalOwed(lines)} className="total" />
        </span>
        <span>
          Total a recibir <Money value={receiving} className="total" />
        </span>
      </div>
      <div className="cartera-payment-row">
        <PaymentMethodField {...paymentMethod} />
        <div className="readonly-field">
          <span>Fecha</span>
          <strong>{formatDate(today)}</strong>
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy || chosen.length === 0}>
          {busy ? 'Registrando…' : 'Registrar pago'} <Kbd>F9</Kbd>
        </button>
      </div>
      <IssueList issues={otherIssues(issues, shownElsewhere)} />
    </form>
  );
}
