import Dexie from 'dexie';
import { bridge, transport } from '../../../src-renderer/bridge';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { workerFullPulls } from '../../../src-renderer/sync/pull/full-pull-relay';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { DEMO_COMPANY_ID } from '../../../src-shared/company';
import { companyTransport, createBridgeClient } from '../../../src-shared/ipc/client';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import type { InvoiceCreate } from '../../../src-shared/siigo';
import { freshDb } from './import-bench';

/**
 * The first sync exactly as the app runs it: the HTTP bridge of the browser preview, main's
 * Siigo client and its rate limiter, the sandbox seeded at scale, into the app's own database
 * (same origin as the app, so the cold-start figure then opens 150,000 mirrored rows).
 */
export async function firstSync(name: string) {
  const db = await freshDb(name);
  const started = performance.now();
  let pages = 0;
  const sync = createMirrorSync({ db, bridge, fullPulls: workerFullPulls(transport) });
  sync.onProgress(() => {
    pages += 1;
  });
  await sync.pull({ forceCatalogs: true });
  const ms = performance.now() - started;
  const counts = { customers: await db.customers.count(), products: await db.products.count() };
  db.close();
  return { ms, pages, ...counts };
}

const journal = (entries: JournalEntry[]) => bridge.invoke('journal:append', { entries }).then(() => undefined);

/**
 * Queues the invoices offline (not timed), then replays them until every one is sent. The bench's
 * preview runs in demo mode: writes name that company, as the app's window does.
 */
export async function replayInvoices(name: string, bodies: InvoiceCreate[]) {
  const db = await freshDb(name);
  for (const body of bodies) await queueDocument(db, { kind: 'invoice', body, summary: {} }, journal);
  const demo = createBridgeClient(companyTransport(transport, DEMO_COMPANY_ID));
  const engine = createReplayEngine({ db, bridge: demo, journal }); // the app's own pool size
  const started = performance.now();
  let passes = 0;
  for (;;) {
    passes += 1;
    await engine.run();
    const left = await db.outbox.where('state').anyOf('queued', 'retrying', 'sending').count();
    if (left === 0 || passes > 200) break;
    // An operation the client gave up on waits for its retry time; the app's timer would wake it.
    const due = await db.outbox.where('state').equals('retrying').toArray();
    const next = Math.min(...due.map((op) => op.nextAttemptAt));
    if (Number.isFinite(next)) await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
  }
  const ms = performance.now() - started;
  const sent = await db.outbox.where('state').equals('sent').count();
  const attention = await db.outbox.where('state').equals('needs_attention').count();
  db.close();
  await Dexie.delete(name); // scratch, like the import figure's
  return { ms, passes, sent, attention };
}
