/**
 * The worker that stores a first sync's pages (started by worker-page-writer.ts). A write to
 * IndexedDB costs the thread that makes it: Chromium serializes every row there and V8 collects
 * the requests and events after. Here that work holds this thread instead of the window where
 * the cashier types and scans (what the window still pays during an import, its own heap's
 * collections, is measured in the README's Performance section).
 */
import { MostradorDB } from '../../data/db';
import { sameFullPull, SEARCHING_WINDOW_MS, storePulledPage } from './page-store';
import { toPageStoreError, type FromPageStore, type ToPageStore } from './page-store-protocol';

interface WorkerScope {
  postMessage(message: FromPageStore): void;
  onmessage: ((event: MessageEvent<ToPageStore>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const post = (message: FromPageStore) => scope.postMessage(message);

let db: MostradorDB | null = null;
/** Writes run one after another, in the order they came. */
let writes: Promise<void> = Promise.resolve();

scope.onmessage = ({ data }) => {
  if (data.type === 'open') {
    // Segments this connection commits go to the window's indexes, which answer the searches.
    db = new MostradorDB(data.database, undefined, {
      committed: (table, seq, lines) => post({ type: 'committed', table, seq, lines }),
      reset: () => post({ type: 'reset' }),
    });
    const { pulling } = data;
    db.syncState.get(pulling.entity).then(
      // Another origin's storage (a worker loaded from elsewhere) would hold another database.
      (seen) => post(sameFullPull(seen, pulling) ? { type: 'ready' } : { type: 'unavailable', error: { name: 'Error', message: 'the worker sees another database' } }),
      (error: unknown) => post({ type: 'unavailable', error: toPageStoreError(error) }),
    );
    return;
  }
  const { id, page, searchedMsAgo } = data;
  const searchedAt = performance.now() - searchedMsAgo;
  const searching = () => performance.now() - searchedAt < SEARCHING_WINDOW_MS;
  writes = writes
    .then(() => {
      if (!db) throw new Error('page store: write before open');
      return storePulledPage(db, page, searching);
    })
    .then(
      () => post({ type: 'written', id }),
      (error: unknown) => post({ type: 'failed', id, error: toPageStoreError(error) }),
    );
};
