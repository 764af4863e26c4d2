import { compare, ZERO } from '../../../src-shared/money/decimal';
import { Fragment } from 'react';
import { FieldErrors } from '../../forms/FieldErrors';
import { Money } from '../../ui/Money';
import { StateBadge } from '../../ui/StateBadge';
import { formatDate } from '../clientes/dates';
import { REFUSED_RECEIPT_TEXT, type StatementLine } from './statement-lines';

interface Props {
  lines: readonly StatementLine[];
  /** Chosen invoices and the amount typed for each. */
  amounts: ReadonlyMap<string, string>;
  onToggle(line: StatementLine): void;
  onAmount(line: StatementLine, text: string): void;
  errorsFor(line: StatementLine): string[];
}

/** How the cashier and the customer name an invoice: its number, or its date while queued. */
export function lineLabel(line: StatementLine): string {
  return line.name ?? `Factura en cola del ${formatDate(line.date)}`;
}

/** Open invoices with a checkbox to pay each and the amount to pay (prefilled with the balance). */
export function StatementTable({ lines, amounts, onToggle, onAmount, errorsFor }: Props) {
  return (
    <table className="statement" aria-label="Facturas pendientes">
      <thead>
        <tr>
          <th>Factura</th>
          <th>Fecha</th>
          <th>Vence</th>
          <th className="num">Total</th>
          <th className="num">Saldo</th>
          <th className="num">Valor a abonar</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const label = lineLabel(line);
          const chosen = amounts.has(line.key);
          const payable = compare(line.balance, ZERO) > 0;
          const errors = errorsFor(line);
          const errorId = `pay-error-${line.key}`;
          return (
            <Fragment key={line.key}>
            <tr className={chosen ? 'chosen' : undefined}>
              <td>
                <label className="check invoice-name">
                  <input type="checkbox" checked={chosen} disabled={!payable} aria-label={`Pagar ${label}`} onChange={() => onToggle(line)} />
                  {label}
                </label>
                {line.document && <StateBadge document={line.document} />}
              </td>
              <td>{formatDate(line.date)}</td>
              <td>{formatDate(line.dueDate)}</td>
              <td className="num">
                <Money value={line.total} />
              </td>
              <td className="num">
                <Money value={line.balance} />
                {compare(line.pendingPayments, ZERO) > 0 && (
                  <div className="pending-note small" data-testid={`pending-${line.key}`}>
                    Abono de <Money value={line.pendingPayments} /> pendiente de confirmar en Siigo
                  </div>
                )}
                {compare(line.refusedPayments, ZERO) > 0 && (
                  <div className="pending-note small" data-testid={`refused-${line.key}`}>
                    Abono de <Money value={line.refusedPayments} /> descontado. {REFUSED_RECEIPT_TEXT}
                  </div>
                )}
              </td>
              <td className="num amount-cell">
                {chosen ? (
                  <>
                    <label className="inline-label">
                      <span className="visually-muted">$</span>
                      <input
                        className="amount-input"
                        inputMode="decimal"
                        aria-label={`Valor a abonar ${label}`}
                        aria-invalid={errors.length > 0}
                        aria-describedby={errors.length > 0 ? errorId : undefined}
                        value={amounts.get(line.key) ?? ''}
                        onChange={(event) => onAmount(line, event.target.value)}
                      />
                    </label>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
            {chosen && errors.length > 0 && (
              <tr className="line-errors">
                <td colSpan={6}>
                  <FieldErrors id={errorId} messages={errors} />
                </td>
              </tr>
            )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
