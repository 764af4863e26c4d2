import { cashSessionLine } from '../../data/cash/cash-journal';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { openingIssues } from '../../../src-shared/cash/cash-rules';
import type { ValidationIssue } from '../../../src-shared/validation';
import { useServices } from '../../app/services';
import { startCashSession } from '../../data/cash/session-lifecycle';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt, otherIssues } from '../../forms/issues';
import { cashierOptions } from './cashiers';
import { IssueBanner } from './IssueBanner';
import { useCashTask } from './use-cash-task';
import { typed } from './typed-amount';

/** "Abrir caja": who works the drawer (a Siigo user) and the cash it starts with. */
export function OpenSessionForm() {
  const { db } = useServices();
  const cashiers = useLiveQuery(async () => cashierOptions(await db.users.toArray()), [db]);
  const [cashierId, setCashierId] = useState<number | null>(null);
  const [openingFloat, setOpeningFloat] = useState('');
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const { busy, run } = useCashTask((issue) => setIssues([issue]));

  const submit = async () => {
    const cashier = cashiers?.find((option) => option.id === cashierId) ?? null;
    const amount = typed(openingFloat);
    const found = openingIssues({ cashier, openingFloat: amount });
    setIssues(found);
    if (found.length > 0 || !cashier || !amount.value) return;
    const startingCash = amount.value;
    await run(async (into) => {
      const session = await startCashSession(into, { cashier, openingFloat: startingCash });
      return [cashSessionLine(into.company, session, session.openedAt)];
    });
  };

  return (
    <form
      className="panel caja-form"
      aria-labelledby="open-session-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="open-session-title">Abrir caja</h2>
      <p className="muted">No hay caja abierta en este equipo. Las ventas, devoluciones y recibos de caja quedan en la caja abierta.</p>
      <div className="caja-row">
        <label>
          Cajero
          <select
            autoFocus
            value={cashierId ?? ''}
            aria-invalid={messagesAt(issues, ['cashier']).length > 0}
            onChange={(event) => setCashierId(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">Elija…</option>
            {(cashiers ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          <FieldErrors messages={messagesAt(issues, ['cashier'])} />
        </label>
        <label>
          Base inicial
          <input
            inputMode="decimal"
            className="amount-input"
            placeholder="0"
            value={openingFloat}
            aria-invalid={messagesAt(issues, ['openingFloat']).length > 0}
            onChange={(event) => setOpeningFloat(event.target.value)}
          />
          <FieldErrors messages={messagesAt(issues, ['openingFloat'])} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Abriendo…' : 'Abrir caja'}
        </button>
      </div>
      {cashiers?.length === 0 && <p className="field-error">No hay usuarios de Siigo en este equipo todavía: sincronice para traerlos.</p>}
      <IssueBanner issues={otherIssues(issues, [['cashier'], ['openingFloat']])} />
    </form>
  );
}
