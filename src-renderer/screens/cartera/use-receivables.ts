import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Failure } from '../../../src-shared/failure';
import { colombiaToday } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { receivablesView, type ReceivablesView } from '../../data/mirror/receivables';
import { refreshReceivables } from '../../sync/pull/receivables-pull';
import { failureOf } from '../documentos/FailureExplanation';

/** `error` keeps the failure as it came (main's words, often English): the screen explains it in Spanish. */
export type ReceivablesRefresh = { state: 'idle' } | { state: 'loading' } | { state: 'offline' } | { state: 'error'; failure: Failure };

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
        const failure = failureOf(error);
        setRefresh(failure.kind === 'offline' || failure.kind === 'timeout' ? { state: 'offline' } : { state: 'error', failure });
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

  // A receipt sent since the data were fetched: refresh (usually incremental, 2 requests; a full
  // listing when the last one is a day old) so Siigo's balances replace the pending amounts where
  // it shows them. Once per set of such receipts, never in a loop.
  const sent = view?.sentUnconfirmed.join(',') ?? '';
  const confirming = useRef('');
  useEffect(() => {
    if (!sent || !checked.current || confirming.current === sent || link === 'offline') return;
    confirming.current = sent;
    refreshNow();
  }, [sent, link, refreshNow]);

  return { view, refresh, refreshNow };
}
