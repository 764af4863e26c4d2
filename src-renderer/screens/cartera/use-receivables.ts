import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { BridgeError } from '../../../src-shared/ipc/client';
import { colombiaToday } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { receivablesView, type ReceivablesView } from '../../data/mirror/receivables';
import { refreshReceivables } from '../../sync/pull/receivables-pull';

export type ReceivablesRefresh = { state: 'idle' } | { state: 'loading' } | { state: 'offline' } | { state: 'error'; message: string };

/** Data older than this are refreshed in the background when the view opens. */
export const RECEIVABLES_STALE_MS = 10 * 60_000;

/**
 * The receivables view's data, live from the database (works offline), and its refresh: in the
 * background when the view opens with data older than 10 minutes or a receipt recorded here has
 * been sent since they were fetched, and on demand. Both go through
 * the rate limiter at background priority (receivables-pull.ts).
 */
export function useReceivables(): { view: ReceivablesView | undefined; refresh: ReceivablesRefresh; refreshNow(): void } {
  const { db, bridge } = useServices();
  const link = useApp((state) => state.link);
  const today = colombiaToday(new Date());
  const view = useLiveQuery(() => receivablesView(db, today), [db, today]);
  const [refresh, setRefresh] = useState<ReceivablesRefresh>({ state: 'idle' });

  const refreshNow = useCallback(() => {
    if (link === 'offline') return setRefresh({ state: 'offline' });
    setRefresh({ state: 'loading' });
    refreshReceivables(db, bridge).then(
      () => setRefresh({ state: 'idle' }),
      (error: unknown) => {
        const offline = error instanceof BridgeError && (error.failure.kind === 'offline' || error.failure.kind === 'timeout');
        setRefresh(offline ? { state: 'offline' } : { state: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [db, bridge, link]);

  // Once, when the view opens and its state has been read.
  const checked = useRef(false);
  const fetchedAt = view?.state.fetchedAt;
  useEffect(() => {
    if (checked.current || view === undefined) return;
    checked.current = true;
    if (!fetchedAt || Date.now() - Date.parse(fetchedAt) > RECEIVABLES_STALE_MS) refreshNow();
  }, [view, fetchedAt, refreshNow]);

  // A receipt sent since the data were fetched: refresh (incremental, 2 requests) so Siigo's
  // balances replace the pending amounts. Once per set of such receipts, never in a loop.
  const sent = view?.sentUnconfirmed.join(',') ?? '';
  const confirming = useRef('');
  useEffect(() => {
    if (!sent || !checked.current || confirming.current === sent || link === 'offline') return;
    confirming.current = sent;
    refreshNow();
  }, [sent, link, refreshNow]);

  return { view, refresh, refreshNow };
}
