import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src-main/siigo-sandbox';
import type { RequestLogEntry } from '../../../src-main/siigo-sandbox/types';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { createOutboxSync } from '../../../src-renderer/sync/outbox-sync';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { createStampWatch, type DianStatusChange } from '../../../src-renderer/sync/stamp/stamp-watch';
import { STAMP_WATCH_LIMIT_MS } from '../../../src-shared/outbox/stamp-schedule';
import { colombiaToday } from '../../../src-shared/validation';
import { creditNoteBody, invoiceBody, seeded, sellableProducts } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const journalOf = (harness: Harness) => (entries: Parameters<Harness['journal']['append']>[0]) => harness.journal.append(entries);

/** The DIAN of these tests rejects every document whose number is a multiple of 7. */
const rejectedByNumber = (document: { name: string }) => Number(document.name.split('-').pop()) % 7 === 0;

/** A controllable clock shared by the sandbox (stamps, metadata) and the app. */
function clock(start = Date.now()) {
  const c = { t: start, now: () => c.t, date: () => new Date(c.t) };
  return c;
}

async function startWithClock(c: ReturnType<typeof clock>, stamp: { delayMs: number; reject?: (d: { kind: string; name: string }) => boolean }) {
  h = await startHarness({ now: c.date, stamp, requestLogLimit: Infinity, size: { customers: 40, products: 60 }, seedInvoices: false });
  return h;
}

/** Queues `count` electronic invoices (stamp.send) and replays them; returns their document ids. */
async function sendElectronicInvoices(c: ReturnType<typeof clock>, count: number): Promise<string[]> {
  const random = seeded(7);
  const products = sellableProducts(h.sandbox);
  const customers = h.sandbox.store.customers.filter((customer) => customer.active);
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const customer = customers[n % customers.length]!;
    const { body } = invoiceBody(customer, products, random, colombiaToday(c.date()), DEMO_IDS.documentTypes.fvElectronic);
    ids.push((await queueDocument(h.db, { kind: 'invoice', body: { ...body, stamp: { send: true } }, summary: {} }, journalOf(h), c.t)).documentId);
  }
  const report = await createReplayEngine({ db: h.db, bridge: h.bridge, journal: journalOf(h), now: c.now }).run();
  expect(report).toMatchObject({ sent: count, failed: 0 });
  return ids;
}

const isList = (r: RequestLogEntry, path: string) => r.method === 'GET' && r.path === path;
const isSingleGet = (r: RequestLogEntry) => r.method === 'GET' && /^\/v1\/(invoices|credit-notes)\/[^/]+$/.test(r.path);
const isStampErrors = (r: RequestLogEntry) => r.method === 'GET' && r.path.endsWith('/stamp/errors');

