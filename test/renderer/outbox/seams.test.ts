import { afterEach, describe, expect, it } from 'vitest';
import { BridgeError, companyTransport, createBridgeClient, type BridgeTransport } from '../../../src-shared/ipc/client';
import { colombiaToday } from '../../../src-shared/validation';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { applyTransition } from '../../../src-renderer/data/outbox/transitions';
import { MayHaveLandedError, resendDocument } from '../../../src-renderer/data/outbox/user-actions';
import { createOutboxSync } from '../../../src-renderer/sync/outbox-sync';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { invoiceBody, newCustomerBody, seeded, sellableProducts } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

// The seams around the outbox: the company guards, the bridge breaking mid-send, late answers,
// and main's journal failing. Each is a way a real shop lost or duplicated documents.

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const journalOf = (harness: Harness) => (entries: Parameters<Harness['journal']['append']>[0]) => harness.journal.append(entries);
const noTimers = { set: () => null, clear: () => undefined };
const today = () => colombiaToday(new Date());

async function queueInvoice(harness: Harness, n: number) {
  const { body } = invoiceBody(harness.sandbox.store.customers.find((c) => c.active)!, sellableProducts(harness.sandbox), seeded(n), today());
  return queueDocument(harness.db, { kind: 'invoice', body, summary: {} }, journalOf(harness));
}

const invoicesIn = (harness: Harness) => harness.sandbox.created().filter((c) => c.resource === 'invoices');

describe('the company guards', () => {
  it('the replay never sends an operation of another company, even through a connection that would take it', async () => {
    h = await startHarness();
    const { operationId } = await queueInvoice(h, 1);
    // As if a row of another company had reached this database (a misfiled journal line, a bug).
    await h.db.outbox.update(operationId, { company: 'siigo|https://api.siigo.com|otra@empresa.co' });
    const report = await createReplayEngine({ db: h.db, bridge: h.bridge, journal: journalOf(h) }).run();
    expect(report.paused).toMatch(/another company/);
    expect(invoicesIn(h)).toHaveLength(0);
    expect((await h.db.outbox.get(operationId))?.state).toBe('queued');
  });

  it('main refuses a window that works on another company: nothing sent, nothing for a person to fix', async () => {
    h = await startHarness();
    const { operationId } = await queueInvoice(h, 2);
    const stale = createBridgeClient(companyTransport(h.rawTransport, 'demo'));
    const report = await createReplayEngine({ db: h.db, bridge: stale, company: h.db.company, journal: journalOf(h) }).run();
    expect(report.paused).toBeTruthy();
    expect(invoicesIn(h)).toHaveLength(0);
    const operation = await h.db.outbox.get(operationId);
    expect(operation?.state).toBe('retrying');
    expect(operation?.lastFailure?.kind).toBe('wrong_company');
  });
});

describe('a broken bridge is an unknown outcome, never a rejection', () => {
  it('resends with the same key after main died mid-send: each invoice once in Siigo, none needing attention', async () => {
    h = await startHarness();
    const queued = await Promise.all([1, 2, 3, 4].map((n) => queueInvoice(h, 10 + n)));
    // Main applies the call, then the window loses the answer (the process was killed).
    let broken = true;
    const dying: BridgeTransport = {
      ...h.rawTransport,
      async invoke(channel, input, meta) {
        const answer = await h.rawTransport.invoke(channel, input, meta);
        if (broken && channel === 'invoices:create') throw new TypeError('Failed to fetch');
        return answer;
      },
    };
    const engine = createReplayEngine({ db: h.db, bridge: createBridgeClient(companyTransport(dying, h.company)), journal: journalOf(h), now: () => Date.now() });
    const first = await engine.run();
    expect(first.sent).toBe(0);
    for (const { operationId } of queued) {
      const operation = await h.db.outbox.get(operationId);
      expect(operation?.state).toBe('retrying');
      expect(operation?.lastFailure?.kind).toBe('unknown_outcome');
    }
    expect(await h.db.outbox.where('state').equals('needs_attention').count()).toBe(0);
    broken = false;
    await h.db.outbox.toCollection().modify({ nextAttemptAt: 0 });
    const second = await engine.run();
    expect(second.sent).toBe(4);
    expect(invoicesIn(h)).toHaveLength(4);
    expect(new Set(invoicesIn(h).map((c) => c.idempotencyKey))).toEqual(new Set(queued.map((q) => q.operationId)));
  });

  it('wraps whatever the transport throws as a BridgeError with an unknown outcome', async () => {
    const client = createBridgeClient({ invoke: () => Promise.reject(new Error('Bridge answered 502')), subscribe: () => () => {} });
    const error = await client.invoke('connection:probe', undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).failure.kind).toBe('unknown_outcome');
  });
});

