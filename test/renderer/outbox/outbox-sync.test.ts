import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { createOutboxSync, type OutboxSyncStatus } from '../../../src-renderer/sync/outbox-sync';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { colombiaToday } from '../../../src-shared/validation';
import { invoiceBody, newCustomerBody, seeded, sellableProducts } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const noTimers = { set: () => null, clear: () => undefined };
const today = () => colombiaToday(new Date());

describe('outbox sync service', () => {
  it('restores a lost database from main’s journal without resending what was sent', async () => {
    h = await startHarness();
    const journal = (entries: JournalEntry[]) => h.bridge.invoke('journal:append', { entries }).then(() => undefined);
    const customer = h.sandbox.store.customers.find((c) => c.active && c.contacts.length > 0)!;
    const products = sellableProducts(h.sandbox);
    const random = seeded(11);
    const first = await queueDocument(h.db, { kind: 'invoice', body: invoiceBody(customer, products, random, today()).body, summary: {} }, journal);
    await createReplayEngine({ db: h.db, bridge: h.bridge, journal }).run();
    const pending = [
      await queueDocument(h.db, { kind: 'invoice', body: invoiceBody(customer, products, random, today()).body, summary: {} }, journal),
      await queueDocument(h.db, { kind: 'customer', body: newCustomerBody(77), summary: {} }, journal),
    ];

    const db = await h.wipe();
    expect(await db.outbox.count()).toBe(0);
    const sync = createOutboxSync({ db, bridge: h.bridge, timers: noTimers });
    const status = await sync.start();

    expect(status).toMatchObject({ reachable: true, pending: 0, needsAttention: 0 });
    expect((await db.documents.get(first.documentId))?.state).toBe('sent');
    for (const p of pending) expect((await db.documents.get(p.documentId))?.state).toBe('sent');
    expect(h.sandbox.created()).toHaveLength(3);
    const keys = h.sandbox.created().map((c) => c.idempotencyKey);
    expect(keys).toEqual([first.operationId, pending[0]!.operationId, undefined]);
  });

  it('waits while Siigo is unreachable and sends when it comes back', async () => {
    h = await startHarness();
    const journal = (entries: JournalEntry[]) => h.bridge.invoke('journal:append', { entries }).then(() => undefined);
    await queueDocument(h.db, { kind: 'customer', body: newCustomerBody(88), summary: {} }, journal);
    const statuses: OutboxSyncStatus[] = [];
    const sync = createOutboxSync({ db: h.db, bridge: h.bridge, timers: noTimers, onStatus: (s) => statuses.push(s) });
    h.offline();
    expect(await sync.start()).toMatchObject({ reachable: false, pending: 1 });
    expect(h.sandbox.created()).toHaveLength(0);
    h.online();
    expect(await sync.trigger()).toMatchObject({ reachable: true, pending: 0 });
    expect(h.sandbox.created()).toHaveLength(1);
    expect(statuses.some((s) => s.running)).toBe(true);
  });

  it('a counter selling steadily asks Siigo "are you there?" once, not before every sale, and again after a failed send or when asked to', async () => {
    h = await startHarness();
    let clock = Date.now();
    // The passes a sale starts are the automatic ones (its timer), not "Sincronizar ahora".
    const timer: { due: (() => void) | null } = { due: null };
    const timers = { set: (fn: () => void) => ((timer.due = fn), 1), clear: () => undefined };
    const journal = (entries: JournalEntry[]) => h.journal.append(entries);
    const sync = createOutboxSync({ db: h.db, bridge: h.bridge, timers, now: () => clock });
    const probes = () => h.sandbox.requests().filter((r) => r.path === '/v1/document-types' && r.query.includes('type=FV')).length;
    const customer = h.sandbox.store.customers.find((c) => c.active && c.contacts.length > 0)!;
    const products = sellableProducts(h.sandbox);
    const random = seeded(5);
    const sell = async (sent: number) => {
      clock += 10_000;
      await queueDocument(h.db, { kind: 'invoice', body: invoiceBody(customer, products, random, today()).body, summary: {} }, journal);
      timer.due?.();
      await vi.waitFor(() => expect(h.sandbox.created()).toHaveLength(sent));
      await vi.waitFor(() => expect(sync.status().running).toBe(false));
    };
    await sync.start();
    for (let sale = 1; sale <= 6; sale += 1) await sell(sale);
    expect(probes()).toBe(1);
    // The line drops mid-sale: the send fails, and the next pass asks first again.
    h.offline();
    clock += 10_000;
    await queueDocument(h.db, { kind: 'invoice', body: invoiceBody(customer, products, random, today()).body, summary: {} }, journal);
    timer.due?.();
    await vi.waitFor(() => expect(sync.status()).toMatchObject({ running: false, pending: 1 }));
    h.online();
    clock += 10 * 60_000; // past the failed send's back-off
    timer.due?.();
    await vi.waitFor(() => expect(h.sandbox.created()).toHaveLength(7));
    expect(probes()).toBe(2);
    // "Sincronizar ahora" always asks, however recently Siigo answered.
    await sync.trigger();
    expect(probes()).toBe(3);
  });

  it('lets two PCs of one company queue the same new customer without creating it twice', async () => {
    h = await startHarness();
    const journal = (entries: JournalEntry[]) => h.journal.append(entries);
    const pcs = [h.db, h.secondPc()];
    const customer = newCustomerBody(99);
    const products = sellableProducts(h.sandbox);
    for (const [n, db] of pcs.entries()) {
      const c = await queueDocument(db, { kind: 'customer', body: customer, summary: {} }, journal);
      await queueDocument(db, { kind: 'invoice', body: invoiceBody(customer, products, seeded(n), today()).body, summary: {}, dependsOn: [c.documentId] }, journal);
    }
    await Promise.all(pcs.map((db) => createReplayEngine({ db, bridge: h.bridge, journal }).run()));
    expect(h.sandbox.store.customers.filter((c) => c.identification === customer.identification)).toHaveLength(1);
    expect(h.sandbox.created().filter((c) => c.resource === 'invoices')).toHaveLength(2);
    for (const db of pcs) expect(await db.documents.where('state').notEqual('sent').count()).toBe(0);
    pcs[1]!.close();
  });
});