describe('DIAN statuses checked by list', () => {
  it('finds every accepted and every rejected invoice of 150 with two list pages a pass, not one GET each', async () => {
    const c = clock();
    await startWithClock(c, { delayMs: 30_000, reject: rejectedByNumber });
    const ids = await sendElectronicInvoices(c, 150);
    const changes: DianStatusChange[] = [];
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now: c.now, onChange: (change) => changes.push(change) });
    const before = h.sandbox.requestCount();

    expect(await watch.run()).toBe(0); // nothing due before the first 5 s
    c.t += 5_000;
    expect(await watch.run()).toBe(0); // all still Draft at the DIAN
    expect(h.sandbox.requestsSince(before).filter((r) => isList(r, '/v1/invoices'))).toHaveLength(2); // 150 = 100 + 50
    // Due again at 15 s, but one list answers for all: the next pass waits the list interval.
    c.t += 10_000;
    const quiet = h.sandbox.requestCount();
    expect(await watch.run()).toBe(0);
    expect(h.sandbox.requestsSince(quiet)).toHaveLength(0);
    const acceptedAt = c.t - 15_000 + 30_000;
    expect(await watch.nextDueAt()).toBe(c.t - 10_000 + 45_000);

    c.t = (await watch.nextDueAt())!;
    expect(await watch.run()).toBe(150);
    expect(c.t - acceptedAt).toBeLessThanOrEqual(60_000);
    expect(await watch.nextDueAt()).toBeNull();

    const requests = h.sandbox.requestsSince(before);
    const documents = await h.db.documents.bulkGet(ids);
    const rejected = documents.filter((d) => rejectedByNumber({ name: d!.siigo!.name! }));
    expect(rejected.length).toBeGreaterThan(15);
    expect(requests.filter((r) => isList(r, '/v1/invoices'))).toHaveLength(4);
    expect(requests.filter(isSingleGet)).toHaveLength(0);
    expect(requests.filter(isStampErrors)).toHaveLength(rejected.length);
    expect(requests).toHaveLength(4 + rejected.length);

    for (const document of documents) {
      const siigo = h.sandbox.store.invoices.find((invoice) => invoice.id === document!.siigo!.id)!;
      if (rejectedByNumber(siigo)) {
        expect(document!.dian).toMatchObject({ status: 'Rejected', cufe: null });
        expect(document!.dian!.errors[0]).toMatch(/FAK24/);
      } else {
        expect(document!.dian).toMatchObject({ status: 'Accepted', cufe: (siigo.stamp as { cufe: string }).cufe });
        expect(document!.dian!.cufe).toMatch(/^[0-9a-f]{96}$/);
      }
    }
    expect(changes).toHaveLength(150);
    expect(changes.filter((change) => change.status === 'Rejected').map((change) => change.documentId).sort()).toEqual(rejected.map((d) => d!.id).sort());
    const audit = (await h.db.audit.toArray()).filter((line) => line.event === 'dian-accepted' || line.event === 'dian-rejected');
    expect(audit).toHaveLength(150);
    expect(await h.db.stampWatch.count()).toBe(0);
  }, 60_000);

  it("'each' keeps today's design: one GET per invoice and pass", async () => {
    const c = clock();
    await startWithClock(c, { delayMs: 1_000 });
    await sendElectronicInvoices(c, 12);
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now: c.now, checkBy: 'each' });
    const before = h.sandbox.requestCount();
    c.t += 5_000;
    expect(await watch.run()).toBe(12);
    const requests = h.sandbox.requestsSince(before);
    expect(requests.filter(isSingleGet)).toHaveLength(12);
    expect(requests.filter((r) => isList(r, '/v1/invoices'))).toHaveLength(0);
  });

  it('keeps watching an invoice the DIAN never answers, by list while young and alone later, and gives up after 48 h', async () => {
    const c = clock();
    await startWithClock(c, { delayMs: 100 * 3600_000 });
    const [id] = await sendElectronicInvoices(c, 1);
    const changes: DianStatusChange[] = [];
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now: c.now, onChange: (change) => changes.push(change) });
    const startedAt = (await h.db.stampWatch.get(id!))!.startedAt;
    const before = h.sandbox.requestCount();
    while ((await watch.nextDueAt()) !== null) {
      c.t = (await watch.nextDueAt())!;
      await watch.run();
      if (c.t - startedAt < 47 * 3600_000) expect((await h.db.documents.get(id!))!.dian!.status).toBe('Draft');
    }
    const document = (await h.db.documents.get(id!))!;
    expect(document.dian?.status).toBe('Unanswered');
    expect(c.t - startedAt).toBeGreaterThan(47 * 3600_000);
    expect(c.t - startedAt).toBeLessThanOrEqual(STAMP_WATCH_LIMIT_MS);
    expect(changes).toEqual([expect.objectContaining({ documentId: id, status: 'Unanswered' })]);
    expect((await h.db.audit.toArray()).filter((line) => line.event === 'dian-unanswered')).toHaveLength(1);
    const requests = h.sandbox.requestsSince(before);
    // Lists at most every 45 s in the first 20 minutes, then one GET on the half-hourly and hourly steps.
    const lists = requests.filter((r) => isList(r, '/v1/invoices')).length;
    expect(lists).toBeGreaterThan(5);
    expect(lists).toBeLessThanOrEqual(Math.ceil((20 * 60_000) / 45_000) + 1);
    expect(requests.filter(isSingleGet).length).toBeGreaterThanOrEqual(46);
    expect(requests.filter(isSingleGet).length).toBeLessThanOrEqual(49);
  });

  it('an offline pass changes nothing; the next pass after the interval settles', async () => {
    const c = clock();
    await startWithClock(c, { delayMs: 2_000 });
    const [id] = await sendElectronicInvoices(c, 1);
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now: c.now });
    const watchBefore = await h.db.stampWatch.toArray();
    const documentBefore = await h.db.documents.get(id!);
    c.t += 5_000;
    h.offline();
    expect(await watch.run()).toBe(0);
    expect(await h.db.stampWatch.toArray()).toEqual(watchBefore);
    expect(await h.db.documents.get(id!)).toEqual(documentBefore);
    h.online();
    c.t = (await watch.nextDueAt())!;
    expect(await watch.run()).toBe(1);
    expect((await h.db.documents.get(id!))!.dian?.status).toBe('Accepted');
  });

  it('an invoice Rejected in the creation response still gets its reasons, with one request', async () => {
    const c = clock();
    // No DIAN delay: the creation response already says Rejected, as Siigo's may.
    await startWithClock(c, { delayMs: 0, reject: () => true });
    const [id] = await sendElectronicInvoices(c, 1);
    expect((await h.db.documents.get(id!))!.dian).toMatchObject({ status: 'Rejected', errors: [] });
    const changes: DianStatusChange[] = [];
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now: c.now, onChange: (change) => changes.push(change) });
    const before = h.sandbox.requestCount();
    expect(await watch.run()).toBe(1);
    expect(h.sandbox.requestsSince(before).map((r) => r.path)).toEqual([expect.stringMatching(/\/stamp\/errors$/)]);
    const document = (await h.db.documents.get(id!))!;
    expect(document.dian?.status).toBe('Rejected');
    expect(document.dian?.errors.join(' ')).toMatch(/FAK24/);
    expect(changes).toEqual([expect.objectContaining({ status: 'Rejected', name: document.siigo?.name })]);
  });

  it('a check that keeps failing (Siigo down for it, or the invoice gone from Siigo Nube) is asked again later, not on every pass, and the document keeps what it knew', async () => {
    const c = clock();
    await startWithClock(c, { delayMs: 0, reject: () => true });
    const [id] = await sendElectronicInvoices(c, 1);
    h.sandbox.addFault({ method: 'GET', path: /\/stamp\/errors$/, kind: 'status', status: 503 });
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now: c.now });
    const before = h.sandbox.requestCount();
    expect(await watch.run()).toBe(0);
    const asked = h.sandbox.requestsSince(before).length;
    expect(asked).toBeGreaterThan(0);
    // The next passes, a second apart, ask nothing until the schedule says so.
    for (let pass = 0; pass < 5; pass += 1) {
      c.t += 1_000;
      await watch.run();
    }
    expect(h.sandbox.requestsSince(before)).toHaveLength(asked);
    expect((await watch.nextDueAt())! - c.t).toBeGreaterThan(30_000);
    expect((await h.db.documents.get(id!))!.dian?.status).toBe('Rejected');
  });

  it('checks credit notes with one credit-notes list, CUDE kept and reasons from the stamp', async () => {
    const c = clock();
    await startWithClock(c, { delayMs: 2_000, reject: (d) => d.kind === 'credit-note' && rejectedByNumber(d) });
    const random = seeded(3);
    const products = sellableProducts(h.sandbox);
    const customers = h.sandbox.store.customers.filter((customer) => customer.active);
    const today = colombiaToday(c.date());
    const notes: string[] = [];
    for (let n = 0; n < 8; n += 1) {
      const { body } = invoiceBody(customers[n]!, products, random, today, DEMO_IDS.documentTypes.fvElectronic);
      const invoice = await queueDocument(h.db, { kind: 'invoice', body: { ...body, stamp: { send: true } }, summary: {} }, journalOf(h), c.t);
      const note = { ...creditNoteBody(body, today), document: { id: DEMO_IDS.documentTypes.creditNote }, stamp: { send: true } };
      const refs = [{ path: ['invoice'], documentId: invoice.documentId, use: 'invoice-id' as const }];
      notes.push((await queueDocument(h.db, { kind: 'creditNote', body: note, summary: {}, refs }, journalOf(h), c.t)).documentId);
    }
    const replay = createReplayEngine({ db: h.db, bridge: h.bridge, journal: journalOf(h), now: c.now });
    expect(await replay.run()).toMatchObject({ sent: 8 }); // the notes wait for their invoices' DIAN answer
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now: c.now });
    c.t += 5_000;
    expect(await watch.run()).toBe(8);
    expect(await replay.run()).toMatchObject({ sent: 8 });
    c.t += 5_000;
    const before = h.sandbox.requestCount();
    c.t = (await watch.nextDueAt())!;
    expect(await watch.run()).toBe(8);
    const requests = h.sandbox.requestsSince(before);
    expect(requests.filter((r) => isList(r, '/v1/credit-notes'))).toHaveLength(1);
    expect(requests).toHaveLength(1);
    const documents = await h.db.documents.bulkGet(notes);
    const rejected = documents.filter((d) => rejectedByNumber({ name: d!.siigo!.name! }));
    expect(rejected.length).toBeGreaterThan(0);
    for (const document of documents) {
      const siigo = h.sandbox.store.creditNotes.find((note) => note.id === document!.siigo!.id)!;
      if (rejectedByNumber(siigo)) expect(document!.dian).toMatchObject({ status: 'Rejected', errors: [expect.stringMatching(/FAK24/)] });
      else expect(document!.dian).toMatchObject({ status: 'Accepted', cufe: (siigo.stamp as { cude: string }).cude });
    }
  });

  it('a counter selling every 2 s makes about one list request per list interval, and learns each answer within it', async () => {
    const c = clock();
    await startWithClock(c, { delayMs: 8_000 });
    const timer: { ms: number | null } = { ms: null };
    const timers = { set: (_fn: () => void, ms: number) => ((timer.ms = ms), 1), clear: () => undefined };
    const learnedAt = new Map<string, number>();
    const sync = createOutboxSync({
      db: h.db,
      bridge: h.bridge,
      now: c.now,
      timers,
      listIntervalMs: 10_000,
      onDianChange: (change) => learnedAt.set(change.documentId, c.t),
    });
    await sync.start();
    const random = seeded(5);
    const products = sellableProducts(h.sandbox);
    const customers = h.sandbox.store.customers.filter((customer) => customer.active);
    const before = h.sandbox.requestCount();
    const start = c.t;
    const sentAt = new Map<string, number>();
    // 30 sales, one every 2 s: each queues, and its pass sends it and runs the stamp watch.
    for (let n = 0; n < 30; n += 1) {
      c.t += 2_000;
      const { body } = invoiceBody(customers[n % customers.length]!, products, random, colombiaToday(c.date()), DEMO_IDS.documentTypes.fvElectronic);
      const { documentId } = await queueDocument(h.db, { kind: 'invoice', body: { ...body, stamp: { send: true } }, summary: {} }, journalOf(h), c.t);
      sentAt.set(documentId, c.t);
      await sync.trigger();
    }
    // Then only the sync's own timer.
    while ((await h.db.stampWatch.count()) > 0 && c.t - start < 10 * 60_000) {
      c.t += timer.ms!;
      await sync.trigger();
    }
    expect(learnedAt.size).toBe(30);
    const elapsed = c.t - start;
    const lists = h.sandbox.requestsSince(before).filter((r) => isList(r, '/v1/invoices')).length;
    expect(lists).toBeLessThanOrEqual(Math.ceil(elapsed / 10_000) + 1);
    expect(h.sandbox.requestsSince(before).filter(isSingleGet)).toHaveLength(0);
    // Accepted 8 s after it was sent; known at most one list interval later.
    for (const [documentId, at] of sentAt) expect(learnedAt.get(documentId)! - (at + 8_000)).toBeLessThanOrEqual(10_000);
    sync.stop();
  });

  it('asks alone, at once, for an invoice a queued credit note waits for, without waiting the list interval', async () => {
    const c = clock();
    await startWithClock(c, { delayMs: 8_000 });
    const [returned, other] = await sendElectronicInvoices(c, 2);
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now: c.now });
    c.t += 5_000;
    expect(await watch.run()).toBe(0); // one list: both still Draft
    expect(await watch.nextDueAt()).toBe(c.t + 45_000);
    // The customer brings back part of the first sale: its note waits for the invoice's answer.
    const invoice = (await h.db.documents.get(returned!))!;
    const note = { ...creditNoteBody(invoice.body as never, colombiaToday(c.date())), document: { id: DEMO_IDS.documentTypes.creditNote }, stamp: { send: true } };
    await queueDocument(h.db, { kind: 'creditNote', body: note, summary: {}, refs: [{ path: ['invoice'], documentId: returned!, use: 'invoice-id' }] }, journalOf(h), c.t);
    expect(await watch.nextDueAt()).toBe(c.t + 10_000); // its own next step, 15 s after sending
    c.t += 10_000;
    const before = h.sandbox.requestCount();
    expect(await watch.run()).toBe(1);
    const requests = h.sandbox.requestsSince(before);
    expect(requests.map((r) => r.path)).toEqual([`/v1/invoices/${invoice.siigo!.id}`]);
    expect((await h.db.documents.get(returned!))!.dian?.status).toBe('Accepted');
    expect((await h.db.documents.get(other!))!.dian?.status).toBe('Draft');
  });
});
