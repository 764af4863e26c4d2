import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MostradorDB } from '../../../src-renderer/data/db';
import { customerByIdentification, productByBarcodeOrCode } from '../../../src-renderer/data/mirror/lookups';
import { searchCustomers, searchProducts } from '../../../src-renderer/data/mirror/search';
import { customerRow, productRow } from './fixtures';

/**
 * Timing probe, off by default (MIRROR_TIMING=1 to run). fake-indexeddb in Node is far slower
 * than Chromium's IndexedDB, so these numbers are an upper bound, not the benchmark.
 */
const FIRST = ['José', 'María', 'Ana', 'Luis', 'Carlos', 'Paula', 'Andrés', 'Lucía', 'Jorge', 'Sofía', 'Juan', 'Camila'];
const LAST = ['Pérez', 'Gómez', 'Rodríguez', 'Muñoz', 'López', 'Martínez', 'García', 'Hernández', 'Ospina', 'Restrepo', 'Zapata', 'Valencia'];
const WORDS = ['tornillo', 'tuerca', 'martillo', 'pintura', 'cable', 'tubo', 'llave', 'brocha', 'cemento', 'lija', 'broca', 'cinta'];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

describe.runIf(process.env['MIRROR_TIMING'] === '1')('mirror: search timing (fake-indexeddb)', () => {
  it('measures import and query times', { timeout: 600_000 }, async () => {
    const customers = Number(process.env['MIRROR_CUSTOMERS'] ?? 100_000);
    const products = Number(process.env['MIRROR_PRODUCTS'] ?? 50_000);
    const db = new MostradorDB('timing', { indexedDB: new IDBFactory(), IDBKeyRange });
    const pick = <T>(list: T[], i: number) => list[i % list.length]!;
    let t = performance.now();
    for (let start = 0; start < customers; start += 1000) {
      const rows = [];
      for (let i = start; i < Math.min(customers, start + 1000); i++) {
        rows.push(customerRow(`c${i}`, String(10_000_000 + i * 7), [`${pick(FIRST, i)} ${pick(FIRST, i * 7 + 3)}`, `${pick(LAST, i * 3)} ${pick(LAST, i * 5 + 1)}`]));
      }
      await db.customers.bulkPut(rows);
    }
    const importCustomersMs = performance.now() - t;
    t = performance.now();
    for (let start = 0; start < products; start += 1000) {
      const rows = [];
      for (let i = start; i < Math.min(products, start + 1000); i++) {
        rows.push(productRow(`p${i}`, `REF-${i}`, `${pick(WORDS, i)} ${pick(WORDS, i * 7 + 1)} ${i % 97}mm`, { additional_fields: { barcode: String(7_700_000_000_000 + i) } }));
      }
      await db.products.bulkPut(rows);
    }
    const importProductsMs = performance.now() - t;

    const queries = ['jose', 'maria gomez', 'per', 'lucia zapata ospina', '1000', '10000007', 'and res'];
    const productQueries = ['tornillo', 'tuerca 12', 'REF-4', 'REF-49999', 'cem lij', '7700000000123'];
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        const s = performance.now();
        await searchCustomers(db, q);
        times.push(performance.now() - s);
        if (round === 1) console.log(q, (performance.now() - s).toFixed(2));
      }
      for (const q of productQueries) {
        const s = performance.now();
        await searchProducts(db, q);
        times.push(performance.now() - s);
        if (round === 1) console.log(q, (performance.now() - s).toFixed(2));
      }
    }
    const exact: number[] = [];
    for (let i = 0; i < 50; i++) {
      let s = performance.now();
      await productByBarcodeOrCode(db, String(7_700_000_000_000 + i * 13));
      exact.push(performance.now() - s);
      s = performance.now();
      await customerByIdentification(db, String(10_000_000 + i * 91));
      exact.push(performance.now() - s);
    }
    console.log(JSON.stringify({
      customers, products,
      importCustomersMs: Math.round(importCustomersMs), importProductsMs: Math.round(importProductsMs),
      searchP50: percentile(times, 0.5).toFixed(2), searchP95: percentile(times, 0.95).toFixed(2), searchMax: Math.max(...times).toFixed(2),
      exactP50: percentile(exact, 0.5).toFixed(2), exactP95: percentile(exact, 0.95).toFixed(2),
    }));
    expect(times.length).toBeGreaterThan(0);
    db.close();
  });
});
