import { cashMovementLine } from '../../data/cash/cash-journal';
import { useState } from 'react';
import { movementIssues } from '../../../src-shared/cash/cash-rules';
import type { ValidationIssue } from '../../../src-shared/validation';
import { recordCashMovement } from '../../data/cash/cash-movements';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt, otherIssues } from '../../forms/issues';
import { IssueBanner } from './IssueBanner';
import { useCashTask } from './use-cash-task';
import { typed } from './typed-amount';

export const movementTitles = { in: 'Entrada de efectivo', out: 'Salida de efectivo' } as const;

/** Cash put into or taken out of the drawer outside a sale: an amount and why, both required. */
export function CashMovementForm({ sessionId, kind, onDone }: { sessionId: string; kind: 'in' | 'out'; onDone(): void }) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const { busy, run } = useCashTask((issue) => setIssues([issue]));
  const titleId = `movement-${kind}-title`;

  const submit = async () => {
    const value = typed(amount);
    const found = movementIssues({ kind, amount: value, reason });
    setIssues(found);
    if (found.length > 0 || !value.value) return;
    const cash = value.value;
    const written = await run(async (into) => {
      const movement = await recordCashMovement(into, { sessionId, kind, amount: cash, reason });
      return [cashMovementLine(into.company, movement, movement.at)];
    });
    if (written) onDone();
  };

  return (
    <form
      className="panel caja-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <h2 id={titleId}>{movementTitles[kind]}</h2>
      <div className="caja-row">
        <label>
          Valor
          <input
            autoFocus
            inputMode="decimal"
            className="amount-input"
            value={amount}
            aria-invalid={messagesAt(issues, ['amount']).length > 0}
            onChange={(event) => setAmount(event.target.value)}
          />
          <FieldErrors messages={messagesAt(issues, ['amount'])} />
        </label>
        <label className="caja-grow">
          Motivo
          <input
            value={reason}
            placeholder={kind === 'in' ? 'Ej.: sencillo traído del banco' : 'Ej.: pago a proveedor de hielo'}
            aria-invalid={messagesAt(issues, ['reason']).length > 0}
            onChange={(event) => setReason(event.target.value)}
          />
          <FieldErrors messages={messagesAt(issues, ['reason'])} />
        </label>
      </div>
      <IssueBanner issues={otherIssues(issues, [['amount'], ['reason']])} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Registrando…' : `Registrar ${kind === 'in' ? 'entrada' : 'salida'}`}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
