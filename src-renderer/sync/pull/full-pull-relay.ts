import type { BridgeTransport } from '../../../src-shared/ipc/client';
import { mirrorSearch } from '../../data/mirror/search-index';
import { beginFullPull, runFullPull, type FullPullRunner, type PullingState } from './full-pull';
import {
  fromCrossingError,
  RELAYED_CHANNELS,
  toCrossingError,
  type FromFullPullWorker,
  type ToFullPullWorker,
} from './full-pull-protocol';
import type { PullContext } from './pull-context';

/** A worker that has not answered by then is given up for the window (see below). */
const START_TIMEOUT_MS = 10_000;

/**
 * First (full) pulls run in a dedicated worker (full-pull-worker.ts), one per pull of an entity.
 * The window only begins the pull (its sync state, so a worker that cannot see it is caught),
 * relays the worker's page requests through its bridge as bytes it never parses, and hands the
 * worker's committed search segments to its indexes, so they hold a page's rows before the
 * pull's progress announces them, as when the window pulls itself.
 *
 * Where no worker can run the pull (none in this context, or it fails to load, to open the
 * database or to find the pull's sync state in it), the window runs it itself, as before, for
 * the rest of the session.
 */
export function workerFullPulls(transport: Pick<BridgeTransport, 'invokeBytes'>): FullPullRunner {
  let unavailable = typeof Worker === 'undefined';
  return async (ctx, entity) => {
    ctx.signal?.throwIfAborted();
    if (!unavailable) {
      const pulling = await beginFullPull(ctx, entity);
      const worker = startWorker();
      if (worker && (await pullIn(worker, ctx, entity.name, pulling, transport)) === 'pulled') return;
      worker?.terminate();
      unavailable = true;
    }
    await runFullPull(ctx, entity);
  };
}

/** The worker, or null where it may not be created (a policy that forbids workers throws). */
function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./full-pull-worker.ts', import.meta.url), { type: 'module', name: 'mostrador-first-sync' });
  } catch {
    return null;
  }
}

/**
 * Runs the pull in `worker`: resolves 'pulled' once it completed, 'unavailable' if the worker
 * never started it (the caller pulls in the window instead), rejects as `runFullPull` would.
 * Resolves or rejects only once none of the worker's relayed requests is still out.
 */
function pullIn(
  worker: Worker,
  ctx: PullContext,
  entity: 'customers' | 'products',
  pulling: PullingState,
  transport: Pick<BridgeTransport, 'invokeBytes'>,
): Promise<'pulled' | 'unavailable'> {
  const search = mirrorSearch(ctx.db);
  const send = (message: ToFullPullWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const relayed = new Set<Promise<void>>();

  const relay = (message: Extract<FromFullPullWorker, { type: 'invoke' }>) => {
    const { id } = message;
    const call = (RELAYED_CHANNELS as readonly string[]).includes(message.channel)
      ? transport.invokeBytes(message.channel, message.input, message.meta)
      : Promise.reject(new Error(`The first sync may not call ${String(message.channel)}`));
    const answered = call.then(
      (bytes) => {
        // Transferred when the bytes own their buffer, so they are never copied on this heap.
        const own = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
        send({ type: 'answer', id, bytes, searchedMsAgo: search.sinceLastQuery() }, own ? [bytes.buffer] : []);
      },
      (error: unknown) => send({ type: 'unanswered', id, error: toCrossingError(error), searchedMsAgo: search.sinceLastQuery() }),
    );
    relayed.add(answered);
    void answered.finally(() => relayed.delete(answered));
  };

  return new Promise((resolve, reject) => {
    let started = false;
    const timer = setTimeout(() => finish(() => resolve('unavailable')), START_TIMEOUT_MS);
    const abort = () => send({ type: 'abort' });
    ctx.signal?.addEventListener('abort', abort, { once: true });
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      ctx.signal?.removeEventListener('abort', abort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
      // Like runFullPull: none of the pull's requests outlives it.
      void Promise.allSettled([...relayed]).then(settle);
    };
    const broke = (why: string) => {
      if (!started) return finish(() => resolve('unavailable'));
      // A write may have committed without its segment reaching the indexes: they reload.
      search.reset();
      finish(() => reject(new Error(`La sincronización inicial se detuvo: ${why}`)));
    };

    worker.onmessage = ({ data }: MessageEvent<FromFullPullWorker>) => {
      switch (data.type) {
        case 'ready':
          started = true;
          clearTimeout(timer);
          break;
        case 'unavailable':
          finish(() => resolve('unavailable'));
          break;
        case 'invoke':
          relay(data);
          break;
        case 'committed':
          search.committed(data.table, data.seq, data.lines);
          break;
        case 'reset':
          search.reset();
          break;
        case 'progress':
          ctx.progress.emit(data.progress);
          break;
        case 'done':
          finish(() => resolve('pulled'));
          break;
        case 'failed':
          // Stopped by our own signal: the caller sees its reason, as from runFullPull.
          finish(() => reject(ctx.signal?.aborted ? ctx.signal.reason : fromCrossingError(data.error)));
          break;
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      broke(event.message);
    };
    worker.onmessageerror = () => broke('un mensaje ilegible');
    send({
      type: 'pull',
      database: ctx.db.name,
      entity,
      pulling,
      pageSize: ctx.pageSize,
      clockOffsetMs: ctx.now().getTime() - Date.now(),
      searchedMsAgo: search.sinceLastQuery(),
    });
  });
}
