import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import { compare, toFixedText, ZERO } from '../../../src-shared/money/decimal';
import type { DocumentTotals } from '../../../src-shared/money/invoice-totals';
import type { ValidationIssue } from '../../../src-shared/validation';
import { Money } from '../../ui/Money';
import { FieldErrors } from '../FieldErrors';
import '../forms.css';
import { pathStartsWith } from '../issues';
import type { CartLine, DiscountKind } from './cart-lines';
import { lineProblems, type LineField } from './line-checks';

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

type Field = LineField;

/** Where the issues of each field are: a tax-included line sends its price as `taxed_price`. */
const FIELD_PATHS: Readonly<Record<Field, readonly string[]>> = { quantity: ['quantity'], price: ['price', 'taxed_price'], discount: ['discount'] };
const FIELDS: readonly Field[] = ['quantity', 'price', 'discount'];

interface LineActions {
  update(key: string, field: Field, value: string): void;
  remove(key: string): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
}

/**
 * The lines of a sale or quotation: quantity, price and discount editable, taxes and totals per
 * line. The columns have fixed widths and the product's takes the rest, so the table never gets
 * wider than its panel (every column shows at 1024×768); what is wrong with a line is written in
 * a row under it, each message naming its field, which is marked.
 */
export function LineEditor({ lines, onChange, totals, discountKind, issues, onDone, highlightKey }: Props) {
  // The row callbacks read the latest props through a ref, so they never change and a scan
  // re-renders only the rows whose line, total or issues changed (see CartLineRow's memo).
  const latest = useRef({ lines, onChange, onDone });
  latest.current = { lines, onChange, onDone };
  const actions = useRef<LineActions>({
    update: (key, field, value) =>
      latest.current.onChange(latest.current.lines.map((line) => (line.key === key ? { ...line, [field]: value } : line))),
    remove: (key) => {
      latest.current.onChange(latest.current.lines.filter((line) => line.key !== key));
      latest.current.onDone();
    },
    onKeyDown: (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        latest.current.onDone();
      }
    },
  }).current;
  const issuesOf = useCallback((i: number) => issues.filter((issue) => issue.path[0] === 'items' && issue.path[1] === i), [issues]);

  if (lines.length === 0) {
    return <p className="cart-empty muted">Sin productos. Escanee un código o búsquelo por nombre.</p>;
  }
  const discountHeader = discountKind === 'percentage' ? 'Descuento (%)' : 'Descuento ($)';
  return (
    <table className="cart-table">
      <colgroup>
        <col />
        <col className="cart-col-quantity" />
        <col className="cart-col-price" />
        <col className="cart-col-discount" />
        <col className="cart-col-taxes" />
        <col className="cart-col-total" />
        <col className="cart-col-remove" />
      </colgroup>
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
          const total = totals.items[i]?.total;
          const lineIssues = issuesOf(i);
          // Never below zero on screen: a discount too large is flagged on its line instead.
          return (
            <CartLineRow
              key={line.key}
              line={line}
              index={i}
              total={total && compare(total, ZERO) > 0 ? toFixedText(total) : '0'}
              issues={lineIssues.length === 0 ? NO_ISSUES : lineIssues}
              discountKind={discountKind}
              highlighted={line.key === highlightKey}
              actions={actions}
            />
          );
        })}
      </tbody>
    </table>
  );
}

const NO_ISSUES: readonly ValidationIssue[] = [];

interface RowProps {
  line: CartLine;
  index: number;
  /** Exact decimal text, so an unchanged total compares equal between renders. */
  total: string;
  /** This line's issues (paths under `items[index]`). */
  issues: readonly ValidationIssue[];
  highlighted: boolean;
  discountKind: DiscountKind;
  actions: LineActions;
}

const CartLineRow = memo(
  function CartLineRow({ line, index, total, issues, highlighted, discountKind, actions }: RowProps) {
    const local = lineProblems(line, discountKind);
    const fieldIssues = (name: Field) => issues.filter((issue) => FIELD_PATHS[name].some((key) => pathStartsWith(issue.path, ['items', index, key])));
    const messagesOf = (name: Field) => [...(local[name] ? [local[name]] : []), ...fieldIssues(name).map((issue) => issue.message)];
    const errorId = (name: Field) => `line-${line.key}-${name}-error`;
    const field = (name: Field) => {
      const invalid = messagesOf(name).length > 0;
      return (
        <td className="num">
          <input
            className="amount-input"
            inputMode="decimal"
            autoComplete="off"
            value={line[name]}
            aria-labelledby={`col-${name} line-${line.key}-name`}
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId(name) : undefined}
            onChange={(event) => actions.update(line.key, name, event.target.value)}
            onKeyDown={actions.onKeyDown}
            onFocus={(event) => event.target.select()}
          />
        </td>
      );
    };
    const onFields = new Set(FIELDS.flatMap(fieldIssues));
    const lineMessages = issues.filter((issue) => !onFields.has(issue)).map((issue) => issue.message);
    const anyMessage = lineMessages.length > 0 || FIELDS.some((name) => messagesOf(name).length > 0);
    const rowClass = `cart-line${highlighted ? ' highlight' : ''}${anyMessage ? ' has-issues' : ''}`;
    return (
      <>
        <tr className={rowClass}>
          <td>
            <span id={`line-${line.key}-name`} className="line-name">{line.description}</span>
            <span className="muted line-code">{line.code}</span>
          </td>
          {field('quantity')}
          {field('price')}
          {field('discount')}
          <td className="line-taxes">
            {line.taxes.length === 0 ? <span className="muted">Sin impuestos</span> : line.taxes.map((tax) => tax.name).join(', ')}
            {/* The price typed already holds the taxes: the buyer pays it as it is. */}
            {line.taxIncluded && line.taxes.length > 0 && <span className="muted tax-included"> incluido en el precio</span>}
          </td>
          <td className="num">
            <Money value={total} />
          </td>
          <td>
            <button type="button" className="btn btn-small" onClick={() => actions.remove(line.key)} aria-label={`Quitar ${line.description}`} title="Quitar">
              ✕
            </button>
          </td>
        </tr>
        {anyMessage && (
          <tr className="line-issues">
            <td colSpan={7}>
              <FieldErrors messages={lineMessages} />
              {FIELDS.map((name) => (
                <FieldErrors key={name} id={errorId(name)} messages={messagesOf(name)} />
              ))}
            </td>
          </tr>
        )}
      </>
    );
  },
  (a, b) =>
    a.line === b.line &&
    a.index === b.index &&
    a.total === b.total &&
    a.highlighted === b.highlighted &&
    a.discountKind === b.discountKind &&
    a.actions === b.actions &&
    sameIssues(a.issues, b.issues),
);

function sameIssues(a: readonly ValidationIssue[], b: readonly ValidationIssue[]): boolean {
  return a === b || (a.length === b.length && a.every((issue, i) => issue === b[i]));
}
