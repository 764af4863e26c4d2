/**
 * A payment (DebtPayment voucher) names the invoice installment it pays as
 * `{prefix, consecutive, quote, date}`: the prefix is the invoice name without its number
 * ("FV-1" for "FV-1-68"), consecutive its number, quote the installment (1 for single-due
 * invoices). A payment of an invoice still in the queue learns these when the invoice is sent.
 */
export interface DueReference {
  prefix: string;
  consecutive: number;
  quote: number;
  date?: string;
}

export function dueReferenceOf(invoice: { name: string; number?: number | null; date: string }, quote = 1, dueDate?: string): DueReference {
  const match = /^(.*)-(\d+)$/.exec(invoice.name);
  if (!match) throw new Error(`Cannot read the installment reference of invoice ${invoice.name}`);
  const [, prefix = '', number = '0'] = match;
  return { prefix, consecutive: invoice.number ?? Number(number), quote, date: dueDate ?? invoice.date };
}
