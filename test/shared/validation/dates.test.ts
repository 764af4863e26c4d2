import { describe, expect, it } from 'vitest';
import { colombiaToday, formatCop, isElectronic, sendDateFor, siigoParam } from '../../../src-shared/validation';
import { decimal } from '../../../src-shared/money/decimal';

describe('dates', () => {
  it('today is the date in Bogotá (UTC−5)', () => {
    expect(colombiaToday(new Date('2025-03-11T04:59:59Z'))).toBe('2025-03-10');
    expect(colombiaToday(new Date('2025-03-11T05:00:00Z'))).toBe('2025-03-11');
  });

  it('electronic invoices are sent with the send date; others keep the draft date', () => {
    const electronic = { electronic_type: 'ElectronicInvoice' };
    const paper = { electronic_type: 'NoElectronic' };
    expect(isElectronic(electronic)).toBe(true);
    expect(isElectronic(paper)).toBe(false);
    expect(isElectronic({})).toBe(false);
    expect(sendDateFor(electronic, '2025-03-09', '2025-03-10')).toBe('2025-03-10');
    expect(sendDateFor(paper, '2025-03-09', '2025-03-10')).toBe('2025-03-09');
  });
});

describe('formatting', () => {
  it('pesos the Colombian way', () => {
    expect(formatCop(decimal('1234567.891'))).toBe('$ 1.234.567,89');
    expect(formatCop(decimal(0.5))).toBe('$ 0,50');
    expect(formatCop(decimal(-1000))).toBe('-$ 1.000');
  });

  it('issue paths as Siigo names parameters', () => {
    expect(siigoParam(['items', 2, 'taxes', 0, 'id'])).toBe('items[2].taxes[0].id');
    expect(siigoParam(['payment', 'value'])).toBe('payment.value');
  });
});
