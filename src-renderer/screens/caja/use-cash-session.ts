import { useLiveQuery } from 'dexie-react-hooks';
import type { ZReport } from '../../../src-shared/cash/z-report-types';
import { useServices } from '../../app/services';
import { openCashSession } from '../../data/cash/current-session';
import type { CashSessionRow } from '../../data/cash/rows';
import { cashSessionHistory, sessionZReport } from '../../data/cash/z-report-data';

/** This PC's open session, null when none; undefined while it loads. */
export function useOpenSession(): CashSessionRow | null | undefined {
  const { db } = useServices();
  return useLiveQuery(() => openCashSession(db), [db]);
}

/**
 * A session's Z report, kept current: an open session's figures move with every sale, return or
 * movement; a closed one's is the stored report. Undefined while it loads, null when unknown.
 */
export function useZReport(sessionId: string | null): ZReport | null | undefined {
  const { db } = useServices();
  return useLiveQuery(() => (sessionId ? sessionZReport(db, sessionId) : null), [db, sessionId]);
}

export function useSessionHistory(): CashSessionRow[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => cashSessionHistory(db), [db]);
}
