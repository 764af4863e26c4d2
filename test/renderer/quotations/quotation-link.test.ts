import { afterEach, describe, expect, it } from 'vitest';
import type { MostradorDB } from '../../../src-renderer/data/db';
import { quotationLink, quotationLinks, quotationOf } from '../../../src-renderer/screens/cotizaciones/quotation-link';
import { quotationVersion } from '../../../src-renderer/screens/cotizaciones/quotation-version';
import { freshDb } from '../cash/support';
import { documentRow } from '../support/document-row';

let db: MostradorDB;
afterEach(async () => {
  db.close();
});

const quotation = (id: string, createdAt = '2026-03-10T15:00:00.000Z') =>
  documentRow({ id, kind: 'quotation', body: { items: [] }, state: 'sent', createdAt, updatedAt: createdAt, siigo: { id: `siigo-${id}`, name: `C-1-${id.slice(1)}`, number: 1, prefix: 'C' } });
const invoice = (id: string, from: string, state: 'draft' | 'queued' | 'sent' | 'discarded' | 'needs_attention', at: string) =>
  documentRow({ id, kind: 'invoice', body: {}, state, createdAt: at, updatedAt: at, origin: { quotationDocumentId: from } });

describe('the link between a quotation and its invoice', () => {
  it('names the confirmed invoice and the sale still open, each for its own quotation', async () => {
    db = freshDb();
    await db.documents.bulkPut([
      quotation('q1'),
      quotation('q2', '2026-03-11T15:00:00.000Z'),
      quotation('q3', '2026-03-12T15:00:00.000Z'),
      invoice('i1', 'q1', 'queued', '2026-03-12T16:00:00.000Z'),
      invoice('d2', 'q2', 'draft', '2026-03-12T17:00:00.000Z'),
      // An invoice with no quotation, and one made before the quotations: not read as links.
      documentRow({ id: 'plain', kind: 'invoice', body: {}, createdAt: '2026-03-12T18:00:00.000Z', updatedAt: '2026-03-12T18:00:00.000Z' }),
    ]);
    const links = await quotationLinks(db, await db.documents.where('kind').equals('quotation').toArray());
    expect(links.get('q1')).toMatchObject({ invoice: { id: 'i1' }, openSale: null });
    expect(links.get('q2')).toMatchObject({ invoice: null, openSale: { id: 'd2' } });
    expect(links.get('q3')).toBeUndefined();
    expect((await quotationOf(db, (await db.documents.get('i1'))!))?.id).toBe('q1');
  });

  it('frees the quotation when its invoice is discarded, and links the next one', async () => {
    db = freshDb();
    await db.documents.bulkPut([quotation('q1'), invoice('i1', 'q1', 'discarded', '2026-03-11T10:00:00.000Z')]);
    expect(await quotationLink(db, (await db.documents.get('q1'))!)).toEqual({ invoice: null, openSale: null });
    await db.documents.put(invoice('i2', 'q1', 'sent', '2026-03-12T10:00:00.000Z'));
    expect((await quotationLink(db, (await db.documents.get('q1'))!)).invoice?.id).toBe('i2');
  });

  it('keeps the invoice needing attention as the quotation’s invoice (it is corrected, not made again)', async () => {
    db = freshDb();
    await db.documents.bulkPut([quotation('q1'), invoice('i1', 'q1', 'needs_attention', '2026-03-11T10:00:00.000Z')]);
    expect((await quotationLink(db, (await db.documents.get('q1'))!)).invoice?.id).toBe('i1');
  });
});

describe('the current version of a quotation', () => {
  it('is its last edit, marked pending until Siigo has it; a discarded edit does not count', async () => {
    db = freshDb();
    const q = { ...quotation('q1'), body: { items: [{ code: 'A', quantity: 1, price: 10 }] }, summary: { customerName: 'Obra', label: 'Válida hasta 30/03/2026', total: '10.00' } };
    await db.documents.put(q);
    expect(await quotationVersion(db, q)).toMatchObject({ pendingChanges: false, validUntil: '2026-03-30', body: q.body });

    const edit = (id: string, state: 'queued' | 'sent' | 'discarded', quantity: number, at: string, byLocalId: boolean) =>
      documentRow({
        id,
        kind: 'quotationUpdate',
        state,
        createdAt: at,
        updatedAt: at,
        body: { items: [{ code: 'A', quantity, price: 10 }] },
        summary: { total: `${quantity * 10}.00`, label: 'Válida hasta 15/04/2026' },
        target: byLocalId ? { siigoId: null, documentId: 'q1' } : { siigoId: 'siigo-q1', documentId: null },
      });
    await db.documents.bulkPut([edit('e1', 'sent', 2, '2026-03-11T10:00:00.000Z', true), edit('e2', 'queued', 3, '2026-03-12T10:00:00.000Z', false)]);
    const version = await quotationVersion(db, q);
    expect(version.body.items?.[0]?.quantity).toBe(3);
    expect(version.summary).toMatchObject({ customerName: 'Obra', total: '30.00' });
    expect(version.validUntil).toBe('2026-04-15');
    expect(version).toMatchObject({ pendingChanges: true, pendingEditIds: ['e2'] });

    await db.documents.update('e2', { state: 'discarded' });
    expect(await quotationVersion(db, q)).toMatchObject({ pendingChanges: false, body: { items: [{ quantity: 2 }] } });
  });

  it('tells a refused edit from one on its way, and keeps a cleared validity cleared', async () => {
    db = freshDb();
    const q = { ...quotation('q1'), summary: { customerName: 'Obra', label: 'Válida hasta 30/03/2026', total: '10.00' } };
    // The seller emptied "Válida hasta" in the edit: its summary names no date (quotationSummary).
    const refused = documentRow({
      id: 'e1', kind: 'quotationUpdate', state: 'needs_attention', createdAt: '2026-03-11T10:00:00.000Z', updatedAt: '2026-03-11T10:00:00.000Z',
      body: { items: [] }, summary: { total: '20.00', label: undefined }, target: { siigoId: 'siigo-q1', documentId: 'q1' },
    });
    await db.documents.bulkPut([q, refused]);
    const version = await quotationVersion(db, q);
    expect(version).toMatchObject({ pendingChanges: false, pendingEditIds: [], refusedEditIds: ['e1'], validUntil: '' });
    expect(version.summary).toMatchObject({ customerName: 'Obra', total: '20.00' });
    // Even an edit stored without the label at all does not bring the old date back.
    const { label: _label, ...withoutLabel } = refused.summary;
    await db.documents.put({ ...refused, state: 'queued', summary: withoutLabel });
    expect(await quotationVersion(db, q)).toMatchObject({ pendingChanges: true, pendingEditIds: ['e1'], refusedEditIds: [], validUntil: '' });
  });

  it('links an invoice by its origin alone, whatever the clock said when it was saved', async () => {
    db = freshDb();
    // The PC's clock was set back after the quotation was made: the invoice reads as older.
    await db.documents.bulkPut([quotation('q1', '2026-03-12T15:00:00.000Z'), invoice('i1', 'q1', 'queued', '2026-03-10T16:00:00.000Z')]);
    expect((await quotationLinks(db, [{ id: 'q1' }])).get('q1')?.invoice?.id).toBe('i1');
  });
});
