import { describe, expect, it } from 'vitest';
import { decodeLine, encodeSegment, segmentLines, matchesAllWords, queryWords, TextIndex, type SearchEntry, type SegmentLine } from '../../../src-shared/search';

const entry = (id: string, key: string, tokens: string[], extra: Partial<SearchEntry> = {}): SearchEntry => ({ id, key, barcode: null, tokens, active: true, payload: null, ...extra });

function allIds(index: TextIndex, text: string, limit: number, barcodes = false): string[] {
  const out: string[] = [];
  let after;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const page = index.search(text, { limit, after, barcodes });
    out.push(...page.ids);
    if (!page.next) return out;
    after = page.next;
  }
  throw new Error('paging did not end');
}

describe('search: in-memory text index', () => {
  it('ranks exact key, exact barcode, key prefix, then words, each row once', () => {
    const index = new TextIndex();
    index.upsert(entry('words', 'zz1', ['tor', 'caja']));
    index.upsert(entry('prefix', 'tor100', ['tornillo']));
    index.upsert(entry('barcode', 'bar1', ['martillo'], { barcode: 'tor10' }));
    index.upsert(entry('exact', 'tor10', ['tornillo']));
    index.upsert(entry('off', 'tor1', ['tornillo'], { active: false }));
    expect(index.search('TOR-10', { limit: 10, barcodes: true }).ids).toEqual(['exact', 'barcode', 'prefix']);
    expect(index.search('tor', { limit: 10, barcodes: true }).ids).toEqual(['exact', 'prefix', 'barcode', 'words']); // keys tor10, tor100; barcode tor10
    expect(index.search('tor', { limit: 10, includeInactive: true }).ids).toContain('off');
    // A barcode's first digits typed by hand, after any code that starts the same way.
    index.upsert(entry('label', 'p9', ['leche'], { barcode: '7701234' }));
    index.upsert(entry('code770', '7709', ['pan']));
    expect(index.search('770', { limit: 10, barcodes: true }).ids).toEqual(['code770', 'label']);
    // Written back in key order, so that a load appends keys instead of merging them.
    expect([...index.all()].map((e) => e.key)).toEqual(['7709', 'bar1', 'p9', 'tor1', 'tor10', 'tor100', 'zz1']);
  });

  it('looks up exact keys and barcodes, inactive rows too, after changes', () => {
    const index = new TextIndex();
    index.upsert(entry('p2', 'tor10', ['tornillo'], { barcode: '7701' }));
    index.upsert(entry('p1', 'tor10', ['tornillo'], { active: false }));
    index.upsert(entry('p3', 'tor100', ['tornillo'], { barcode: '7702' }));
    // Rows sharing a key come in id order, as an IndexedDB index lists them.
    expect(index.withKey('tor10')).toEqual(['p1', 'p2']);
    expect(index.withBarcode('7701')).toEqual(['p2']);
    expect(index.withBarcode('770')).toEqual([]);
    index.upsert(entry('p2', 'tor11', ['tornillo'], { barcode: '7709' }));
    index.remove('p3');
    expect(index.withKey('tor10')).toEqual(['p1']);
    expect(index.withBarcode('7701')).toEqual([]);
    expect(index.withBarcode('7709')).toEqual(['p2']);
    expect(index.withKey('tor100')).toEqual([]);
    // A list with no query: key order, active rows unless asked.
    index.upsert(entry('p4', 'abc', ['arandela']));
    expect(index.firstByKey(10)).toEqual(['p4', 'p2']);
    expect(index.firstByKey(2, true)).toEqual(['p4', 'p1']);
  });

  it('replaces and removes entries', () => {
    const index = new TextIndex();
    index.upsert(entry('a', '1', ['ana', 'gomez']));
    index.upsert(entry('a', '1', ['ana', 'zapata']));
    expect(index.search('gomez', { limit: 5 }).ids).toEqual([]);
    expect(index.search('zap', { limit: 5 }).ids).toEqual(['a']);
    index.remove('a');
    expect(index.search('ana', { limit: 5 }).ids).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('pages multi-word queries like a brute-force filter, whether it walks the ordering word or gathers from a rare one', () => {
    const index = new TextIndex();
    const entries: SearchEntry[] = [];
    for (let i = 0; i < 3000; i += 1) {
      const tokens = [`nombre${i % 40}`, i % 3 === 0 ? 'maria' : 'marta', i % 97 === 0 ? 'rarisimo' : 'comun', `apellido${i % 7}`];
      entries.push(entry(`id${i}`, String(10_000 + i), tokens, { active: i % 13 !== 0 }));
    }
    for (const e of entries) index.upsert(e);
    // 'mar' orders; 'rarisimo' is rare (gathered and sorted); 'comun' is common (walked).
    for (const text of ['mar rarisimo', 'mar comun', 'nombre1 apellido3', 'apellido maria', 'marta zzz', 'nombre12 mar apellido']) {
      const words = queryWords(text);
      const expected = entries.filter((e) => e.active && matchesAllWords(e.tokens, words)).map((e) => e.id).sort();
      const paged = allIds(index, text, 7);
      expect(new Set(paged).size, text).toBe(paged.length);
      expect([...paged].sort(), text).toEqual(expected);
      expect(paged, text).toEqual(index.search(text, { limit: 100_000 }).ids);
    }
  });

  it('stores entries as text and reads them back, deletions included', () => {
    const payload = JSON.stringify(['T-1', 'Tornillo\t"largo"\nx', [[1, 1500]]]);
    const lines: SegmentLine[] = [
      entry('a', 'k1', ['uno', 'dos'], { barcode: '770', payload }),
      entry('b', 'k2', [], { active: false }),
      { id: 'c', deleted: true },
    ];
    expect(segmentLines(encodeSegment(lines)).map(decodeLine)).toEqual(lines);
    // A line written before entries had a payload.
    expect(decodeLine('d\tk4\t\t1\tcuatro')).toEqual(entry('d', 'k4', ['cuatro']));
  });

  it('keeps each entry\'s payload with it, by id', () => {
    const index = new TextIndex();
    index.upsert(entry('a', 'k1', ['uno'], { payload: 'primero' }));
    index.upsert(entry('a', 'k1', ['uno'], { payload: 'segundo' }));
    expect(index.entryOf('a')?.payload).toBe('segundo');
    index.remove('a');
    expect(index.entryOf('a')).toBeUndefined();
  });

  it('keeps Siigo\'s UUIDs packed and any other id as typed, through growth, edits and removals', () => {
    const index = new TextIndex();
    const uuid = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    // Enough rows to grow every column and the id table several times.
    for (let n = 0; n < 5_000; n += 1) index.upsert(entry(uuid(n), `k${n}`, [`w${n % 7}`, 'comun']));
    const others = ['local-ñandú 1', 'ABCDEF01-0000-4000-8000-000000000001', 'x'];
    others.forEach((id, i) => index.upsert(entry(id, `otro${i}`, ['otro'])));
    expect(index.size).toBe(5_003);
    expect(index.withKey('k4321')).toEqual([uuid(4321)]);
    expect(allIds(index, 'otro', 2).sort()).toEqual([...others].sort());
    // An edit replaces the row's words and key; the old ones no longer find it.
    index.upsert(entry(uuid(42), 'nuevo42', ['renombrado'], { barcode: '7700042', payload: 'p' }));
    expect(index.search('renombrado', { limit: 5 }).ids).toEqual([uuid(42)]);
    expect(index.withKey('k42')).toEqual([]);
    expect(index.entryOf(uuid(42))).toEqual(entry(uuid(42), 'nuevo42', ['renombrado'], { barcode: '7700042', payload: 'p' }));
    expect(allIds(index, 'w0 comun', 1000)).not.toContain(uuid(42));
    index.remove(uuid(43));
    index.remove('x');
    expect(index.entryOf(uuid(43))).toBeUndefined();
    expect(index.entryOf('x')).toBeUndefined();
    expect(index.size).toBe(5_001);
    // Back after a removal, under the same id.
    index.upsert(entry('x', 'otra-vez', ['vuelve']));
    expect(index.search('vuelve', { limit: 5 }).ids).toEqual(['x']);
    expect(index.entryOf('ABCDEF01-0000-4000-8000-000000000001')?.key).toBe('otro1');
  });
});
