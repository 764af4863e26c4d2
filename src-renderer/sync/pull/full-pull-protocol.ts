import type { Failure } from '../../../src-shared/failure';
import { BridgeError } from '../../../src-shared/ipc/client';
import type { CallMeta } from '../../../src-shared/ipc/contract';
import type { SegmentLine } from '../../../src-shared/search';
import type { SyncStateRow } from '../../data/mirror/rows';
import type { SearchedTable } from '../../data/mirror/search-entries';
import type { PullProgress } from './pull-events';

/** The only calls the first-sync worker may relay through the window: the pages of a full pull. */
export const RELAYED_CHANNELS = ['customers:list', 'products:list'] as const;
export type RelayedChannel = (typeof RELAYED_CHANNELS)[number];

/**
 * The window's messages to the first-sync worker (full-pull-worker.ts). All but 'abort' carry
 * `searchedMsAgo`, how long ago the window last searched (Infinity if never), so the worker keeps
 * its transactions short while the cashier searches (a write always follows an answer).
 */
export type ToFullPullWorker =
  /**
   * Open the window's database (same name, same schema), check that it holds `pulling` (the
   * pull the window has begun) and, if so, run it: answered by 'ready' or 'unavailable'.
   * `clockOffsetMs`: the pull's clock minus the worker's system clock.
   */
  | {
      type: 'pull';
      database: string;
      entity: 'customers' | 'products';
      pulling: SyncStateRow;
      pageSize: number;
      clockOffsetMs: number;
      searchedMsAgo: number;
    }
  /** The bridge's answer to an 'invoke', as the JSON bytes it travelled as (transferred, not copied). */
  | { type: 'answer'; id: number; bytes: Uint8Array; searchedMsAgo: number }
  /** The transport itself failed (the bridge did not answer). */
  | { type: 'unanswered'; id: number; error: CrossingError; searchedMsAgo: number }
  /** Stop between pages, as an aborted pull does; answered by 'failed'. */
  | { type: 'abort' };

/**
 * The worker's messages. A write's 'committed' messages come before its 'progress', and every
 * write's before 'done', so the window's indexes hold the rows before anyone hears of them
 * (messages keep their order).
 */
export type FromFullPullWorker =
  | { type: 'ready' }
  | { type: 'unavailable'; error: CrossingError }
  | { type: 'invoke'; id: number; channel: RelayedChannel; input: unknown; meta: CallMeta | undefined }
  | { type: 'committed'; table: SearchedTable; seq: number; lines: SegmentLine[] }
  | { type: 'reset' }
  | { type: 'progress'; progress: PullProgress }
  | { type: 'done' }
  | { type: 'failed'; error: CrossingError };

/**
 * An error as it crosses between window and worker: IndexedDB's names (QuotaExceededError…) and
 * a bridge failure (what the UI explains) are kept.
 */
export interface CrossingError {
  name: string;
  message: string;
  failure?: Failure;
}

export function toCrossingError(error: unknown): CrossingError {
  if (error instanceof BridgeError) return { name: error.name, message: error.message, failure: error.failure };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function fromCrossingError(error: CrossingError): Error {
  if (error.failure) return new BridgeError(error.failure);
  const out = new Error(error.message);
  out.name = error.name; // isQuotaExceeded and friends read the name
  return out;
}
