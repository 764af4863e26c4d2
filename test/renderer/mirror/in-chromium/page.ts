// Runs in Chromium (see ../in-chromium.test.ts): the app's database and look-ups on real IndexedDB.
import { MostradorDB } from '../../../../src-renderer/data/db';
import { customerByIdentification, productByBarcodeOrCode } from '../../../../src-renderer/data/mirror/lookups';
import { searchProducts } from '../../../../src-renderer/data/mirror/search';
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import type { BridgeClient } from '../../../../src-shared/ipc/client';
import { bridge, transport } from '../../../../src-renderer/bridge';
import { mirrorSearch } from '../../../../src-renderer/data/mirror/search-index';
import { createMirrorSync, MirrorPullError } from '../../../../src-renderer/sync/pull/mirror-sync';
import { workerFullPulls } from '../../../../src-renderer/sync/pull/full-pull-relay';
import { customerRow, productRow } from '../fixtures';

/**
 * Writes rows one at a time, each followed at once by a look-up or search for it, with the
 * indexes already loaded (so each write reaches them only through its commit). Returns how many
 * of them missed the row just written.
 */
async function lookUpRightAfterWriting(writes: number) {
  const db = new MostradorDB(`after-write-${Date.now()}`);
  await db.open();
  await productByBarcodeOrCode(db, 'load');
  await customerByIdentification(db, 'load');
  const missed = { byCode: 0, byBarcode: 0, byIdentification: 0, byWords: 0 };
  for (let i = 0; i < writes; i += 1) {
    await db.products.put(productRow(`p${i}`, `COD-${i}`, `Producto${i}`, { additional_fields: { barcode: `77000${i}` } }));
    if ((await productByBarcodeOrCode(db, `COD-${i}`))?.id !== `p${i}`) missed.byCode += 1;
    await db.transaction('rw', db.products, db.syncState, async () => {
      await db.products.put(productRow(`q${i}`, `QQ-${i}`, `Otro${i}`, { additional_fields: { barcode: `88000${i}` } }));
    });
    if ((await productByBarcodeOrCode(db, `88000${i}`))?.id !== `q${i}`) missed.byBarcode += 1;
    if ((await searchProducts(db, `otro${i}`)).results[0]?.id !== `q${i}`) missed.byWords += 1;
    await db.customers.bulkPut([customerRow(`c${i}`, `9000${i}`, ['Cliente', `Numero${i}`])]);
    if ((await customerByIdentification(db, `9000${i}`))?.id !== `c${i}`) missed.byIdentification += 1;
  }
  db.close();
  return missed;
}

/** What a first sync of the products did, seen from the window. */
export interface FirstSyncOutcome {
  /** 'done', or the error the pull rejected with (name, message, bridge failure if any). */
  outcome: 'done' | { name: string; message: string; failure: unknown };
  stored: number;
  /** The saved full pull's next page (null once complete). */
  nextPage: number | null;
  complete: boolean;
  /** Rows the window's own connection wrote (a Dexie hook on it). */
  writtenByWindow: number;
  /** Product pages the window asked of the bridge as objects, and as bytes (relayed to the worker). */
  listedByWindow: number;
  relayedAsBytes: number;
  /** Progress events whose last announced row the window's index did not hold at that moment. */
  announcedBeforeIndexed: number;
  progressDone: number[];
}

/**
 * Opens the products' mirror `name` (kept across calls, as a window keeps its database), with the
 * index loaded so that rows reach it only through commits. 'elsewhere': the window's database
 * lives in another IndexedDB (an in-memory one) than the one a worker opens, as when a worker's
 * storage would be another origin's.
 */
async function openMirror(name: string, where: 'here' | 'elsewhere' = 'here') {
  mirror?.close();
  mirror = where === 'here' ? new MostradorDB(name) : new MostradorDB(name, { indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await mirror.open();
  await productByBarcodeOrCode(mirror, 'load');
  pullsInWorker = workerFullPulls(counting.transport);
}

const counting = {
  listed: 0,
  relayed: 0,
  transport: {
    invokeBytes: (...args: Parameters<typeof transport.invokeBytes>) => {
      counting.relayed += 1;
      return transport.invokeBytes(...args);
    },
  },
};

let mirror: MostradorDB | null = null;
let pullsInWorker = workerFullPulls(counting.transport);

/**
 * A first sync of the products through the preview's bridge (the embedded sandbox behind it),
 * in the worker as the app runs it or in the window. `ids`: the products in the order Siigo
 * lists them. `abortAfter`: abort once this many rows are announced.
 */
async function firstSync(inWorker: boolean, ids: string[], abortAfter?: number): Promise<FirstSyncOutcome> {
  const db = mirror!;
  counting.listed = 0;
  counting.relayed = 0;
  let writtenByWindow = 0;
  const count = () => {
    writtenByWindow += 1;
  };
  db.products.hook('creating', count);
  const listing: BridgeClient = {
    invoke: (channel, input, meta) => {
      if (channel === 'products:list') counting.listed += 1;
      return bridge.invoke(channel, input, meta);
    },
    subscribe: bridge.subscribe,
  };
  const sync = createMirrorSync({ db, bridge: listing, ...(inWorker ? { fullPulls: pullsInWorker } : {}) });
  const stop = new AbortController();
  let announcedBeforeIndexed = 0;
  const progressDone: number[] = [];
  sync.onProgress((p) => {
    if (p.entity !== 'products') return;
    progressDone.push(p.done);
    if (!mirrorSearch(db).loadedIndex('products')?.entryOf(ids[p.done - 1]!)) announcedBeforeIndexed += 1;
    if (abortAfter !== undefined && p.done >= abortAfter) stop.abort(new Error('parada de prueba'));
  });
  const outcome = await sync.pull({ only: ['products'], signal: stop.signal }).then(
    () => 'done' as const,
    (error: unknown) => {
      const first = error instanceof MirrorPullError ? error.failures[0]!.error : error;
      const e = first as Error & { failure?: unknown };
      return { name: e.name, message: e.message, failure: e.failure ?? null };
    },
  );
  db.products.hook('creating').unsubscribe(count);
  const state = await db.syncState.get('products');
  return {
    outcome,
    stored: await db.products.count(),
    nextPage: state?.fullPull?.nextPage ?? null,
    complete: state?.checkpoint != null && state.fullPull === null,
    writtenByWindow,
    listedByWindow: counting.listed,
    relayedAsBytes: counting.relayed,
    announcedBeforeIndexed,
    progressDone,
  };
}

/** Forbids workers on this page from now on, as a Content-Security-Policy may. */
function forbidWorkers() {
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "worker-src 'none'";
  document.head.append(policy);
}

Object.assign(window, { lookUpRightAfterWriting, openMirror, firstSync, forbidWorkers });
document.body.dataset['ready'] = 'true';
