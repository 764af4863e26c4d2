import type { RefObject } from 'react';
import { compare, subtract, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import type { ValidationIssue } from '../../../src-shared/validation';
import type { PaymentTypeRow } from '../../data/mirror/rows';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt } from '../../forms/issues';
import { Money } from '../../ui/Money';
import { addPayment, cashChange, checkPayments, isCash, isCredit, paymentAmounts, type SalePayment } from './payment-split';

interface Props {
  payments: readonly SalePayment[];
  onChange(payments: SalePayment[]): void;
  total: Decimal;
  /** The invoice's payment types (FV), active ones. */
  paymentTypes: readonly PaymentTypeRow[];
  issues: readonly ValidationIssue[];
  /** F4 lands here: the first payment's amount. */
  firstInputRef?: RefObject<HTMLInputElement | null>;
  today: string;
}

/**
 * How the customer pays: one or more methods that must add up to the total (the first one holds
 * what the others leave), the change for cash, and the due date for credit.
 */
export function PaymentPanel({ payments, onChange, total, paymentTypes, issues, firstInputRef, today }: Props) {
  const amounts = paymentAmounts(payments, total);
  const check = checkPayments(payments, total, paymentTypes);
  const update = (key: string, patch: Partial<SalePayment>) => onChange(payments.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const remove = (key: string) => {
    const rest = payments.filter((p) => p.key !== key);
    // The remaining first method goes back to following the total.
    onChange(rest.length === 1 ? rest.map((p) => ({ ...p, auto: true })) : rest);
  };
  const missing = compare(check.difference, ZERO) < 0;

  return (
    <section className="payment-panel panel" aria-label="Pago">
      <h2>Pago</h2>
      {payments.map((payment, i) => {
        const type = paymentTypes.find((t) => t.id === payment.typeId);
        const amount = amounts[i] ?? null;
        const n = i + 1;
        const valueMessages = [
          ...(check.unreadable.includes(payment.key) ? ['Escriba un valor'] : []),
          ...messagesAt(issues, ['payments', i, 'value']),
        ];
        const dueMessages = [
          ...(check.missingDueDates.includes(payment.key) ? ['La venta a crédito necesita fecha de vencimiento'] : []),
          ...messagesAt(issues, ['payments', i, 'due_date']),
        ];
        const change = isCash(type) && payment.tendered.trim() !== '' ? cashChange(amount, payment.tendered) : undefined;
        return (
          <div key={payment.key} className="payment-row">
            <div className="form-field">
              <label htmlFor={`payment-type-${payment.key}`}>{`Forma de pago ${n}`}</label>
              <select id={`payment-type-${payment.key}`} value={payment.typeId ?? ''} onChange={(event) => update(payment.key, { typeId: Number(event.target.value) })}>
                {payment.typeId === null && <option value="">Elija…</option>}
                {paymentTypes.map((t) => (
                  <option key={t.id} value={t.id}>{t.siigo.name}</option>
                ))}
              </select>
              <FieldErrors messages={messagesAt(issues, ['payments', i, 'id'])} />
            </div>
            <div className="form-field">
              <label htmlFor={`payment-value-${payment.key}`}>{`Valor forma de pago ${n}`}</label>
              <input
                id={`payment-value-${payment.key}`}
                ref={i === 0 ? firstInputRef : undefined}
                className="amount-input"
                inputMode="decimal"
                autoComplete="off"
                value={payment.auto ? (amount ? amountForInput(amount) : '') : payment.value}
                aria-invalid={valueMessages.length > 0}
                onFocus={(event) => event.target.select()}
                onChange={(event) => update(payment.key, { value: event.target.value, auto: false })}
              />
              <FieldErrors messages={valueMessages} />
            </div>
            {isCash(type) && (
              <div className="form-field">
                <label htmlFor={`payment-tendered-${payment.key}`}>Recibido en efectivo</label>
                <input
                  id={`payment-tendered-${payment.key}`}
                  className="amount-input"
                  inputMode="decimal"
                  autoComplete="off"
                  value={payment.tendered}
                  onChange={(event) => update(payment.key, { tendered: event.target.value })}
                />
                {change === null && <span className="field-error">No alcanza para el valor en efectivo</span>}
              </div>
            )}
            {isCredit(type) && (
              <div className="form-field">
                <label htmlFor={`payment-due-${payment.key}`}>Fecha de vencimiento</label>
                <input id={`payment-due-${payment.key}`} type="date" min={today} value={payment.dueDate} onChange={(event) => update(payment.key, { dueDate: event.target.value })} />
                <FieldErrors messages={dueMessages} />
              </div>
            )}
            {change && (
              <p className="change" role="status">
                Cambio: <Money value={change} />
              </p>
            )}
            {payments.length > 1 && (
              <button type="button" className="btn btn-small" onClick={() => remove(payment.key)}>
                {`Quitar forma de pago ${n}`}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="btn btn-small" onClick={() => onChange(addPayment(payments, total, paymentTypes))}>
        Agregar forma de pago
      </button>
      <p className={check.ok ? 'payment-status ok' : 'payment-status bad'} role="status" data-testid="payment-status">
        {compare(total, ZERO) === 0
          ? 'Sin valor a pagar'
          : payments.some((p) => p.typeId === null)
          ? 'Elija la forma de pago'
          : compare(check.difference, ZERO) === 0
          ? check.creditMixed
            ? 'El crédito no se puede combinar con otras formas de pago'
            : check.missingDueDates.length > 0 ? 'Falta la fecha de vencimiento' : 'Pagos completos'
          : <>{missing ? 'Faltan ' : 'Sobran '}<Money value={missing ? subtract(ZERO, check.difference) : check.difference} /></>}
      </p>
      <FieldErrors messages={issues.filter((issue) => issue.path.length === 1 && issue.path[0] === 'payments').map((issue) => issue.message)} />
    </section>
  );
}

const amountForInput = (value: Decimal): string => {
  const text = value.units.toString().padStart(value.scale + 1, '0');
  const whole = text.slice(0, text.length - value.scale);
  const cents = text.slice(text.length - value.scale).replace(/0+$/, '');
  return cents ? `${whole},${cents}` : whole;
};
