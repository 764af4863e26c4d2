// Runs in Chromium (see ../in-chromium.test.ts): the app's database and look-ups on real IndexedDB.
import { MostradorDB } from '../../../../src-renderer/data/db';
import { customerByIdentification, productByBarcodeOrCode } from '../../../../src-renderer/data/mirror/lookups';
import { searchProducts } from '../../../../src-renderer/data/mirror/search';
import { emptySyncState } from '../../../../src-renderer/sync/pull/sync-state';
import { workerPageWriters } from '../../../../src-renderer/sync/pull/worker-page-writer';
import type { SyncStateRow } from '../../../../src-renderer/data/mirror/rows';
import { customerRow, productRow } from '../fixtures';

const startedAt = new Date().toISOString();
/** The products' sync state with a first pull under way, as runFullPull stores it before its first page. */
const pulling = (nextPage: number, done: number): SyncStateRow => ({
  ...emptySyncState('products'),
  fullPull: { nextPage, totalResults: null, done, startedAt, intoEmpty: true },
});

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

/**
 * A first sync's pages stored by the worker, as the app stores them, with the window's indexes
 * loaded: after each write resolves, the page's last product is looked up and searched for. The
 * window's own connection watches its writes (a Dexie hook), so a page stored by the window
 * instead of the worker is counted too. Then a write the database refuses (a row without an id).
 */
async function storeInWorker(pages: number) {
  const db = new MostradorDB(`in-worker-${Date.now()}`);
  await db.open();
  await productByBarcodeOrCode(db, 'load');
  let writtenByWindow = 0;
  db.products.hook('creating', () => {
    writtenByWindow += 1;
  });
  await db.syncState.put(pulling(1, 0));
  const writer = await workerPageWriters(db)(pulling(1, 0));
  const missed = { byBarcode: 0, byWords: 0 };
  for (let page = 0; page < pages; page += 1) {
    const rows = Array.from({ length: 100 }, (_, i) => productRow(`w${page}-${i}`, `W-${page}-${i}`, `Tornillo${page}x${i}`, { additional_fields: { barcode: `55${page}0${i}` } }));
    await writer.write({ entity: 'products', rows, mode: 'overwrite', next: pulling(page + 2, (page + 1) * 100) });
    if ((await productByBarcodeOrCode(db, `55${page}099`))?.id !== `w${page}-99`) missed.byBarcode += 1;
    if ((await searchProducts(db, `tornillo${page}x99`)).results[0]?.id !== `w${page}-99`) missed.byWords += 1;
  }
  const stored = await db.products.count();
  const state = await db.syncState.get('products');
  const refused = await writer
    .write({ entity: 'products', rows: [{ code: 'SIN-ID' } as never], mode: 'overwrite', next: emptySyncState('products') })
    .then(
      () => 'accepted',
      (error: Error) => error.name,
    );
  const afterRefusal = productRow('after', 'AFTER-1', 'Despues');
  await writer.write({ entity: 'products', rows: [afterRefusal], mode: 'overwrite', next: emptySyncState('products') });
  const foundAfterRefusal = (await productByBarcodeOrCode(db, 'AFTER-1'))?.id === 'after';
  writer.close();
  db.close();
  return { missed, writtenByWindow, stored, savedNextPage: state?.fullPull?.nextPage ?? null, refused, foundAfterRefusal };
}

/**
 * Where the worker cannot be used, the window stores the pages itself: returns how many rows the
 * window's own connection wrote, whether the last one is found, and whether the worker was given
 * up at once rather than after the start's timeout. 'forbidden': the page's policy forbids
 * workers. 'elsewhere': the worker's database does not hold the pull the window is running (as
 * when a worker's storage is another origin's), here because the window never stored it.
 */
async function storeWithoutWorker(why: 'forbidden' | 'elsewhere') {
  if (why === 'forbidden') {
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "worker-src 'none'";
    document.head.append(policy);
  }
  const db = new MostradorDB(`no-worker-${Date.now()}`);
  await db.open();
  if (why === 'forbidden') await db.syncState.put(pulling(1, 0));
  let writtenByWindow = 0;
  db.products.hook('creating', () => {
    writtenByWindow += 1;
  });
  const asked = performance.now();
  const writer = await workerPageWriters(db)(pulling(1, 0));
  const startMs = performance.now() - asked;
  const rows = Array.from({ length: 50 }, (_, i) => productRow(`n${i}`, `N-${i}`, `Arandela${i}`));
  await writer.write({ entity: 'products', rows, mode: 'overwrite', next: emptySyncState('products') });
  const found = (await productByBarcodeOrCode(db, 'N-49'))?.id === 'n49';
  writer.close();
  db.close();
  return { writtenByWindow, found, gaveUpAtOnce: startMs < 2_000 };
}

Object.assign(window, { lookUpRightAfterWriting, storeInWorker, storeWithoutWorker });
document.body.dataset['ready'] = 'true';
