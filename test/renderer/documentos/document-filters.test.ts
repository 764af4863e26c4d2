import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { operationKindLabels, operationKinds } from '../../../src-shared/outbox/states';
import { MostradorDB } from '../../../src-renderer/data/db';
import { newId } from '../../../src-renderer/data/outbox/ids';
import type { DocumentRow } from '../../../src-renderer/data/outbox/rows';
import { documentMatcher, emptyFilter, kindOptions, queryPlan, rangeProblem, type DocumentFilter } from '../../../src-renderer/screens/documentos/document-filters';
import { allShownDocuments, eachShownDocument, shownDocuments } from '../../../src-renderer/screens/documentos/document-query';
import { documentRow } from '../support/document-row';

const filter = (change: Partial<DocumentFilter>): DocumentFilter => ({ ...emptyFilter, ...change });

const sale = (day: string, seller: number, customer: { name: string; id: string }, partial: Partial<DocumentRow> = {}) =>
  documentRow({
    kind: 'invoice',
    body: { date: day, seller, customer: { identification: customer.id } },
    summary: { customerName: customer.name, customerIdentification: customer.id, total: '1000.00' },
    ...partial,
  });

const ana = { name: 'Ana Pérez', id: '1020304050' };
const tornillo = { name: 'Ferretería El Tornillo', id: '900123456' };

describe('Documentos’ filter logic', () => {
  it('offers every kind the outbox knows, by its name (new kinds included)', () => {
    expect(kindOptions.slice(1).map((option) => option.value)).toEqual([...operationKinds]);
    expect(kindOptions.find((option) => option.value === 'creditNote')?.label).toBe(operationKindLabels.creditNote);
  });

  it('combines date range, kind, state, seller and customer: each must hold', () => {
    const documents = [
      sale('2025-03-14', 7, ana),
      sale('2025-03-15', 7, tornillo),
      sale('2025-03-14', 8, tornillo),
      sale('2025-03-14', 7, tornillo, { state: 'sent', siigo: { id: 'x', name: 'FV-1-55', number: 55, prefix: 'FV' } }),
      documentRow({ kind: 'quotation', body: { date: '2025-03-14', seller: 7, customer: { identification: tornillo.id } }, summary: { customerName: tornillo.name } }),
      // A customer has no date in its body: the day it was made here, in Bogotá (11 p. m. on the 14th).
      documentRow({ kind: 'customer', body: { identification: '900123456', name: ['Ferretería El Tornillo'] }, createdAt: '2025-03-15T04:00:00.000Z' }),
    ];
    const shown = (change: Partial<DocumentFilter>) => documents.filter(documentMatcher(filter(change))).map((d) => documents.indexOf(d));
    expect(shown({ from: '2025-03-14', to: '2025-03-14' })).toEqual([0, 2, 3, 4, 5]);
    expect(shown({ from: '2025-03-14', to: '2025-03-14', kind: 'invoice' })).toEqual([0, 2, 3]);
    expect(shown({ from: '2025-03-14', to: '2025-03-14', kind: 'invoice', sellerId: 7 })).toEqual([0, 3]);
    expect(shown({ from: '2025-03-14', to: '2025-03-14', kind: 'invoice', sellerId: 7, text: 'tornillo' })).toEqual([3]);
    expect(shown({ from: '2025-03-14', to: '2025-03-14', kind: 'invoice', sellerId: 7, text: 'tornillo', state: 'pending' })).toEqual([]);
    // By identification, and by the number Siigo gave.
    expect(shown({ text: '1020304050' })).toEqual([0]);
    expect(shown({ text: 'FV-1-55' })).toEqual([3]);
    expect(shown({ from: '2025-03-15' })).toEqual([1]);
    expect(shown({ to: '2025-03-14', kind: 'customer' })).toEqual([5]);
  });

  it('a reversed range matches nothing and says which dates to fix', () => {
    const reversed = filter({ from: '2025-03-15', to: '2025-03-14' });
    expect(rangeProblem(reversed)).toMatch(/«Desde» es posterior a «Hasta»/);
    expect([sale('2025-03-14', 7, ana)].filter(documentMatcher(reversed))).toEqual([]);
    expect(rangeProblem(filter({ from: '2025-03-14', to: '2025-03-14' }))).toBeNull();
  });

  it('reads through the narrowest index: few states first, then the kind', () => {
    expect(queryPlan(emptyFilter)).toEqual({ index: 'id' });
    expect(queryPlan(filter({ kind: 'invoice' }))).toEqual({ index: 'kind', value: 'invoice' });
    expect(queryPlan(filter({ kind: 'invoice', state: 'needs_attention' }))).toEqual({ index: 'state', value: 'needs_attention' });
    expect(queryPlan(filter({ kind: 'invoice', state: 'pending' }))).toEqual({ index: 'pending' });
    expect(queryPlan(filter({ state: 'accepted' }))).toEqual({ index: 'state', value: 'sent' });
  });
});

describe('Documentos’ queries on the database', () => {
  let db: MostradorDB | undefined;
  afterEach(() => db?.close());

  it('shows the newest first through every plan, and the totals and CSV walk every match, not one page', async () => {
    db = new MostradorDB('mostrador:demo', { indexedDB: new IDBFactory(), IDBKeyRange });
    const start = Date.parse('2025-03-14T15:00:00.000Z');
    const states: DocumentRow['state'][] = ['queued', 'sent', 'retrying', 'sent', 'sending', 'needs_attention'];
    const rows = Array.from({ length: 30 }, (_, i) =>
      sale('2025-03-14', 7, i % 2 ? ana : tornillo, { id: newId(start + i * 1000), state: states[i % states.length]!, kind: i % 5 === 0 ? 'creditNote' : 'invoice' }),
    );
    await db.documents.bulkPut(rows);
    const newestFirst = (selected: DocumentRow[]) => [...selected].sort((a, b) => (a.id < b.id ? 1 : -1)).map((d) => d.id);
    for (const change of [{}, { kind: 'invoice' as const }, { state: 'pending' as const }, { state: 'needs_attention' as const }, { state: 'sent' as const, kind: 'creditNote' as const }]) {
      const f = filter(change);
      const expected = newestFirst(rows.filter(documentMatcher(f)));
      expect((await shownDocuments(db, f, 4)).map((d) => d.id), JSON.stringify(change)).toEqual(expected.slice(0, 4));
      expect((await allShownDocuments(db, f)).map((d) => d.id)).toEqual(expected);
      let walked = 0;
      await eachShownDocument(db, f, () => (walked += 1));
      expect(walked).toBe(expected.length);
    }
  });
});
