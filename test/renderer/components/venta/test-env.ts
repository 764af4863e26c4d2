import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { transferableAbortController } from 'node:util';

/**
 * Adjustments of vitest's happy-dom environment for screens over a sandbox-backed mirror
 * (import before anything else; the test file also turns off happy-dom's same-origin policy
 * for the loopback sandbox):
 * - happy-dom's AbortController/AbortSignal are refused by Node's `events` in main's Siigo
 *   transport, which runs in-process here: Node's are put back.
 * - Dexie's live queries stay silent when there is no global IndexedDB; each harness database
 *   still uses its own private fake-indexeddb.
 */
const nodeController = transferableAbortController();
Object.assign(globalThis, { AbortController: nodeController.constructor, AbortSignal: nodeController.signal.constructor });
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
(globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;
