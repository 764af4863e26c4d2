import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { transferableAbortController } from 'node:util';

/**
 * What happy-dom lacks or replaces, for screens running on the real harness:
 * - AbortController/AbortSignal: happy-dom's are refused by Node's `events`
 *   (`setMaxListeners(n, signal)` in main's Siigo transport), so Node's are put back.
 * - IndexedDB: each harness database gets its own fake-indexeddb, but Dexie's `liveQuery` (behind
 *   `useLiveQuery`) does nothing unless Dexie sees an IndexedDB at all.
 * Fetch stays happy-dom's: each test file's `@vitest-environment-options` turns off its
 * same-origin policy so main's client can reach the loopback sandbox.
 */
const nodeController = transferableAbortController();
Object.assign(globalThis, { AbortController: nodeController.constructor, AbortSignal: nodeController.signal.constructor });
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
