import { add, subtract, ZERO, type Decimal } from '../money/decimal';
import { typedAmount } from './cash-rules';
import type { PaymentFigure } from './document-figures';
import { moneyText } from './money-text';
import { drawerPaymentTypeId, methodKind, methodName, type CashPaymentType, type MethodKind } from './payment-methods';
import type { CountedAmount } from './session-types';
import type { ZReport } from './z-report-types';

interface MethodSums {
  id: number | null;
  sales: Decimal;
  returns: Decimal;
  receipts: Decimal;
}

/**
 * Sums what each payment method took in and gave back during a session, then what should be
 * there: sales − refunds + recibos de caja; the drawer's method also holds the opening float and
 * the cash put in or taken out. Credit methods (due date) are listed but never counted: a sale on
 * credit or a return left as balance in favour moves no money.
 */
export class PaymentLedger {
  private readonly methods = new Map<number | null, MethodSums>();
  private readonly drawerId: number | null;

  constructor(private readonly paymentTypes: readonly CashPaymentType[]) {
    this.drawerId = drawerPaymentTypeId(paymentTypes);
    this.method(this.drawerId);
  }

  private method(id: number | null): MethodSums {
    let sums = this.methods.get(id);
    if (!sums) {
      sums = { id, sales: ZERO, returns: ZERO, receipts: ZERO };
      this.methods.set(id, sums);
    }
    return sums;
  }

  add(column: 'sales' | 'returns' | 'receipts', payment: PaymentFigure): void {
    const sums = this.method(payment.id ?? this.drawerId);
    sums[column] = add(sums[column], payment.value);
  }

  kindOf(id: number | null): MethodKind {
    return id === this.drawerId ? 'cash' : methodKind(this.paymentTypes.find((type) => type.id === id));
  }

  /** The report's lines: the drawer first, then the other counted methods, then credit, by name. */
  lines(drawer: { openingFloat: Decimal; cashIn: Decimal; cashOut: Decimal }, counted: readonly CountedAmount[] | undefined): ZReport['payments'] {
    const rank = { cash: 1, other: 1, credit: 2 } as const;
    const entries = [...this.methods.values()].map((sums) => ({ sums, kind: this.kindOf(sums.id), name: methodName(sums.id, this.paymentTypes) }));
    entries.sort((a, b) =>
      a.sums.id === this.drawerId ? -1 : b.sums.id === this.drawerId ? 1 : rank[a.kind] - rank[b.kind] || a.name.localeCompare(b.name, 'es'),
    );
    return entries.map(({ sums, kind, name }) => {
      let expected = add(subtract(sums.sales, sums.returns), sums.receipts);
      if (sums.id === this.drawerId) expected = subtract(add(add(expected, drawer.openingFloat), drawer.cashIn), drawer.cashOut);
      const count = kind === 'credit' ? undefined : counted?.find((entry) => entry.paymentTypeId === sums.id);
      const countedValue = count ? typedAmount(count.amount).value : null;
      return {
        paymentTypeId: sums.id,
        name,
        kind,
        sales: moneyText(sums.sales),
        returns: moneyText(sums.returns),
        receipts: moneyText(sums.receipts),
        expected: moneyText(expected),
        counted: countedValue ? moneyText(countedValue) : null,
        difference: countedValue ? moneyText(subtract(countedValue, expected)) : null,
      };
    });
  }
}
