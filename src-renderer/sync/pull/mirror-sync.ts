import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { MostradorDB } from '../../data/db';
import type { CustomerRow, ProductRow } from '../../data/mirror/rows';
import { runCatalogPull } from './catalog-pull';
import { runFullPull, type FullPullRunner } from './full-pull';
import { runIncrementalPull } from './incremental-pull';
import { customersEntity, productsEntity, type MirroredEntity } from './mirrored-entities';
import { DEFAULT_OVERLAP_MS, DEFAULT_PAGE_SIZE, type PullContext } from './pull-context';
import { Emitter, type MirrorEntity, type PullProgress } from './pull-events';
import { readSyncState, recordPullError } from './sync-state';

export interface MirrorSyncOptions {
  db: MostradorDB;
  bridge: BridgeClient;
  /** Client clock (default the system clock). */
  now?: () => Date;
  /** Default 100. */
  pageSize?: number;
  /** Incremental pulls start this long before the checkpoint. Default 10 minutes. */
  overlapMs?: number;
  /** Catalogs are downloaded again when older than this. Default 1 hour. */
  catalogMaxAgeMs?: number;
  /**
   * How first (full) pulls run; default in the window. The app runs them in a worker
   * (full-pull-relay.ts), so a first sync's pages and writes never hold the window.
   */
  fullPulls?: FullPullRunner;
}

export interface PullOptions {
  /** Download the catalogs even if they are fresh. */
  forceCatalogs?: boolean;
  /** Only these entities (default all). */
  only?: readonly MirrorEntity[];
  /** Stops between pages; what was written stays and a full pull resumes from there. */
  signal?: AbortSignal;
}

/** Thrown by `pull` when some entity failed; the others were still pulled. */
export class MirrorPullError extends Error {
  constructor(readonly failures: ReadonlyArray<{ entity: MirrorEntity; error: unknown }>) {
    super(failures.map((f) => `${f.entity}: ${f.error instanceof Error ? f.error.message : String(f.error)}`).join('; '));
    this.name = 'MirrorPullError';
  }
}

export interface MirrorSync {
  /**
   * One pull of everything: catalogs (if stale), then customers and products, each a full pull
   * (started or resumed) until one completes, incremental afterwards. An entity that fails does
   * not stop the others; the call rejects with `MirrorPullError` at the end.
   */
  pull(options?: PullOptions): Promise<void>;
  onProgress(listener: (progress: PullProgress) => void): () => void;
}

export function createMirrorSync(options: MirrorSyncOptions): MirrorSync {
  const progress = new Emitter<PullProgress>();
  const now = options.now ?? (() => new Date());
  const catalogMaxAgeMs = options.catalogMaxAgeMs ?? 60 * 60_000;
  const fullPull = options.fullPulls ?? runFullPull;

  async function pullEntity<R extends CustomerRow | ProductRow>(ctx: PullContext, entity: MirroredEntity<R>) {
    const state = await readSyncState(ctx.db, entity.name);
    if (state.checkpoint === null || state.fullPull !== null) await fullPull(ctx, entity);
    else await runIncrementalPull(ctx, entity);
  }

  async function catalogsAreFresh(db: MostradorDB): Promise<boolean> {
    const state = await readSyncState(db, 'catalogs');
    return state.lastSuccessAt !== null && now().getTime() - Date.parse(state.lastSuccessAt) < catalogMaxAgeMs;
  }

  return {
    onProgress: (listener) => progress.on(listener),
    async pull(pullOptions = {}) {
      const ctx: PullContext = {
        db: options.db,
        bridge: options.bridge,
        now,
        pageSize: Math.min(100, options.pageSize ?? DEFAULT_PAGE_SIZE),
        overlapMs: options.overlapMs ?? DEFAULT_OVERLAP_MS,
        progress,
        ...(pullOptions.signal ? { signal: pullOptions.signal } : {}),
      };
      const wanted = (e: MirrorEntity) => !pullOptions.only || pullOptions.only.includes(e);
      const jobs: Array<[MirrorEntity, () => Promise<void>]> = [];
      if (wanted('catalogs') && (pullOptions.forceCatalogs || !(await catalogsAreFresh(ctx.db)))) {
        jobs.push(['catalogs', () => runCatalogPull(ctx)]);
      }
      if (wanted('customers')) jobs.push(['customers', () => pullEntity(ctx, customersEntity)]);
      if (wanted('products')) jobs.push(['products', () => pullEntity(ctx, productsEntity)]);

      const failures: Array<{ entity: MirrorEntity; error: unknown }> = [];
      for (const [entity, job] of jobs) {
        try {
          await job();
        } catch (error) {
          await recordPullError(ctx.db, entity, error);
          failures.push({ entity, error });
          // An abort means stop everything, not "try the next entity".
          if (ctx.signal?.aborted) break;
        }
      }
      if (failures.length > 0) throw new MirrorPullError(failures);
    },
  };
}
