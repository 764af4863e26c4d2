import type { MostradorDB } from '../../data/db';
import type { SyncStateRow } from '../../data/mirror/rows';
import { mirrorSearch } from '../../data/mirror/search-index';
import { windowPageWriter, type OpenPageWriter, type PageWrite, type PageWriter } from './page-store';
import type { FromPageStore, PageStoreError, ToPageStore } from './page-store-protocol';

/** A worker that has not answered by then is given up for the window (see below). */
const START_TIMEOUT_MS = 10_000;

/**
 * Full pulls store their pages in a dedicated worker (page-store-worker.ts), one per pull of an
 * entity; the window only fetches, converts and posts the rows. The worker writes with its own
 * connection to the same database and sends each committed search segment back, so the window's
 * indexes hold a page's rows before its write resolves, as when the window writes itself.
 *
 * Where no worker can start (none in this context, or it fails to load, to open the database or
 * to find the pull's sync state in it), the window stores the pages itself, as before, for the
 * rest of the session.
 */
export function workerPageWriters(db: MostradorDB): OpenPageWriter {
  let unavailable = typeof Worker === 'undefined';
  return async (pulling) => {
    const worker = unavailable ? null : startWorker();
    if (worker && (await start(worker, db.name, pulling))) return pageWriterOn(worker, db);
    worker?.terminate();
    unavailable = true;
    return windowPageWriter(db);
  };
}

/** The worker, or null where it may not be created (a policy that forbids workers throws). */
function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./page-store-worker.ts', import.meta.url), { type: 'module', name: 'mostrador-page-store' });
  } catch {
    return null;
  }
}

function send(worker: Worker, message: ToPageStore): void {
  worker.postMessage(message);
}

/** Opens the database in the worker; false if the worker failed to load, open, check or answer. */
function start(worker: Worker, database: string, pulling: SyncStateRow): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), START_TIMEOUT_MS);
    worker.onmessage = ({ data }: MessageEvent<FromPageStore>) => done(data.type === 'ready');
    worker.onerror = (event) => {
      event.preventDefault();
      done(false);
    };
    send(worker, { type: 'open', database, pulling });
  });
}

function asError(error: PageStoreError): Error {
  const out = new Error(error.message);
  out.name = error.name; // isQuotaExceeded and friends read the name
  return out;
}

function pageWriterOn(worker: Worker, db: MostradorDB): PageWriter {
  const search = mirrorSearch(db);
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let broken: Error | null = null;

  const settle = (id: number) => {
    const write = pending.get(id);
    pending.delete(id);
    return write;
  };
  worker.onmessage = ({ data }: MessageEvent<FromPageStore>) => {
    switch (data.type) {
      case 'committed':
        search.committed(data.table, data.seq, data.lines);
        break;
      case 'reset':
        search.reset();
        break;
      case 'written':
        settle(data.id)?.resolve();
        break;
      case 'failed':
        settle(data.id)?.reject(asError(data.error));
        break;
    }
  };
  const stop = (error: Error) => {
    broken = error;
    // A write may have committed without its segment reaching the indexes: they reload.
    search.reset();
    for (const write of pending.values()) write.reject(error);
    pending.clear();
    worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop(new Error(`El guardado de la sincronización se detuvo: ${event.message}`));
  };
  worker.onmessageerror = () => stop(new Error('El guardado de la sincronización recibió un mensaje ilegible'));

  return {
    write(page: PageWrite) {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      return new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send(worker, { type: 'write', id, page, searchedMsAgo: search.sinceLastQuery() });
      });
    },
    close() {
      worker.terminate();
    },
  };
}
