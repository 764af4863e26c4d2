import '../../zod-without-eval';
/**
 * The worker that runs a first sync (started by full-pull-relay.ts): `runFullPull` itself, with
 * its own connection to the window's database. Its page requests travel through the window's
 * bridge as JSON bytes (relayed, never parsed there) and are parsed, checked against the
 * contract, converted and stored here. So neither a page's objects nor its IndexedDB writes ever
 * live on the window's heap, whose collector would otherwise pause the thread the cashier types
 * on (docs/decisions/0004-first-sync-in-a-worker.md).
 */
import { createBridgeClient, type BridgeTransport } from '../../../src-shared/ipc/client';
import { MostradorDB } from '../../data/db';
import { runFullPull } from './full-pull';
import {
  fromCrossingError,
  toCrossingError,
  type FromFullPullWorker,
  type RelayedChannel,
  type ToFullPullWorker,
} from './full-pull-protocol';
import { customersEntity, productsEntity } from './mirrored-entities';
import { sameFullPull, SEARCHING_WINDOW_MS } from './page-store';
import { DEFAULT_OVERLAP_MS, type PullContext } from './pull-context';
import { Emitter, type PullProgress } from './pull-events';

interface WorkerScope {
  postMessage(message: FromFullPullWorker): void;
  onmessage: ((event: MessageEvent<ToFullPullWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const post = (message: FromFullPullWorker) => scope.postMessage(message);

const stop = new AbortController();
let searchedAt = Number.NEGATIVE_INFINITY;
const heardFromWindow = (searchedMsAgo: number) => {
  searchedAt = performance.now() - searchedMsAgo;
};

/** Relayed calls awaiting the window's answer. */
const awaiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
let nextCall = 1;
const decoder = new TextDecoder();

/** The bridge as this worker reaches it: through the window, answers parsed here. */
const relay: Pick<BridgeTransport, 'invoke' | 'subscribe'> = {
  async invoke(channel, input, meta) {
    const id = nextCall++;
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      awaiting.set(id, { resolve, reject });
      post({ type: 'invoke', id, channel: channel as RelayedChannel, input, meta });
    });
    return JSON.parse(decoder.decode(bytes)) as unknown;
  },
  subscribe: () => () => undefined,
};

function settle(id: number) {
  const call = awaiting.get(id);
  awaiting.delete(id);
  return call;
}

async function pull(message: Extract<ToFullPullWorker, { type: 'pull' }>): Promise<void> {
  // Segments this connection commits go to the window's indexes, which answer the searches.
  const db = new MostradorDB(message.database, undefined, {
    committed: (table, seq, lines) => post({ type: 'committed', table, seq, lines }),
    reset: () => post({ type: 'reset' }),
  });
  try {
    // Another origin's storage (a worker loaded from elsewhere) would hold another database.
    if (!sameFullPull(await db.syncState.get(message.entity), message.pulling)) {
      post({ type: 'unavailable', error: { name: 'Error', message: 'the worker sees another database' } });
      return;
    }
  } catch (error) {
    post({ type: 'unavailable', error: toCrossingError(error) });
    return;
  }
  post({ type: 'ready' });
  const progress = new Emitter<PullProgress>();
  progress.on((event) => post({ type: 'progress', progress: event }));
  const ctx: PullContext = {
    db,
    bridge: createBridgeClient(relay),
    now: () => new Date(Date.now() + message.clockOffsetMs),
    pageSize: message.pageSize,
    overlapMs: DEFAULT_OVERLAP_MS,
    progress,
    signal: stop.signal,
    searching: () => performance.now() - searchedAt < SEARCHING_WINDOW_MS,
  };
  try {
    if (message.entity === 'customers') await runFullPull(ctx, customersEntity);
    else await runFullPull(ctx, productsEntity);
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'failed', error: toCrossingError(error) });
  } finally {
    db.close();
  }
}

scope.onmessage = ({ data }) => {
  switch (data.type) {
    case 'pull':
      heardFromWindow(data.searchedMsAgo);
      void pull(data);
      break;
    case 'answer':
      heardFromWindow(data.searchedMsAgo);
      settle(data.id)?.resolve(data.bytes);
      break;
    case 'unanswered':
      heardFromWindow(data.searchedMsAgo);
      settle(data.id)?.reject(fromCrossingError(data.error));
      break;
    case 'abort':
      stop.abort();
      break;
  }
};
