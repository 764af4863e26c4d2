import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../src-shared/validation';
import { standingIssues } from '../../../../src-renderer/forms/issues';

const issue = (path: ValidationIssue['path'], message: string): ValidationIssue => ({ path, code: 'x', message });

const checked = {
  items: [
    { code: 'A', quantity: 1.123, price: 1000 },
    { code: 'B', quantity: 2, price: 500, discount: 5000 },
  ],
  payments: [{ id: 1, value: 2000 }],
};
const customer = issue(['customer'], 'Cliente: es obligatorio');
const quantity = issue(['items', 0, 'quantity'], 'Cantidad (línea 1): máximo 2 decimales');
const discount = issue(['items', 1, 'discount'], 'Descuento (línea 2): no puede ser mayor que el valor de la línea');
const general = issue([], 'No se pudo confirmar la venta: disk I/O error');
const all = [customer, quantity, discount, general];

describe('issues that still stand', () => {
  it('keeps every issue, as the same array, while nothing they are about changed', () => {
    const same = structuredClone(checked);
    expect(standingIssues(all, checked, same)).toBe(all);
  });

  it('drops the issue of a field as soon as that field changes, and only that one', () => {
    expect(standingIssues(all, checked, { ...checked, customer: { identification: '123', branch_office: 0 } })).toEqual([quantity, discount, general]);
    const items = [{ ...checked.items[0]!, quantity: 1 }, checked.items[1]!];
    expect(standingIssues(all, checked, { ...checked, items })).toEqual([customer, discount, general]);
    // Another field of the same line leaves it.
    const price = [{ ...checked.items[0]!, price: 900 }, checked.items[1]!];
    expect(standingIssues(all, checked, { ...checked, items: price })).toBe(all);
  });

  it('drops the issues of a list whose elements moved (a line removed), even where a value matches', () => {
    const removed = { ...checked, items: [{ code: 'B', quantity: 1.123, price: 500 }] };
    expect(standingIssues(all, checked, removed)).toEqual([customer, general]);
    // A line added at the end moves nothing.
    const added = { ...checked, items: [...checked.items, { code: 'C', quantity: 1, price: 1 }] };
    expect(standingIssues(all, checked, added)).toBe(all);
  });

  it('keeps an issue about the whole document until the next check', () => {
    expect(standingIssues([general], checked, {})).toEqual([general]);
  });
});
