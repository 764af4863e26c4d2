import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifierKey, matchesAllWords, queryWords } from '../../../src-shared/search';
import {
  customerById,
  customerByIdentification,
  productByBarcodeOrCode,
} from '../../../src-renderer/data/mirror/lookups';
import type { CustomerRow, ProductRow } from '../../../src-renderer/data/mirror/rows';
import { searchCustomers, searchProducts, type SearchPage } from '../../../src-renderer/data/mirror/search';
import { startHarness, type Harness } from '../support/harness';
import { customerRow, productRow } from './fixtures';
import { mirrorSync } from './support';

const ids = (page: SearchPage<{ id: string }>) => page.results.map((r) => r.id);

/** Every page of a search, following the cursor. */
async function allPages<R extends { id: string }>(
  search: (cursor: string | null) => Promise<SearchPage<R>>,
): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page: SearchPage<R> = await search(cursor);
    out.push(...page.results.map((r) => r.id));
    if (!page.next) return out;
    cursor = page.next;
  }
  throw new Error('paging did not end');
}

describe('mirror: offline search', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await mirrorSync(h).pull();
    await h.db.customers.bulkPut([
      customerRow('c-jose', '1036654321', ['José Ñandú', 'Pérez Muñoz']),
      customerRow('c-555', '555', ['Ferretería Quinientos SAS']),
      customerRow('c-555123', '555123', ['Ana', 'Prefijo']),
      customerRow('c-tienda', '900800700', ['Tienda 555 Ltda.'], { commercial_name: 'Donde Josefina' }),
      customerRow('c-off', '123123123', ['Zacarías', 'Inactivo'], { active: false }),
    ]);
    await h.db.products.bulkPut([
      productRow('p-tor10', 'TOR-10', 'Tornillo drywall 6x1', { additional_fields: { barcode: '7701234567890', brand: 'Punta Fina' } }),
      productRow('p-tor100', 'TOR-100', 'Tornillo drywall 6x2'),
      productRow('p-named', 'ZZ-1', 'Caja tor 10 especial'),
      productRow('p-bar', 'BAR-1', 'Martillo de uña', { additional_fields: { barcode: 'TOR10' } }),
      productRow('p-off', 'OFF-1', 'Tornillo descontinuado', { active: false }),
    ]);
  });
  afterAll(() => h.close());

  it('is case- and accent-insensitive, partial and multi-word', async () => {
    for (const q of ['jose perez', 'JOSÉ PÉREZ', 'perez jos', 'ñandu', 'nandú', 'MUNOZ', 'pé mu jo']) {
      expect(ids(await searchCustomers(h.db, q)), q).toContain('c-jose');
    }
    expect(ids(await searchCustomers(h.db, 'jose gomez'))).not.toContain('c-jose');
    // Commercial name words are searchable.
    expect(ids(await searchCustomers(h.db, 'josefina donde'))).toEqual(['c-tienda']);
    expect(ids(await searchProducts(h.db, 'TORNILLO 6X2'))).toContain('p-tor100');
    expect(ids(await searchProducts(h.db, 'punta fina'))).toEqual(['p-tor10']);
    expect(ids(await searchCustomers(h.db, '  '))).toEqual([]);
  });

  it('ranks exact identification, then identification prefix, then name matches', async () => {
    expect(ids(await searchCustomers(h.db, '555'))).toEqual(['c-555', 'c-555123', 'c-tienda']);
    expect(ids(await searchCustomers(h.db, '1.036.654.321'))[0]).toBe('c-jose');
    expect(ids(await searchCustomers(h.db, '10366'))).toContain('c-jose');
  });

  it('ranks products: exact code, exact barcode, code prefix, barcode prefix, then name words', async () => {
    expect(ids(await searchProducts(h.db, 'tor-10'))).toEqual(['p-tor10', 'p-bar', 'p-tor100', 'p-named']);
    expect(ids(await searchProducts(h.db, '7701234567890'))).toEqual(['p-tor10']);
    // The first digits of a label's barcode, typed by hand.
    expect(ids(await searchProducts(h.db, '770123'))).toContain('p-tor10');
  });

  it('leaves inactive rows out unless asked; exact lookups by id still return them', async () => {
    expect(ids(await searchCustomers(h.db, 'zacarias'))).toEqual([]);
    expect(ids(await searchCustomers(h.db, 'zacarias', { includeInactive: true }))).toEqual(['c-off']);
    expect(ids(await searchProducts(h.db, 'descontinuado'))).toEqual([]);
    expect((await customerById(h.db, 'c-off'))?.active).toBe(false);
    expect(await productByBarcodeOrCode(h.db, 'OFF-1')).toBeUndefined();
    expect((await productByBarcodeOrCode(h.db, 'OFF-1', { includeInactive: true }))?.id).toBe('p-off');
  });

  it('exact look-ups: scanner barcode or code, customer by identification and branch', async () => {
    expect((await productByBarcodeOrCode(h.db, '7701234567890'))?.id).toBe('p-tor10');
    expect((await productByBarcodeOrCode(h.db, 'TOR-100'))?.id).toBe('p-tor100');
    // A barcode wins over a code with the same key.
    expect((await productByBarcodeOrCode(h.db, 'TOR10'))?.id).toBe('p-bar');
    expect(await productByBarcodeOrCode(h.db, 'nope')).toBeUndefined();
    const seeded = h.sandbox.store.customers[7]!;
    expect((await customerByIdentification(h.db, seeded.identification, seeded.branch_office))?.id).toBe(seeded.id);
    expect(await customerByIdentification(h.db, seeded.identification, 999)).toBeUndefined();
  });

  it('keyset paging: pages in order, no duplicates, no gaps, whatever is inserted between pages', async () => {
    // The most common token of the seeded customers: many rows, several per page.
    const counts = new Map<string, number>();
    for (const row of await h.db.customers.toArray()) for (const t of row.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    const [common] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const prefix = common.slice(0, 2);
    const everything = ids(await searchCustomers(h.db, prefix, { limit: 10_000 }));
    expect(everything.length).toBeGreaterThan(10);

    const paged = await allPages((cursor) => searchCustomers(h.db, prefix, { limit: 3, cursor }));
    expect(paged).toEqual(everything);
    expect(new Set(paged).size).toBe(paged.length);

    // No gaps: exactly the active rows whose identification or some token starts with the query.
    const expected = (await h.db.customers.toArray())
      .filter((r) => r.active && (r.identificationKey.startsWith(prefix) || matchesAllWords(r.tokens, [prefix])))
      .map((r) => r.id);
    expect([...paged].sort()).toEqual(expected.sort());

    // Rows added between two pages: one ranked before the cursor (its identification starts
    // with the query) shifts nothing; one filed under the
    // same word comes once, after the cursor, and the rows that were there keep their order.
    const first = await searchCustomers(h.db, prefix, { limit: 5 });
    await h.db.customers.bulkPut([customerRow('0-early', `${prefix}-42`, ['Antes', 'Insertado']), customerRow('z-late', '43', [prefix, 'Tarde'])]);
    try {
      const rest = await allPages((cursor) => searchCustomers(h.db, prefix, { limit: 5, cursor: cursor ?? first.next }));
      expect(rest.filter((id) => id !== 'z-late')).toEqual(everything.slice(5));
      expect(rest.filter((id) => id === 'z-late')).toHaveLength(1);
    } finally {
      await h.db.customers.bulkDelete(['0-early', 'z-late']);
    }
  });

  it('matches a brute-force filter for multi-word queries drawn from the data', async () => {
    const rows = await h.db.customers.toArray();
    const products = await h.db.products.toArray();
    const pick = (list: Array<CustomerRow | ProductRow>, i: number) => list[(i * 37) % list.length]!;
    for (let i = 0; i < 12; i++) {
      const c = pick(rows, i) as CustomerRow;
      const p = pick(products, i) as ProductRow;
      for (const [search, list, row] of [
        [searchCustomers, rows, c],
        [searchProducts, products, p],
      ] as const) {
        const q = row.tokens.slice(0, 2).map((t) => t.slice(0, 3)).join(' ');
        const words = queryWords(q);
        const key = identifierKey(q);
        const expected = (list as Array<CustomerRow | ProductRow>)
          .filter((r) => r.active)
          .filter((r) => matchesAllWords(r.tokens, words) || ('identificationKey' in r ? r.identificationKey : r.codeKey).startsWith(key) || ('barcode' in r && r.barcode?.startsWith(key) === true))
          .map((r) => r.id)
          .sort();
        const found = await allPages((cursor) => (search as typeof searchCustomers)(h.db, q, { limit: 7, cursor }));
        expect([...found].sort(), q).toEqual(expected);
      }
    }
  });

  it('multi-word paging agrees with brute force whether words are common (index scan) or rare (key intersection)', async () => {
    const extra = Array.from({ length: 700 }, (_, i) =>
      customerRow(`m-${String(i).padStart(4, '0')}`, String(880_000 + i), [
        `Común${i % 3 === 0 ? ' Frecuente' : ''}${i % 50 === 0 ? ' Rarísimo' : ''}`,
        `Apellido${i % 7} Frecuentemente`,
      ]),
    );
    await h.db.customers.bulkPut(extra);
    try {
      const rows = await h.db.customers.toArray();
      for (const q of ['comun frec', 'frecuentemente comun', 'comun rar', 'apellido3 frecuente comu', 'comun zzz']) {
        const words = queryWords(q);
        const expected = rows.filter((r) => r.active && matchesAllWords(r.tokens, words)).map((r) => r.id);
        const paged = await allPages((cursor) => searchCustomers(h.db, q, { limit: 9, cursor }));
        expect(new Set(paged).size, q).toBe(paged.length);
        expect([...paged].sort(), q).toEqual(expected.sort());
        expect(paged, q).toEqual(ids(await searchCustomers(h.db, q, { limit: 10_000 })));
      }
    } finally {
      await h.db.customers.bulkDelete(extra.map((r) => r.id));
    }
  });
});
