import type { KeyboardEvent } from 'react';
import type { ValidationIssue } from '../../../src-shared/validation';
import { Money } from '../../ui/Money';
import { FieldErrors } from '../FieldErrors';
import '../forms.css';
import { messagesAt } from '../issues';
import { unreadableFields, type CartLine, type DiscountKind } from './cart-lines';
import type { DocumentTotals } from '../../../src-shared/money/invoice-totals';

interface Props {
  lines: readonly CartLine[];
  onChange(lines: CartLine[]): void;
  totals: DocumentTotals;
  discountKind: DiscountKind;
  /** Issues of the last confirm, by path (`items[i].quantity`…). */
  issues: readonly ValidationIssue[];
  /** Enter in a line's field: back to the product box for the next scan. */
  onDone(): void;
  /** The line last added or incremented, highlighted so the cashier sees what the scan did. */
  highlightKey?: string | undefined;
}

type Field = 'quantity' | 'price' | 'discount';

/** The lines of a sale or quotation: quantity, price and discount editable, taxes and totals per line. */
export function LineEditor({ lines, onChange, totals, discountKind, issues, onDone, highlightKey }: Props) {
  const update = (key: string, field: Field, value: string) =>
    onChange(lines.map((line) => (line.key === key ? { ...line, [field]: value } : line)));
  const remove = (key: string) => {
    onChange(lines.filter((line) => line.key !== key));
    onDone();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onDone();
    }
  };

  if (lines.length === 0) {
    return <p className="cart-empty muted">Sin productos. Escanee un código o búsquelo por nombre.</p>;
  }
  const discountHeader = discountKind === 'percentage' ? 'Descuento (%)' : 'Descuento ($)';
  return (
    <table className="cart-table">
      <thead>
        <tr>
          <th id="col-product">Producto</th>
          <th id="col-quantity" className="num">Cantidad</th>
          <th id="col-price" className="num">Precio unitario</th>
          <th id="col-discount" className="num">{discountHeader}</th>
          <th>Impuestos</th>
          <th className="num">Total</th>
          <th><span className="sr-only">Acciones</span></th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => {
          const unreadable = unreadableFields(line);
          const field = (name: Field) => {
            const messages = [
              ...(unreadable.includes(name) && line[name].trim() !== '' ? ['Escriba un número'] : []),
              ...(unreadable.includes(name) && line[name].trim() === '' ? ['Es obligatorio'] : []),
              ...messagesAt(issues, ['items', i, name]),
            ];
            const errorId = `line-${line.key}-${name}-error`;
            return (
              <td className="num">
                <input
                  className="amount-input"
                  inputMode="decimal"
                  autoComplete="off"
                  value={line[name]}
                  aria-labelledby={`col-${name} line-${line.key}-name`}
                  aria-invalid={messages.length > 0}
                  aria-describedby={messages.length > 0 ? errorId : undefined}
                  onChange={(event) => update(line.key, name, event.target.value)}
                  onKeyDown={onKeyDown}
                  onFocus={(event) => event.target.select()}
                />
                <FieldErrors id={errorId} messages={messages} />
              </td>
            );
          };
          const lineIssues = messagesAt(issues, ['items', i]).filter(
            (message) => !['quantity', 'price', 'discount'].some((f) => messagesAt(issues, ['items', i, f]).includes(message)),
          );
          return (
            <tr key={line.key} className={line.key === highlightKey ? 'cart-line highlight' : 'cart-line'}>
              <td>
                <span id={`line-${line.key}-name`} className="line-name">{line.description}</span>
                <span className="muted line-code">{line.code}</span>
                <FieldErrors messages={lineIssues} />
              </td>
              {field('quantity')}
              {field('price')}
              {field('discount')}
              <td className="line-taxes">{line.taxes.length === 0 ? <span className="muted">Sin impuestos</span> : line.taxes.map((tax) => tax.name).join(', ')}</td>
              <td className="num">
                <Money value={totals.items[i]?.total ?? 0} />
              </td>
              <td>
                <button type="button" className="btn btn-small" onClick={() => remove(line.key)} aria-label={`Quitar ${line.description}`} title="Quitar">
                  ✕
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
