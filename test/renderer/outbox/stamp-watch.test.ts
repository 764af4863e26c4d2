import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src-main/siigo-sandbox';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { colombiaToday } from '../../../src-shared/validation';
import { createStampWatch, type DianStatusChange } from '../../../src-renderer/sync/stamp/stamp-watch';
import { invoiceBody, seeded, sellableProducts } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('DIAN status tracking', () => {
  it('polls sent electronic invoices one by one (checkBy each) until accepted (with CUFE) or rejected (with reasons)', async () => {
    let t = Date.now();
    const now = () => t;
    const customers: string[] = [];
    h = await startHarness({
      now: () => new Date(t),
      stamp: { delayMs: 30_000, reject: (invoice) => invoice.customerIdentification === customers[1] },
    });
    const docTypes = await h.bridge.invoke('catalogs:document-types', { type: 'FV' });
    await h.db.documentTypes.bulkPut(docTypes.map((siigo) => ({ id: siigo.id, type: 'FV', active: true, siigo })));
    const pool = h.sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0);
    customers.push(pool[0]!.identification, pool[1]!.identification);
    const journal = (entries: Parameters<Harness['journal']['append']>[0]) => h.journal.append(entries);
    const ids: string[] = [];
    for (const [n, customer] of pool.slice(0, 2).entries()) {
      const { body } = invoiceBody(customer, sellableProducts(h.sandbox), seeded(n), colombiaToday(new Date(t)), DEMO_IDS.documentTypes.fvElectronic);
      ids.push((await queueDocument(h.db, { kind: 'invoice', body: { ...body, stamp: { send: true } }, summary: {} }, journal, t)).documentId);
    }
    await createReplayEngine({ db: h.db, bridge: h.bridge, journal, now }).run();

    const changes: DianStatusChange[] = [];
    // One GET per invoice on its own schedule (the design the list passes replaced; see stamp-list.test.ts).
    const watch = createStampWatch({ db: h.db, bridge: h.bridge, now, checkBy: 'each', onChange: (c) => changes.push(c) });
    expect(await watch.run()).toBe(0); // nothing due before the first 5 s
    const polls = () => h.sandbox.requests().filter((r) => r.method === 'GET' && r.path.startsWith('/v1/invoices/')).length;
    t += 5_000;
    expect(await watch.run()).toBe(0); // still Draft at the DIAN
    expect(polls()).toBe(2);
    expect((await h.db.stampWatch.toArray()).every((w) => w.checks === 1 && w.nextCheckAt === w.startedAt + 15_000)).toBe(true);
    while ((await watch.nextDueAt()) !== null) {
      t = (await watch.nextDueAt())!;
      await watch.run();
    }
    const [accepted, rejected] = await h.db.documents.bulkGet(ids);
    expect(accepted?.dian?.status).toBe('Accepted');
    expect(accepted?.dian?.cufe).toMatch(/^[0-9a-f]{96}$/);
    expect(rejected?.dian?.status).toBe('Rejected');
    expect(rejected?.dian?.errors.length).toBeGreaterThan(0);
    expect(changes.map((c) => c.status).sort()).toEqual(['Accepted', 'Rejected']);
    // Polling stopped once the DIAN answered: 30 s delay → checks at 5, 15, 35 s.
    expect(polls()).toBe(6 + 1); // 3 polls each, plus one /stamp/errors
  });
});
