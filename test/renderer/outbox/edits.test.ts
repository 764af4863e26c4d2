import { afterEach, describe, expect, it } from 'vitest';
import { confirmUpdate, editsOf, pendingEditOf } from '../../../src-renderer/data/outbox/queue-update';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { discardDocument } from '../../../src-renderer/data/outbox/user-actions';
import { restoreFromJournal } from '../../../src-renderer/data/outbox/restore-from-journal';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import type { CustomerCreate } from '../../../src-shared/siigo';
import { colombiaToday } from '../../../src-shared/validation';
import { newCustomerBody, quotationBody, seeded, sellableProducts } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const journalOf = (harness: Harness) => (entries: Parameters<Harness['journal']['append']>[0]) => harness.journal.append(entries);
const engineFor = (harness: Harness) => createReplayEngine({ db: harness.db, bridge: harness.bridge, journal: journalOf(harness) });
const today = () => colombiaToday(new Date());
const requests = (method: string, path: RegExp) => h.sandbox.requests().filter((r) => r.method === method && path.test(r.path));
const withPhone = (body: CustomerCreate, number: string): CustomerCreate => ({ ...body, phones: [{ indicative: '57', number }] });

async function ready(): Promise<void> {
  h = await startHarness({ size: { customers: 30, products: 60 } });
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull();
}

/** A customer created here and already in Siigo. */
async function sentCustomer(n: number) {
  const body = newCustomerBody(n);
  const queued = await queueDocument(h.db, { kind: 'customer', body, summary: {} }, journalOf(h));
  await engineFor(h).run();
  const document = (await h.db.documents.get(queued.documentId))!;
  return { body, document, siigoId: document.siigo!.id };
}

