import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { InvoiceQuery } from '../../../src-shared/ipc/queries';
import type { MostradorDB } from '../../data/db';
import { mergeReceivables, readReceivablesState, receivableRowOf, recordReceivablesError, replaceReceivables } from '../../data/mirror/receivables';
import type { ReceivableInvoiceRow } from '../../data/mirror/rows';
import { BACKGROUND, DEFAULT_OVERLAP_MS, siigoFilterTime } from './pull-context';

/**
 * Refreshes the accounts receivable from Siigo's invoice list (`GET /v1/invoices`, 100 per page;
 * Siigo has no receivables report). Always at background priority: it shares the company's
 * 100 requests a minute (10 on Siigo's test company) with the counter, which goes first.
 *
 * Cost, as few requests as the Blueprint allows (06-facturas-de-venta.md documents
 * `created_start` and `updated_start` for invoices; no filter on the balance):
 * - **full**: every invoice, ⌈N / 100⌉ requests for N invoices in the company (paid ones too:
 *   the list cannot be asked for open invoices only). The first refresh, and again when the last
 *   full one is older than `fullEveryMs` (a day), as a safety net for any change Siigo's
 *   modification date might not show.
 * - **incremental**: only invoices created or modified since the last refresh, two passes
 *   because a never-edited invoice has no `last_updated` (see incremental-pull.ts): 2 requests,
 *   plus one per further 100 changes. We assume a payment moves the invoice's `last_updated` (the
 *   sandbox does; the Blueprint does not say): if it does not, the paid invoice keeps its old
 *   balance until the next full listing, and the view keeps taking this PC's receipts off it
 *   until then (`siigoShows` in data/mirror/receivables.ts), so it is never owed twice.
 *
 * The data are Siigo's as of the refresh's start (`fetchedAt`), saved only when every page
 * arrived: a failure keeps what was there and records the error. One refresh at a time per
 * database; a second caller joins the one under way, except one that asks for a full listing
 * while an incremental one runs: it gets a full listing after it.
 */
export interface ReceivablesRefreshOptions {
  now?: () => Date;
  /** Force a full listing. */
  full?: boolean;
  /** A full listing again when the last one is older than this; default one day. */
  fullEveryMs?: number;
  overlapMs?: number;
}

export interface ReceivablesRefreshResult {
  mode: 'full' | 'incremental';
  /** Requests made to Siigo (pages listed). */
  requests: number;
  fetchedAt: string;
}

export const FULL_EVERY_MS = 24 * 60 * 60_000;
const PAGE_SIZE = 100;

const running = new WeakMap<MostradorDB, Promise<ReceivablesRefreshResult>>();

export function refreshReceivables(db: MostradorDB, bridge: BridgeClient, options: ReceivablesRefreshOptions = {}): Promise<ReceivablesRefreshResult> {
  const current = running.get(db);
  if (current && options.full === true) {
    // Whether the one under way lists everything is only known once it is decided: wait for it.
    const again = () => refreshReceivables(db, bridge, options);
    return current.then((result) => (result.mode === 'full' ? result : again()), again);
  }
  if (current) return current;
  const run = runRefresh(db, bridge, options).finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

async function runRefresh(db: MostradorDB, bridge: BridgeClient, options: ReceivablesRefreshOptions): Promise<ReceivablesRefreshResult> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const fetchedAt = started.toISOString();
  const state = await readReceivablesState(db);
  const full =
    options.full === true ||
    state.fetchedAt === null ||
    state.fullAt === null ||
    started.getTime() - Date.parse(state.fullAt) >= (options.fullEveryMs ?? FULL_EVERY_MS);
  let requests = 0;
  const listAll = async (filter: Pick<InvoiceQuery, 'created_start' | 'updated_start'>, into: Map<string, ReceivableInvoiceRow>) => {
    for (let page = 1; ; page += 1) {
      const result = await bridge.invoke('invoices:list', { ...filter, page, page_size: PAGE_SIZE }, BACKGROUND);
      requests += 1;
      for (const invoice of result.results) {
        const row = receivableRowOf(invoice);
        if (row) into.set(row.id, row);
      }
      if (!result.hasNext) return;
    }
  };
  try {
    const rows = new Map<string, ReceivableInvoiceRow>();
    if (full) {
      await listAll({}, rows);
      await replaceReceivables(db, [...rows.values()], { fetchedAt, fullAt: fetchedAt, lastRequests: requests, lastMode: 'full' });
    } else {
      const since = siigoFilterTime(new Date(Date.parse(state.fetchedAt!) - (options.overlapMs ?? DEFAULT_OVERLAP_MS)));
      await listAll({ updated_start: since }, rows);
      await listAll({ created_start: since }, rows);
      await mergeReceivables(db, [...rows.values()], { fetchedAt, fullAt: state.fullAt, lastRequests: requests, lastMode: 'incremental' });
    }
    return { mode: full ? 'full' : 'incremental', requests, fetchedAt };
  } catch (error) {
    await recordReceivablesError(db, error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
}
