import { useEffect, useRef, useState } from 'react';
import { add, compare, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { messagesAt, otherIssues } from '../../forms/issues';
import { parseAmount } from '../../forms/parse-amount';
import type { ValidationIssue } from '../../../src-shared/validation';
import { Kbd } from '../../ui/Kbd';
import { Money } from '../../ui/Money';
import type { CustomerItem } from '../clientes/customer-item';
import { formatDate } from '../clientes/dates';
import { amountText } from './amount-text';
import { IssueList } from './IssueList';
import { PaymentMethodField } from './PaymentMethodField';
import { debtPaymentDocument, type PaymentChoice } from './payment-voucher';
import { totalOwed, totalPending, totalRefused, type StatementLine } from './statement-lines';
import { lineLabel, StatementTable } from './StatementTable';
import { formatCop } from '../../../src-shared/money/format-cop';
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
  const [amounts, setAmounts] = useState<Map<string, string>>(new Map());
  const chosen = lines.filter((line) => amounts.has(line.key));
  const parsed = chosen.map((line) => ({ line, text: amounts.get(line.key) ?? '', value: parseAmount(amounts.get(line.key) ?? '') }));
  const receiving = parsed.reduce<Decimal>((sum, p) => (p.value ? add(sum, p.value) : sum), ZERO);
  const pending = totalPending(lines);
  const refused = totalRefused(lines);
  const { today, issues, report, clear, busy, queueReceipt, paymentMethod } = useReceiptForm({
    customer,
    setup,
    onConfirmed,
    // The receipt as it would be queued now; an amount that is not a number, as typed.
    draft: (header) => {
      const body = debtPaymentDocument(header, parsed.map((p) => ({ line: p.line, value: p.value ?? ZERO }))).body as { items: Array<{ value: unknown }> };
      parsed.forEach((p, i) => {
        if (!p.value) body.items[i]!.value = p.text;
      });
      return body;
    },
  });

  const toggle = (line: StatementLine) => {
    setAmounts((current) => {
      const next = new Map(current);
      if (next.has(line.key)) next.delete(line.key);
      else next.set(line.key, amountText(line.balance));
      return next;
    });
    clear();
  };

  const submit = async () => {
    if (busy) return;
    if (chosen.length === 0) return report([{ path: ['items'], code: 'parameter_required', message: 'Elija al menos una factura a pagar' }]);
    const local: ValidationIssue[] = [];
    const choices: PaymentChoice[] = [];
    parsed.forEach(({ line, value }, index) => {
      const path = ['items', index, 'value'];
      if (!value || compare(value, ZERO) <= 0) local.push({ path, code: 'invalid_amount', message: 'Valor a abonar: escriba un valor mayor que cero' });
      // The balance has receipts Siigo has not confirmed taken off: more would collect twice. A
      // refused receipt is named: the cashier fixes or discards it in Documentos, not here.
      else if (compare(value, line.balance) > 0) {
        const refusedNote = compare(line.refusedPayments, ZERO) > 0 ? `; ya descuenta ${formatCop(line.refusedPayments)} de un recibo rechazado por Siigo: revíselo en Documentos` : '';
        local.push({ path, code: 'invalid_amount', message: `Valor a abonar: ${formatCop(value)} supera el saldo de la factura ${lineLabel(line)} (${formatCop(line.balance)})${refusedNote}` });
      }
      else choices.push({ line, value });
    });
    if (local.length > 0) return report(local);
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
    return index >= 0 ? messagesAt(issues, ['items', index]) : [];
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
        {compare(pending, ZERO) > 0 && (
          <span className="pending-note" data-testid="pending-total">
            Abonos pendientes de confirmar en Siigo <Money value={pending} />
          </span>
        )}
        {compare(refused, ZERO) > 0 && (
          <span className="pending-note" data-testid="refused-total">
            Descontado por recibos rechazados por Siigo (revíselos en Documentos) <Money value={refused} />
          </span>
        )}
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
