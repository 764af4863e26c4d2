import { add, decimal, subtract, ZERO, type Decimal } from '../money/decimal';
import { countsInReport, type CashDocument } from './cash-document';
import { documentFigures, voucherPaymentOf, paymentsOf, type CashDocumentType, type CashTax, type TaxFigure } from './document-figures';
import { moneyText } from './money-text';
import type { CashPaymentType } from './payment-methods';
import type { CashMovement, CashSession, CountedAmount } from './session-types';
import { PaymentLedger } from './z-report-payments';
import { documentLabel, numberRanges } from './z-report-ranges';
import type { ZReport } from './z-report-types';

export interface ZReportInput {
  session: Pick<CashSession, 'id' | 'cashier' | 'openedAt' | 'openingFloat' | 'closedAt'>;
  movements: readonly CashMovement[];
  /** The documents stamped with this session (`counter.cashSessionId`), in any state. */
  documents: readonly CashDocument[];
  catalogs: { paymentTypes: readonly CashPaymentType[]; taxes: readonly CashTax[]; documentTypes: readonly CashDocumentType[] };
  /** What was counted per method, at closing; absent while the session runs. */
  counted?: readonly CountedAmount[];
  /** When it closes (else the session's own `closedAt`). */
  closedAt?: string;
}

const sum = (values: readonly Decimal[]) => values.reduce(add, ZERO);

/**
 * The informe Z of a session: sales and returns with their taxes by rate, what each payment
 * method should hold against what was counted, the cash movements, the Siigo numbering used and
 * what Siigo has not accepted yet. Pure, so the running figures on screen, the closing and the
 * tests all compute the same thing.
 */
export function computeZReport(input: ZReportInput): ZReport {
  const { session, catalogs } = input;
  const documents = input.documents.filter(countsInReport).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const ledger = new PaymentLedger(catalogs.paymentTypes);
  const taxes = new Map<string, TaxFigure>();
  const addTaxes = (figures: readonly TaxFigure[], sign: 1 | -1) => {
    for (const figure of figures) {
      const entry = taxes.get(figure.name) ?? { ...figure, base: ZERO, value: ZERO };
      const apply = sign === 1 ? add : subtract;
      taxes.set(figure.name, { ...entry, base: apply(entry.base, figure.base), value: apply(entry.value, figure.value) });
    }
  };
  const sales: Decimal[] = [];
  const returns: Decimal[] = [];
  const receipts: Decimal[] = [];
  const totalOf = new Map<string, Decimal>();
  for (const document of documents) {
    if (document.kind === 'voucher') {
      const payment = voucherPaymentOf(document.body);
      if (payment) ledger.add('receipts', payment);
      receipts.push(payment?.value ?? ZERO);
      totalOf.set(document.id, payment?.value ?? ZERO);
      continue;
    }
    const figures = documentFigures(document.body, catalogs);
    const isSale = document.kind === 'invoice';
    (isSale ? sales : returns).push(figures.total);
    totalOf.set(document.id, figures.total);
    addTaxes(figures.taxes, isSale ? 1 : -1);
    for (const payment of paymentsOf(document.body)) ledger.add(isSale ? 'sales' : 'returns', payment);
  }
  const movements = [...input.movements].sort((a, b) => a.at.localeCompare(b.at));
  const cashIn = sum(movements.filter((m) => m.kind === 'in').map((m) => decimal(m.amount)));
  const cashOut = sum(movements.filter((m) => m.kind === 'out').map((m) => decimal(m.amount)));
  const payments = ledger.lines({ openingFloat: decimal(session.openingFloat), cashIn, cashOut }, input.counted);
  const countable = payments.filter((line) => line.kind !== 'credit');
  const allCounted = countable.every((line) => line.counted !== null);
  const expected = sum(countable.map((line) => decimal(line.expected)));
  const counted = allCounted ? sum(countable.map((line) => decimal(line.counted ?? '0'))) : null;
  const salesTotal = sum(sales);
  const returnsTotal = sum(returns);
  return {
    sessionId: session.id,
    cashier: session.cashier,
    openedAt: session.openedAt,
    closedAt: input.closedAt ?? session.closedAt,
    openingFloat: moneyText(decimal(session.openingFloat)),
    sales: { count: sales.length, total: moneyText(salesTotal) },
    returns: { count: returns.length, total: moneyText(returnsTotal) },
    receipts: { count: receipts.length, total: moneyText(sum(receipts)) },
    net: moneyText(subtract(salesTotal, returnsTotal)),
    taxes: [...taxes.values()]
      .sort((a, b) => (a.percentage === '' ? 1 : 0) - (b.percentage === '' ? 1 : 0) || a.name.localeCompare(b.name, 'es'))
      .map((tax) => ({ name: tax.name, base: moneyText(tax.base), value: moneyText(tax.value) })),
    payments,
    cashMovements: movements.map((m) => ({ at: m.at, kind: m.kind, amount: moneyText(decimal(m.amount)), reason: m.reason })),
    cashIn: moneyText(cashIn),
    cashOut: moneyText(cashOut),
    totals: {
      expected: moneyText(expected),
      counted: counted ? moneyText(counted) : null,
      difference: counted ? moneyText(subtract(counted, expected)) : null,
    },
    ranges: numberRanges(documents),
    pending: documents
      .filter((document) => document.state !== 'sent')
      .map((document) => ({
        documentId: document.id,
        kind: document.kind,
        label: documentLabel(document),
        state: document.state,
        total: moneyText(totalOf.get(document.id) ?? ZERO),
      })),
  };
}
