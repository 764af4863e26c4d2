import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src-main/siigo-sandbox/index';
import { ean13CheckDigit, isValidEan13, nitCheckDigit } from '../../src-main/siigo-sandbox/check-digits';
import { decimalPlaces, mul, round, shift, toDecimal, toNumber, toPlainString } from '../../src-main/siigo-sandbox/decimal';
import { CITY_BY_CODE } from '../../src-main/siigo-sandbox/seed/colombia';

describe('sandbox: exact decimals', () => {
  it('rounds half away from zero on the written decimal value, where binary floats fail', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the float trap
    expect(toPlainString(round(toDecimal(1.005), 2))).toBe('1.01');
    expect(toPlainString(round(toDecimal(1.004999), 2))).toBe('1.00');
    expect(toPlainString(round(shift(mul(toDecimal(2.5), toDecimal(19)), 2), 2))).toBe('0.48');
    expect(toNumber(round(toDecimal(-2.345), 2))).toBe(-2.35);
    expect(toPlainString(toDecimal(1e-7))).toBe('0.0000001');
    expect(decimalPlaces(1.1)).toBe(1);
    expect(decimalPlaces(100)).toBe(0);
    expect(decimalPlaces(0.123456)).toBe(6);
    expect(decimalPlaces(1e-7)).toBe(7);
  });
});

describe('sandbox: seed data', () => {
  it('is believable: valid NIT check digits, EAN-13 barcodes, DANE cities, accents, inactive and contact-less records', async () => {
    const sb = await startSandbox();
    try {
      const { customers, products } = sb.store;
      expect(customers.length).toBe(200);
      expect(products.length).toBe(500);
      expect(nitCheckDigit('900373913')).toBe(4);
      expect(nitCheckDigit('800197268')).toBe(4);
      expect(nitCheckDigit('860002964')).toBe(4);
      const companies = customers.filter((c) => c.person_type === 'Company');
      const persons = customers.filter((c) => c.person_type === 'Person');
      expect(companies.length).toBeGreaterThan(20);
      expect(persons.length).toBeGreaterThan(100);
      for (const c of companies) {
        expect(c.id_type.code).toBe('31');
        expect(c.check_digit).toBe(String(nitCheckDigit(c.identification)));
        expect(c.name).toHaveLength(1);
      }
      for (const p of persons) {
        expect(p.id_type.code).toBe('13');
        expect(p.name).toHaveLength(2);
      }
      for (const c of customers) expect(CITY_BY_CODE.get(c.address.city.city_code)).toBeDefined();
      expect(customers.some((c) => /[áéíóúñ]/i.test(c.name.join(' ')))).toBe(true);
      expect(customers.some((c) => !c.active)).toBe(true);
      expect(customers.some((c) => c.contacts.length === 0)).toBe(true);
      expect(customers.filter((c) => c.contacts.length > 0).every((c) => /@/.test(c.contacts[0]?.email ?? ''))).toBe(true);
      expect(customers.some((c) => c.branch_office === 1)).toBe(true);

      expect(ean13CheckDigit('400638133393')).toBe(1); // Wikipedia's EAN-13 example 4006381333931
      const goods = products.filter((p) => p.type === 'Product');
      expect(goods.every((p) => isValidEan13(p.additional_fields.barcode))).toBe(true);
      expect(products.some((p) => p.type === 'Service' && !p.stock_control)).toBe(true);
      expect(products.some((p) => !p.active)).toBe(true);
      const taxNames = new Set(products.flatMap((p) => p.taxes.map((t) => t.name)));
      expect([...taxNames]).toEqual(expect.arrayContaining(['IVA 19%', 'IVA 5%', 'IVA 0% (exento)', 'Impoconsumo 8%']));
      expect(products.some((p) => p.taxes.length === 2)).toBe(true);
      expect(products.some((p) => p.tax_classification === 'Excluded' && p.taxes.length === 0)).toBe(true);
      expect(products.some((p) => p.warehouses.length > 1)).toBe(true);
      expect(goods.every((p) => p.available_quantity === p.warehouses.reduce((s, w) => s + w.quantity, 0))).toBe(true);
      expect(products.every((p) => p.prices[0]?.price_list.length === 3)).toBe(true);
      // Pre-existing invoices with balances, some partly paid.
      expect(sb.store.invoices.length).toBeGreaterThan(5);
      expect(sb.store.invoices.some((i) => i.balance > 0)).toBe(true);
      expect(sb.store.vouchers.length).toBeGreaterThan(0);
      expect(sb.created()).toEqual([]);
    } finally {
      await sb.close();
    }
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const clockNow = () => new Date('2025-06-01T12:00:00Z');
    const a = await startSandbox({ seed: 7, now: clockNow });
    const b = await startSandbox({ seed: 7, now: clockNow });
    const c = await startSandbox({ seed: 8, now: clockNow });
    try {
      const strip = (s: typeof a) => JSON.parse(JSON.stringify({ c: s.store.customers, p: s.store.products, i: s.store.invoices.map((i) => ({ ...i, public_url: '' })) }));
      expect(strip(a)).toEqual(strip(b));
      expect(strip(a).c[0].identification).not.toBe(strip(c).c[0].identification);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  it('seeds 100,000 customers and 50,000 products in under 10 s, deterministically', async () => {
    const started = performance.now();
    const big = await startSandbox({ seed: 3, size: { customers: 100_000, products: 50_000 }, now: () => new Date('2025-06-01T12:00:00Z') });
    const elapsed = performance.now() - started;
    try {
      expect(big.store.customers).toHaveLength(100_000);
      expect(big.store.products).toHaveLength(50_000);
      expect(elapsed).toBeLessThan(10_000);
      expect(new Set(big.store.customers.map((c) => `${c.identification}|${c.branch_office}`)).size).toBe(100_000);
      expect(new Set(big.store.products.map((p) => p.code)).size).toBe(50_000);
      const sample = JSON.stringify([big.store.customers[99_999], big.store.products[49_999]]);
      await big.close();
      const again = await startSandbox({ seed: 3, size: { customers: 100_000, products: 50_000 }, now: () => new Date('2025-06-01T12:00:00Z'), seedInvoices: false });
      // Seed invoices only move stock and last_updated of early products: the last records are untouched.
      expect(JSON.stringify([again.store.customers[99_999], again.store.products[49_999]])).toBe(sample);
      await again.close();
      console.log(`seed 100k customers + 50k products: ${elapsed.toFixed(0)} ms`);
    } finally {
      await big.close().catch(() => undefined);
    }
  }, 30_000);
});
