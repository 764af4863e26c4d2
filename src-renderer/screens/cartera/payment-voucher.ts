import { add, toFixedText, toNumber, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import type { DocumentRow } from '../../data/outbox/rows';
import type { QueuedDocumentOf } from '../../data/outbox/queue-document';
import type { StatementLine } from './statement-lines';

/** What every receipt (recibo de caja) of the Cartera screen shares. */
export interface ReceiptHeader {
  documentTypeId: number | null;
  /** Today in Colombia, `yyyy-MM-dd`. */
  date: string;
  customer: { identification: string; branchOffice: number; name: string };
  paymentTypeId: number | null;
  /** Sent only when the receipt type demands one. */
  costCenterId?: number | null;
  observations?: string;
}

export interface PaymentChoice {
  line: StatementLine;
  value: Decimal;
}

function common(header: ReceiptHeader) {
  return {
    document: { id: header.documentTypeId ?? undefined },
    date: header.date,
    customer: { identification: header.customer.identification, branch_office: header.customer.branchOffice },
    ...(header.costCenterId != null ? { cost_center: header.costCenterId } : {}),
    ...(header.observations?.trim() ? { observations: header.observations.trim() } : {}),
  };
}

/** Σ of the chosen amounts: the receipt's single payment value. */
export function choicesTotal(choices: readonly PaymentChoice[]): Decimal {
  return choices.reduce((sum, choice) => add(sum, choice.value), ZERO);
}

/**
 * A DebtPayment: one item per invoice chosen, the payment for their sum. An invoice still in
 * the local queue gets a placeholder due and a ref; the outbox writes its real prefix and
 * number once Siigo created it (the placeholder numbering matches the validation's).
 */
export function debtPaymentDocument(header: ReceiptHeader, choices: readonly PaymentChoice[]): QueuedDocumentOf<'voucher'> {
  const refs: DocumentRow['refs'] = [];
  const items = choices.map((choice, index) => {
    if (choice.line.due) return { due: choice.line.due, value: toNumber(choice.value) };
    refs.push({ path: ['items', index, 'due'], documentId: choice.line.document?.id ?? '', use: 'invoice-due' });
    return { due: { prefix: 'PENDIENTE', consecutive: refs.length, quote: 1, date: choice.line.date }, value: toNumber(choice.value) };
  });
  const total = choicesTotal(choices);
  const names = choices.map((choice) => choice.line.name ?? 'factura en cola');
  return {
    kind: 'voucher',
    body: { type: 'DebtPayment', ...common(header), items, payment: { id: header.paymentTypeId ?? undefined, value: toNumber(total) } },
    summary: {
      customerIdentification: header.customer.identification,
      customerName: header.customer.name,
      total: toFixedText(total),
      label: `Abono a ${names.join(', ')}`,
    },
    ...(refs.length > 0 ? { refs } : {}),
  };
}

/** An AdvancePayment: money on account, no invoices (Siigo refuses items on it). */
export function advancePaymentDocument(header: ReceiptHeader, value: Decimal): QueuedDocumentOf<'voucher'> {
  return {
    kind: 'voucher',
    body: { type: 'AdvancePayment', ...common(header), payment: { id: header.paymentTypeId ?? undefined, value: toNumber(value) } },
    summary: {
      customerIdentification: header.customer.identification,
      customerName: header.customer.name,
      total: toFixedText(value),
      label: 'Anticipo',
    },
  };
}