describe('late answers and resends', () => {
  it('records a failure that arrives after "sent" and leaves the document sent', async () => {
    h = await startHarness();
    const { operationId, documentId } = await queueInvoice(h, 20);
    await createReplayEngine({ db: h.db, bridge: h.bridge, journal: journalOf(h) }).run();
    const late = await applyTransition(h.db, operationId, 'needs_attention', { event: 'needs-attention', detail: 'Failed to fetch' });
    expect(late.state).toBe('sent');
    expect((await h.db.documents.get(documentId))?.state).toBe('sent');
    const audit = await h.db.audit.where('documentId').equals(documentId).toArray();
    expect(audit.map((a) => a.event)).toContain('late-failure-ignored');
  });

  it('never gives a new key to a document whose last attempt may have landed', async () => {
    h = await startHarness();
    const { operationId, documentId } = await queueDocument(h.db, { kind: 'customer', body: newCustomerBody(41), summary: {} }, journalOf(h));
    await h.db.outbox.update(operationId, {
      state: 'needs_attention',
      lastFailure: { kind: 'invalid_response', message: 'Unexpected shape', retryable: false, errors: [] },
    });
    await expect(resendDocument(h.db, documentId, journalOf(h), { ...newCustomerBody(41), name: ['Otro', 'Nombre'] })).rejects.toBeInstanceOf(MayHaveLandedError);
    expect((await h.db.documents.get(documentId))?.operationId).toBe(operationId);
    // Unchanged, with its own key, it is allowed: that is how it gets resolved.
    await expect(resendDocument(h.db, documentId, journalOf(h))).resolves.toBe(operationId);
  });
});

describe("main's journal failing", () => {
  it('confirms the sale anyway, says the journal is behind, and writes what it lacks once main answers', async () => {
    h = await startHarness();
    let journalDown = true;
    const flaky: BridgeTransport = {
      ...h.rawTransport,
      invoke(channel, input, meta) {
        if (journalDown && channel === 'journal:append') return Promise.reject(new Error('EPERM: operation not permitted, fsync'));
        return h.rawTransport.invoke(channel, input, meta);
      },
    };
    const statuses: boolean[] = [];
    const outbox = createOutboxSync({
      db: h.db,
      bridge: createBridgeClient(companyTransport(flaky, h.company)),
      timers: noTimers,
      onStatus: (status) => statuses.push(status.journalBehind),
    });
    outbox.setPaused(true);
    const customer = newCustomerBody(51);
    const result = await outbox.queue({ kind: 'customer', body: customer, summary: {} });
    expect(result.ok).toBe(true);
    expect(await h.db.outbox.count()).toBe(1);
    expect(outbox.status().journalBehind).toBe(true);
    expect(await h.journal.read()).toHaveLength(0);

    journalDown = false;
    await outbox.trigger();
    expect(outbox.status().journalBehind).toBe(false);
    const lines = await h.journal.read();
    expect(lines.map((line) => [line.event, line.company])).toEqual([['queued', h.company]]);
    expect(statuses).toContain(true);
    outbox.stop();
  });
});