describe('editing a customer or a quotation through the outbox', () => {
  it('sends an edit of a customer Siigo has as one PUT, which lands', async () => {
    await ready();
    const { body, siigoId } = await sentCustomer(1);
    const edited = await confirmUpdate(h.db, { kind: 'customerUpdate', target: { siigoId, documentId: null }, body: withPhone(body, '3109998877'), summary: {} }, journalOf(h));
    expect(edited).toMatchObject({ ok: true, merged: false });
    expect(await pendingEditOf(h.db, { siigoId, documentId: null })).toMatchObject({ body: { phones: [{ number: '3109998877' }] } });

    expect(await engineFor(h).run()).toMatchObject({ sent: 1, failed: 0 });
    expect(h.sandbox.store.customer(siigoId)?.phones[0]?.number).toBe('3109998877');
    expect(requests('PUT', /^\/v1\/customers\//)).toHaveLength(1);
    expect(await pendingEditOf(h.db, { siigoId, documentId: null })).toBeNull();
    // The mirror has Siigo's answer at once, not only after the next pull.
    expect((await h.db.customers.get(siigoId))?.siigo.phones?.[0]?.number).toBe('3109998877');
    const trail = await h.db.audit.where('documentId').equals(edited.ok ? edited.documentId : '').toArray();
    expect(trail.at(-1)?.detail).toContain('Actualizado en Siigo');
  });

  it('merges an edit into a customer still queued for creation: one POST with the change, no PUT', async () => {
    await ready();
    const body = newCustomerBody(2);
    const created = await queueDocument(h.db, { kind: 'customer', body, summary: {} }, journalOf(h));
    const edited = await confirmUpdate(
      h.db,
      { kind: 'customerUpdate', target: { siigoId: null, documentId: created.documentId }, body: withPhone(body, '3205556677'), summary: {} },
      journalOf(h),
    );
    expect(edited).toEqual({ ok: true, documentId: created.documentId, operationId: created.operationId, merged: true });
    expect(await h.db.documents.where('kind').equals('customerUpdate').count()).toBe(0);

    await engineFor(h).run();
    expect(requests('POST', /^\/v1\/customers$/)).toHaveLength(1);
    expect(requests('PUT', /^\/v1\/customers\//)).toHaveLength(0);
    expect(h.sandbox.store.customerByIdentification(body.identification, 0)?.phones[0]?.number).toBe('3205556677');
    // The journal has the merged body: a lost database restores the edit, not the first version.
    await h.wipe();
    await restoreFromJournal(h.db, await h.journal.read());
    expect(((await h.db.documents.get(created.documentId))?.body as CustomerCreate).phones?.[0]?.number).toBe('3205556677');
  });

  it('queues edits made while offline after the creation went, sends them in order, merging the later ones', async () => {
    await ready();
    const { body, document, siigoId } = await sentCustomer(3);
    h.offline();
    const first = await confirmUpdate(h.db, { kind: 'customerUpdate', target: { siigoId, documentId: document.id }, body: withPhone(body, '3001110000'), summary: {} }, journalOf(h));
    await engineFor(h).run();
    // The first edit was tried and failed offline (it is a PUT: safe to resend), the second merges into it.
    const second = await confirmUpdate(h.db, { kind: 'customerUpdate', target: { siigoId, documentId: null }, body: withPhone(body, '3002220000'), summary: {} }, journalOf(h));
    expect(second).toMatchObject({ ok: true, merged: true, documentId: first.ok ? first.documentId : '' });
    expect(await editsOf(h.db, { siigoId, documentId: null })).toHaveLength(1);
    h.online();
    await h.db.outbox.toCollection().modify({ nextAttemptAt: 0 });
    await engineFor(h).run();
    expect(requests('PUT', /^\/v1\/customers\//)).toHaveLength(1);
    expect(h.sandbox.store.customer(siigoId)?.phones[0]?.number).toBe('3002220000');
  });

  it('makes an edit of a customer being created wait for it, then sends it once', async () => {
    await ready();
    const body = newCustomerBody(4);
    const created = await queueDocument(h.db, { kind: 'customer', body, summary: {} }, journalOf(h));
    // As if the replay had taken the creation: it can no longer absorb the edit.
    await h.db.outbox.update(created.operationId, { state: 'sending', sendingSince: Date.now() });
    await h.db.documents.update(created.documentId, { state: 'sending' });
    const edited = await confirmUpdate(
      h.db,
      { kind: 'customerUpdate', target: { siigoId: null, documentId: created.documentId }, body: withPhone(body, '3157778899'), summary: {} },
      journalOf(h),
    );
    expect(edited).toMatchObject({ ok: true, merged: false });
    const edit = (await h.db.documents.get(edited.ok ? edited.documentId : ''))!;
    expect(edit.dependsOn).toEqual([created.documentId]);

    await engineFor(h).run();
    expect(h.sandbox.requests().filter((r) => r.path.startsWith('/v1/customers') && r.method !== 'GET').map((r) => r.method)).toEqual(['POST', 'PUT']);
    expect(h.sandbox.store.customerByIdentification(body.identification, 0)?.phones[0]?.number).toBe('3157778899');
  });

  it('sends an edit that waited behind an earlier edit the user discarded: it carries the whole record', async () => {
    await ready();
    const { body, siigoId } = await sentCustomer(9);
    const first = await confirmUpdate(h.db, { kind: 'customerUpdate', target: { siigoId, documentId: null }, body: withPhone(body, '3001112233'), summary: {} }, journalOf(h));
    // As if the first were in flight: the second cannot merge into it and waits behind it.
    await h.db.outbox.update(first.ok ? first.operationId : '', { state: 'sending', sendingSince: Date.now() });
    await h.db.documents.update(first.ok ? first.documentId : '', { state: 'sending' });
    const second = await confirmUpdate(h.db, { kind: 'customerUpdate', target: { siigoId, documentId: null }, body: withPhone(body, '3004445566'), summary: {} }, journalOf(h));
    expect(second).toMatchObject({ ok: true, merged: false });
    // Siigo refuses the first, and the cashier discards it.
    await h.db.outbox.update(first.ok ? first.operationId : '', { state: 'needs_attention', sendingSince: null });
    await h.db.documents.update(first.ok ? first.documentId : '', { state: 'needs_attention' });
    await discardDocument(h.db, first.ok ? first.documentId : '', 'Teléfono equivocado', journalOf(h));
    await engineFor(h).run();
    expect((await h.db.documents.get(second.ok ? second.documentId : ''))?.state).toBe('sent');
    expect(h.sandbox.store.customer(siigoId)?.phones[0]?.number).toBe('3004445566');
  });

  it('refuses an edit that breaks Siigo rules, naming the field, and queues nothing', async () => {
    await ready();
    const { body, siigoId } = await sentCustomer(5);
    const result = await confirmUpdate(h.db, { kind: 'customerUpdate', target: { siigoId, documentId: null }, body: { ...body, name: [] }, summary: {} }, journalOf(h));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path.join('.'))).toContain('name');
    expect(await h.db.documents.where('kind').equals('customerUpdate').count()).toBe(0);
  });

  it('refuses to edit a record that was discarded before it reached Siigo', async () => {
    await ready();
    const body = newCustomerBody(8);
    const created = await queueDocument(h.db, { kind: 'customer', body, summary: {} }, journalOf(h));
    await discardDocument(h.db, created.documentId, 'Cliente repetido', journalOf(h));
    const result = await confirmUpdate(h.db, { kind: 'customerUpdate', target: { siigoId: null, documentId: created.documentId }, body, summary: {} }, journalOf(h));
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'not_found' }] });
    expect(await h.db.outbox.count()).toBe(1);
  });

  it('replaces a quotation Siigo has with PUT, never a second quotation, and merges into one still queued', async () => {
    await ready();
    const random = seeded(7);
    const products = sellableProducts(h.sandbox);
    const customer = h.sandbox.store.customers.find((c) => c.active && c.branch_office === 0)!;
    const body = quotationBody(customer, products, random, today(), 'Primera versión');
    const created = await queueDocument(h.db, { kind: 'quotation', body, summary: {} }, journalOf(h));
    const merged = await confirmUpdate(
      h.db,
      { kind: 'quotationUpdate', target: { siigoId: null, documentId: created.documentId }, body: { ...body, observations: 'Segunda versión' }, summary: {} },
      journalOf(h),
    );
    expect(merged).toMatchObject({ ok: true, merged: true });
    await engineFor(h).run();
    const siigoId = (await h.db.documents.get(created.documentId))!.siigo!.id;
    expect(h.sandbox.store.quotation(siigoId)?.observations).toBe('Segunda versión');

    const items = [...body.items, { ...body.items[0]!, quantity: 9 }];
    const edited = await confirmUpdate(
      h.db,
      { kind: 'quotationUpdate', target: { siigoId, documentId: created.documentId }, body: { ...body, observations: 'Tercera versión', items }, summary: {} },
      journalOf(h),
    );
    expect(edited).toMatchObject({ ok: true, merged: false });
    await engineFor(h).run();
    expect(requests('POST', /^\/v1\/quotations$/)).toHaveLength(1);
    expect(requests('PUT', /^\/v1\/quotations\//)).toHaveLength(1);
    expect(h.sandbox.store.quotation(siigoId)).toMatchObject({ observations: 'Tercera versión' });
    expect(h.sandbox.store.quotation(siigoId)?.items).toHaveLength(items.length);
  });

  it('resends an edit whose answer was lost with PUT again, without looking anything up', async () => {
    await ready();
    const { body, siigoId } = await sentCustomer(6);
    h.sandbox.addFault({ method: 'PUT', path: `/v1/customers/${siigoId}`, kind: 'drop-after-commit', times: 1 });
    const before = h.sandbox.requestCount();
    const edited = await confirmUpdate(h.db, { kind: 'customerUpdate', target: { siigoId, documentId: null }, body: withPhone(body, '3014445566'), summary: {} }, journalOf(h));
    await engineFor(h).run();
    await h.db.outbox.toCollection().modify({ nextAttemptAt: 0 });
    await engineFor(h).run();
    expect((await h.db.documents.get(edited.ok ? edited.documentId : ''))?.state).toBe('sent');
    const since = h.sandbox.requestsSince(before).filter((r) => r.path.startsWith('/v1/customers'));
    expect(since.map((r) => r.method)).toEqual(['PUT', 'PUT']);
    expect(h.sandbox.store.customer(siigoId)?.phones[0]?.number).toBe('3014445566');
  });
});
