import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { exportAudit } from '../../../src-renderer/data/outbox/audit';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { discardDocument, resendDocument, saveDraft } from '../../../src-renderer/data/outbox/user-actions';
import { latestDraft } from '../../../src-renderer/forms/drafts';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { newCustomerBody } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const journalOf = (harness: Harness) => (entries: JournalEntry[]) => harness.journal.append(entries);
const badCity = (n: number) => ({ ...newCustomerBody(n), address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '11', city_code: '99999' } } });

describe('what the user can do with the outbox', () => {
  it('keeps a draft as typed, then queues that same document', async () => {
    h = await startHarness();
    const id = await saveDraft(h.db, { kind: 'customer', body: { identification: '123' }, summary: { label: 'borrador' } });
    await saveDraft(h.db, { id, kind: 'customer', body: newCustomerBody(5), summary: { label: 'borrador' } });
    const { documentId } = await queueDocument(h.db, { kind: 'customer', body: newCustomerBody(5), summary: {}, draftId: id }, journalOf(h));
    expect(documentId).toBe(id);
    expect((await h.db.documents.get(id))?.state).toBe('queued');
    await expect(saveDraft(h.db, { id, kind: 'customer', body: {}, summary: {} })).rejects.toThrow();
  });

  it('never drops a credit note that may already be in Siigo: its returned goods would be refundable twice', async () => {
    h = await startHarness();
    const journal = journalOf(h);
    const note = await queueDocument(h.db, { kind: 'creditNote', body: { date: '2026-12-05' }, summary: {} }, journal);
    // An attempt whose answer was lost.
    await h.db.outbox.update(note.operationId, { state: 'retrying', attempts: 1, lastFailure: { kind: 'unknown_outcome', message: 'socket hang up', retryable: true, errors: [] } });
    await expect(discardDocument(h.db, note.documentId, 'ya no', journal)).rejects.toThrow(/pudo haber llegado a Siigo/);
    expect((await h.db.outbox.get(note.operationId))?.state).toBe('retrying');
    // Siigo refused it for sure: it may go.
    await h.db.outbox.update(note.operationId, { state: 'needs_attention', lastFailure: { kind: 'rejected', message: 'x', retryable: false, errors: [{ Code: 'values_limit', Message: 'too much', Params: [] }] } });
    await discardDocument(h.db, note.documentId, 'se hizo otra', journal);
    expect((await h.db.outbox.get(note.operationId))?.state).toBe('discarded');
  });

  it('fixes and resends a refused document with a new key, keeping the history', async () => {
    h = await startHarness();
    const { documentId, operationId } = await queueDocument(h.db, { kind: 'customer', body: badCity(6), summary: {} }, journalOf(h));
    const engine = createReplayEngine({ db: h.db, bridge: h.bridge, journal: journalOf(h) });
    await engine.run();
    expect((await h.db.documents.get(documentId))?.state).toBe('needs_attention');
    const newOperation = await resendDocument(h.db, documentId, journalOf(h), newCustomerBody(6));
    expect(newOperation).not.toBe(operationId);
    expect((await h.db.outbox.get(operationId))?.state).toBe('discarded');
    await engine.run();
    expect((await h.db.documents.get(documentId))?.state).toBe('sent');
    const csv = await exportAudit(h.db, 'csv');
    expect(csv.split('\r\n')[0]).toBe('seq,at,documentId,event,from,to,detail');
    expect(csv).toContain('invalid_reference');
    expect(csv).toContain('replaced');
    const json = JSON.parse(await exportAudit(h.db, 'json')) as Array<{ event: string }>;
    expect(json.map((row) => row.event)).toContain('corrected');
  });

  it('discards with a reason that stays in the audit trail and the journal', async () => {
    h = await startHarness();
    const { documentId } = await queueDocument(h.db, { kind: 'customer', body: badCity(7), summary: {} }, journalOf(h));
    await discardDocument(h.db, documentId, 'Cliente duplicado por error', journalOf(h));
    expect((await h.db.documents.get(documentId))?.state).toBe('discarded');
    await createReplayEngine({ db: h.db, bridge: h.bridge, journal: journalOf(h) }).run();
    expect(h.sandbox.created()).toHaveLength(0);
    expect((await h.db.audit.where('documentId').equals(documentId).last())?.detail).toBe('Descartado: Cliente duplicado por error');
    expect((await h.journal.read()).map((e) => e.event)).toEqual(['queued', 'discarded']);
  });

  it('brings back the most recently edited draft of the kind asked for, never a queued document', async () => {
    h = await startHarness();
    const t = Date.parse('2026-03-02T15:00:00Z');
    const older = await saveDraft(h.db, { kind: 'invoice', body: { observations: 'primera' }, summary: {} }, t);
    const newer = await saveDraft(h.db, { kind: 'invoice', body: { observations: 'segunda' }, summary: {} }, t + 1000);
    await saveDraft(h.db, { kind: 'quotation', body: {}, summary: {} }, t + 2000);
    await queueDocument(h.db, { kind: 'invoice', body: {}, summary: {} }, journalOf(h));
    expect((await latestDraft(h.db, 'invoice'))?.id).toBe(newer);
    // Edited again, the older draft is the latest; once queued it is no draft at all.
    await saveDraft(h.db, { id: older, kind: 'invoice', body: { observations: 'primera, editada' }, summary: {} }, t + 3000);
    expect((await latestDraft(h.db, 'invoice'))?.id).toBe(older);
    await queueDocument(h.db, { kind: 'invoice', body: {}, summary: {}, draftId: older }, journalOf(h));
    expect((await latestDraft(h.db, 'invoice'))?.id).toBe(newer);
    expect(await latestDraft(h.db, 'voucher')).toBeUndefined();
  });
});
