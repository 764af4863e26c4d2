import { identifierKey, queryWords, words } from '../../../src-shared/search/normalize';
import { sortAging, type AgingSort, type CustomerAging } from '../../../src-shared/receivables/aging';
import type { ReceivableCustomer, ReceivablesView } from '../../data/mirror/receivables';

export interface ReceivablesRow {
  aging: CustomerAging;
  customer: ReceivableCustomer;
}

/**
 * The view's rows: customers whose name or identification has every typed word (accents and
 * case ignored; an identification with or without dots), sorted as chosen.
 */
export function receivablesRows(view: ReceivablesView, search: string, sort: AgingSort): ReceivablesRow[] {
  const typed = queryWords(search);
  const rows: ReceivablesRow[] = [];
  for (const aging of sortAging(view.report.customers, sort)) {
    const customer = view.customers.get(aging.customerKey);
    if (!customer) continue;
    if (typed.length > 0) {
      const own = [...words(customer.name), identifierKey(customer.identification)];
      if (!typed.every((word) => own.some((w) => w.startsWith(word)))) continue;
    }
    rows.push({ aging, customer });
  }
  return rows;
}
