import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Window } from 'happy-dom';

/**
 * A happy-dom document for React in a Node-environment test file. Unlike vitest's happy-dom
 * environment it only adds what Node lacks: the main-process code these tests run in-process
 * (Siigo client → sandbox over loopback) keeps Node's fetch and AbortSignal, where happy-dom's
 * would apply browser CORS rules. Import it first, before anything that touches `window`.
 */
const window = new Window({ url: 'http://localhost/' });
const target = globalThis as Record<string, unknown>;
// DOM events must be happy-dom's: its window rejects Node's (Dexie's live queries dispatch
// CustomEvents on the global to announce changes).
const DOM_OWNED = new Set(['Event', 'CustomEvent', 'EventTarget']);
for (const key of Object.getOwnPropertyNames(window)) {
  if (key in target && !DOM_OWNED.has(key)) continue;
  // Window-level functions (addEventListener, dispatchEvent…) would make libraries believe they run in a page.
  if (!/^[A-Z]/.test(key)) continue;
  const value = (window as unknown as Record<string, unknown>)[key];
  target[key] = value;
}
target['window'] = window;
target['document'] = window.document;
target['navigator'] = window.navigator;
target['getComputedStyle'] = window.getComputedStyle.bind(window);
target['requestAnimationFrame'] = window.requestAnimationFrame.bind(window);
target['cancelAnimationFrame'] = window.cancelAnimationFrame.bind(window);
// Live queries update React from IndexedDB callbacks, outside act(); findBy… waits for them.
target['IS_REACT_ACT_ENVIRONMENT'] = false;

// Dexie's live queries stay silent when no global IndexedDB exists (Node); each harness database
// still uses its own private fake-indexeddb, passed to its constructor.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
