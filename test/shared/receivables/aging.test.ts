import { describe, expect, it } from 'vitest';
import { decimal, toFixedText } from '../../../src-shared/money/decimal';
import { ageReceivables, agingBucket, daysOverdue, sortAging, type AgedInvoice } from '../../../src-shared/receivables/aging';

const TODAY = '2026-12-05';
const invoice = (customerKey: string, dueDate: string, balance: string): AgedInvoice => ({ customerKey, dueDate, balance: decimal(balance) });
const text = (value: Parameters<typeof toFixedText>[0]) => toFixedText(value);

describe('aging of accounts receivable', () => {
  it('counts Colombian calendar days from the due date to today, across months and years', () => {
    expect(daysOverdue('2026-12-05', TODAY)).toBe(0);
    expect(daysOverdue('2026-12-06', TODAY)).toBe(-1);
    expect(daysOverdue('2026-11-05', TODAY)).toBe(30);
    expect(daysOverdue('2025-12-05', TODAY)).toBe(365);
    expect(daysOverdue('2026-02-28', '2026-03-01')).toBe(1);
  });

  it.each([
    [-1, 'current'],
    [0, 'd0to30'],
    [30, 'd0to30'],
    [31, 'd31to60'],
    [60, 'd31to60'],
    [61, 'd61to90'],
    [90, 'd61to90'],
    [91, 'over90'],
  ] as const)('%i days overdue falls in %s', (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });

  it('puts each balance in its bucket by due date, totals per customer and for the whole view', () => {
    const report = ageReceivables(
      [
        invoice('A', '2026-12-20', '100000'), // not yet due
        invoice('A', '2026-12-05', '50000'), // day 0
        invoice('A', '2026-11-05', '25000.50'), // day 30
        invoice('B', '2026-11-04', '10000'), // day 31
        invoice('B', '2026-10-06', '20000'), // day 60
        invoice('B', '2026-10-05', '30000'), // day 61
        invoice('C', '2026-09-06', '40000'), // day 90
        invoice('C', '2026-09-05', '60000'), // day 91
      ],
      TODAY,
    );
    const byKey = new Map(report.customers.map((c) => [c.customerKey, c]));
    const a = byKey.get('A')!;
    expect(text(a.buckets.current)).toBe('100000');
    expect(text(a.buckets.d0to30)).toBe('75000.50');
    expect(text(a.total)).toBe('175000.50');
    expect(a.oldestDueDate).toBe('2026-11-05');
    expect(a.oldestDays).toBe(30);
    const b = byKey.get('B')!;
    expect([text(b.buckets.d31to60), text(b.buckets.d61to90)]).toEqual(['30000', '30000']);
    const c = byKey.get('C')!;
    expect([text(c.buckets.d61to90), text(c.buckets.over90)]).toEqual(['40000', '60000']);
    expect(c.oldestDays).toBe(91);
    expect(Object.fromEntries(Object.entries(report.totals).map(([k, v]) => [k, text(v)]))).toEqual({
      current: '100000',
      d0to30: '75000.50',
      d31to60: '30000',
      d61to90: '70000',
      over90: '60000',
    });
    expect(text(report.total)).toBe('335000.50');
  });

  it('ages what is left of a partly paid invoice, and leaves out paid or over-collected ones', () => {
    const report = ageReceivables(
      [invoice('A', '2026-10-01', '119000.75'), invoice('A', '2026-12-01', '0'), invoice('B', '2026-11-01', '-5000')],
      TODAY,
    );
    expect(report.customers.map((c) => c.customerKey)).toEqual(['A']);
    expect(text(report.customers[0]!.buckets.d61to90)).toBe('119000.75');
    expect(report.customers[0]!.invoices).toBe(1);
    expect(text(report.total)).toBe('119000.75');
  });

  it('sorts by largest total or by oldest due balance', () => {
    const { customers } = ageReceivables(
      [invoice('small-old', '2026-01-01', '1000'), invoice('big-new', '2026-12-01', '900000'), invoice('mid', '2026-06-01', '50000')],
      TODAY,
    );
    expect(sortAging(customers, 'total').map((c) => c.customerKey)).toEqual(['big-new', 'mid', 'small-old']);
    expect(sortAging(customers, 'oldest').map((c) => c.customerKey)).toEqual(['small-old', 'mid', 'big-new']);
  });
});
