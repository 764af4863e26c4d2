import { describe, expect, it } from 'vitest';
import { add, decimal, decimalPlaces, DecimalFormatError, round, toFixedText, toNumber } from '../../../src-shared/money/decimal';

const text = (value: Parameters<typeof decimal>[0], scale: number) => toFixedText(round(decimal(value), scale));

describe('decimal', () => {
  it('rounds half away from zero where binary floats get it wrong', () => {
    expect((1.005).toFixed(2)).toBe('1.00'); // the float trap this module exists for
    expect(text(1.005, 2)).toBe('1.01');
    expect(text(-1.005, 2)).toBe('-1.01');
    expect(text('2.675', 2)).toBe('2.68');
    expect(text(1.0049999, 2)).toBe('1.00');
  });

  it('adds exactly', () => {
    expect(toFixedText(add(decimal(0.1), decimal(0.2)))).toBe('0.3');
    expect(toNumber(round(add(decimal(0.1), decimal(0.2)), 2))).toBe(0.3);
  });

  it('reads exponent notation and counts real decimal places', () => {
    expect(toFixedText(decimal(1e-7))).toBe('0.0000001');
    expect(toFixedText(decimal('1.5e3'))).toBe('1500');
    expect(decimalPlaces(decimal('1.50'))).toBe(1);
    expect(decimalPlaces(decimal(123.456789))).toBe(6);
  });

  it('refuses what is not a number', () => {
    expect(() => decimal(Number.NaN)).toThrow(DecimalFormatError);
    expect(() => decimal(Number.POSITIVE_INFINITY)).toThrow(DecimalFormatError);
    expect(() => decimal('12,5')).toThrow(DecimalFormatError);
  });
});
