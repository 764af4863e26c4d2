import type { SegmentLine } from '../../../src-shared/search';
import type { SyncStateRow } from '../../data/mirror/rows';
import type { SearchedTable } from '../../data/mirror/search-entries';
import type { PageWrite } from './page-store';

/** The window's messages to the storing worker (page-store-worker.ts). */
export type ToPageStore =
  /**
   * Open the window's database (same name, same schema) and check that it holds `pulling` (see
   * OpenPageWriter); answered by 'ready' or 'unavailable'.
   */
  | { type: 'open'; database: string; pulling: SyncStateRow }
  /**
   * Store a full pull's page. `searchedMsAgo`: how long ago the window last searched (Infinity
   * if never), so the worker keeps its transactions short while the cashier searches.
   */
  | { type: 'write'; id: number; page: PageWrite; searchedMsAgo: number };

/** An error as it crosses to the window: IndexedDB's names (QuotaExceededError…) are kept. */
export interface PageStoreError {
  name: string;
  message: string;
}

/**
 * The worker's messages. A write's 'committed' messages come before its 'written', so the
 * window's indexes hold the rows before the pull goes on (messages keep their order).
 */
export type FromPageStore =
  | { type: 'ready' }
  | { type: 'unavailable'; error: PageStoreError }
  | { type: 'committed'; table: SearchedTable; seq: number; lines: SegmentLine[] }
  | { type: 'reset' }
  | { type: 'written'; id: number }
  | { type: 'failed'; id: number; error: PageStoreError };

export function toPageStoreError(error: unknown): PageStoreError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
