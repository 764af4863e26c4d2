import { cashSessionLine } from '../../data/cash/cash-journal';
import { useState } from 'react';
import { countIssues } from '../../../src-shared/cash/cash-rules';
import type { CountedAmount } from '../../../src-shared/cash/session-types';
import type { ZReport } from '../../../src-shared/cash/z-report-types';
import { add, compare, decimal, subtract, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import type { ValidationIssue } from '../../../src-shared/validation';
import { closeCashSession } from '../../data/cash/session-lifecycle';
import { FieldErrors } from '../../forms/FieldErrors';
import { messagesAt, otherIssues } from '../../forms/issues';
import { Money } from '../../ui/Money';
import { Difference, differenceText } from './Difference';
import { IssueBanner } from './IssueBanner';
import { useCashTask } from './use-cash-task';
import { PinField } from '../ajustes/PinField';
import { usePinGuard } from '../ajustes/use-pin-guard';
import { storedAmount, typed } from './typed-amount';

const keyOf = (id: number | null) => id ?? 'cash';

/**
 * "Cerrar caja": the cashier types what they counted per payment method (cash in the drawer,
 * card slips, transfers) and sees, as they type, what was expected and the difference. Closing
 * is final, so it asks once more before the session is closed and its Z report stored. A count
 * that differs from what was expected in any method (even when the total comes out even) needs
 * an administrator's PIN when one is set, checked by main before the session is closed.
 */
export function CloseSessionForm({ sessionId, report, onClosed, onCancel }: { sessionId: string; report: ZReport; onClosed(): void; onCancel(): void }) {
  const methods = report.payments.filter((line) => line.kind !== 'credit');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [confirming, setConfirming] = useState(false);
  const { busy, run } = useCashTask((issue) => {
    setIssues([issue]);
    setConfirming(false);
  });
  const pin = usePinGuard();
  const [checking, setChecking] = useState(false);

  const typedOf = (id: number | null) => typed(texts[keyOf(id)] ?? '');
  const differenceOf = (line: ZReport['payments'][number]): Decimal | null => {
    const value = typedOf(line.paymentTypeId).value;
    return value ? subtract(value, decimal(line.expected)) : null;
  };
  const expectedTotal = methods.reduce((sum, line) => add(sum, decimal(line.expected)), ZERO);
  const countedValues = methods.map((line) => typedOf(line.paymentTypeId).value);
  const countedTotal = countedValues.every((value) => value !== null) ? countedValues.reduce<Decimal>((sum, value) => add(sum, value ?? ZERO), ZERO) : null;
  const totalDifference = countedTotal ? subtract(countedTotal, expectedTotal) : null;
  const anyDifference = methods.some((line) => {
    const difference = differenceOf(line);
    return difference !== null && compare(difference, ZERO) !== 0;
  });
  const askPin = confirming && anyDifference && pin.required === true;

  /** Main's check of the administrator's PIN, when one is set (see `usePinGuard.authorise`). */
  const authorised = async (): Promise<boolean> => {
    setChecking(true);
    try {
      return await pin.authorise();
    } finally {
      setChecking(false);
    }
  };

  /** Back to the count: nothing of a PIN typed stays. */
  const backToCount = () => {
    setConfirming(false);
    pin.reset();
  };

  const review = () => {
    const found = countIssues(methods.map((line) => ({ paymentTypeId: line.paymentTypeId, name: line.name, counted: typedOf(line.paymentTypeId) })));
    setIssues(found);
    setConfirming(found.length === 0);
  };

  const close = async () => {
    if (anyDifference && (await authorised()) === false) return;
    const counted: CountedAmount[] = methods.map((line) => ({ paymentTypeId: line.paymentTypeId, amount: storedAmount(texts[keyOf(line.paymentTypeId)] ?? '') ?? '' }));
    const written = await run(async (into) => {
      const closed = await closeCashSession(into, sessionId, counted);
      return [cashSessionLine(into.company, closed, closed.closedAt ?? new Date().toISOString())];
    });
    if (written) onClosed();
  };

  return (
    <form
      className="panel caja-form"
      aria-labelledby="close-session-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (confirming) void close();
        else review();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        if (confirming) backToCount();
        else onCancel();
      }}
    >
      <h2 id="close-session-title">Cerrar caja</h2>
      <p className="muted">Cuente el efectivo del cajón y los comprobantes de cada forma de pago, y escriba lo contado.</p>
      <table aria-label="Conteo por forma de pago">
        <thead>
          <tr>
            <th>Forma de pago</th>
            <th className="num">Esperado</th>
            <th className="num">Contado</th>
            <th className="num">Diferencia</th>
          </tr>
        </thead>
        <tbody>
          {methods.map((line, i) => {
            const path = ['counted', keyOf(line.paymentTypeId)];
            return (
              <tr key={keyOf(line.paymentTypeId)}>
                <td>{line.name}</td>
                <td className="num"><Money value={line.expected} /></td>
                <td className="num">
                  <input
                    autoFocus={i === 0}
                    inputMode="decimal"
                    className="amount-input"
                    aria-label={`Contado en ${line.name}`}
                    aria-invalid={messagesAt(issues, path).length > 0}
                    readOnly={confirming}
                    value={texts[keyOf(line.paymentTypeId)] ?? ''}
                    onChange={(event) => setTexts({ ...texts, [keyOf(line.paymentTypeId)]: event.target.value })}
                  />
                  <FieldErrors messages={messagesAt(issues, path)} />
                </td>
                <td className="num" data-testid={`difference-${keyOf(line.paymentTypeId)}`}>
                  <Difference value={differenceOf(line)} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td>Total</td>
            <td className="num"><Money value={expectedTotal} /></td>
            <td className="num">{countedTotal ? <Money value={countedTotal} /> : '—'}</td>
            <td className="num" data-testid="difference-total">
              <Difference value={totalDifference} />
            </td>
          </tr>
        </tfoot>
      </table>
      <IssueBanner issues={otherIssues(issues, [['counted']])} />
      {confirming ? (
        <div className="caja-confirm" role="alertdialog" aria-labelledby="close-confirm-text">
          <p id="close-confirm-text">
            <strong>{totalDifference ? differenceText(totalDifference) : ''}.</strong> Una caja cerrada no se puede reabrir ni cambiar. ¿Cerrar la caja?
          </p>
          {askPin && (
            <>
              <p>El conteo no cuadra: un administrador debe autorizar el cierre con su PIN.</p>
              <PinField ref={pin.field.ref} autoFocus value={pin.field.value} error={pin.field.error} onChange={pin.field.onChange} />
            </>
          )}
          <div className="actions">
            <button type="submit" className="btn btn-primary" autoFocus={!askPin} disabled={busy || checking}>
              {busy ? 'Cerrando…' : checking ? 'Comprobando el PIN…' : 'Sí, cerrar caja'}
            </button>
            <button type="button" className="btn" onClick={backToCount}>
              Volver al conteo
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="submit" className="btn btn-primary">
            Cerrar caja
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            Cancelar
          </button>
        </div>
      )}
    </form>
  );
}
