import { transport } from '../../../src-renderer/bridge';
import { mirrorSearch } from '../../../src-renderer/data/mirror/search-index';
import { exportMirror } from '../../../src-renderer/data/snapshot/export-mirror';
import { importMirror } from '../../../src-renderer/data/snapshot/import-mirror';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { workerFullPulls } from '../../../src-renderer/sync/pull/full-pull-relay';
import { DEMO_COMPANY_ID } from '../../../src-shared/company';
import { companyTransport, createBridgeClient } from '../../../src-shared/ipc/client';
import { freshDb } from './import-bench';
import { closeDatabase, database } from './search-bench';

// The preview runs in demo mode: the window's calls name that company, as the app's do.
const ownBridge = () => createBridgeClient(companyTransport(transport, DEMO_COMPANY_ID));

/** The synced counter writes its mirror to a snapshot file (main keeps it in the preview's data folder). */
export async function exportSnapshot(name: string, clave: string) {
  closeDatabase();
  const db = database(name);
  await db.open();
  const started = performance.now();
  const result = await exportMirror(db, ownBridge(), { clave, confirm: clave });
  const ms = performance.now() - started;
  closeDatabase();
  if (result.status !== 'saved') throw new Error(`export ${result.status}`);
  return { ms, rows: result.rows, bytes: result.bytes };
}

/**
 * A new counter, as its administrator seeds it: the snapshot loaded into an empty database, the
 * pull that follows (only what changed since the file), and both search indexes ready, each timed.
 */
export async function seedFromSnapshot(name: string, clave: string) {
  const db = await freshDb(name);
  const bridge = ownBridge();
  const started = performance.now();
  const loaded = await importMirror(db, bridge, { clave });
  if (loaded.status !== 'loaded') throw new Error(`import ${loaded.status}`);
  const importMs = performance.now() - started;
  await createMirrorSync({ db, bridge, fullPulls: workerFullPulls(transport) }).pull();
  const pulledMs = performance.now() - started;
  const search = mirrorSearch(db);
  const sizes = { products: (await search.index('products')).size, customers: (await search.index('customers')).size };
  const usableMs = performance.now() - started;
  db.close();
  return { importMs, pulledMs, usableMs, sizes, rows: loaded.customers + loaded.products };
}
