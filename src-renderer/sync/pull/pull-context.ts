import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { MostradorDB } from '../../data/db';
import type { Emitter, PullProgress } from './pull-events';

/** What every pull needs. Pulls are background work: they always call with `priority: 'background'`. */
export interface PullContext {
  db: MostradorDB;
  bridge: BridgeClient;
  /** The client's clock; checkpoints are taken from it (the overlap window covers skew with Siigo). */
  now: () => Date;
  /** Records per page, at most 100 (Siigo's practical maximum). */
  pageSize: number;
  /** How far before the checkpoint an incremental pull starts. */
  overlapMs: number;
  progress: Emitter<PullProgress>;
  signal?: AbortSignal;
  /**
   * Whether the cashier searched lately, so a full pull keeps its writes short (see
   * page-store.ts). Default: this window's own indexes of `db` were queried lately; the
   * first-sync worker is told by the window instead.
   */
  searching?: () => boolean;
}

export const BACKGROUND = { priority: 'background' } as const;

export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_OVERLAP_MS = 10 * 60_000;

/**
 * Siigo's date filters take `yyyy-MM-ddTHH:mm:ssZ` (UTC, no milliseconds). Rounded down, so the
 * filter never starts after the instant asked for.
 */
export function siigoFilterTime(at: Date): string {
  return `${new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}
