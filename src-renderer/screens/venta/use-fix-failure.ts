import { useLiveQuery } from 'dexie-react-hooks';
import type { Failure } from '../../../src-shared/failure';
import type { MostradorDB } from '../../data/db';

/**
 * Why Siigo refused the invoice being fixed: its operation's last failure, read live, so the
 * banner explains it with `FailureExplanation` (Spanish first, Siigo's own words under
 * "Detalle técnico"). Null while loading, when not fixing, or when none was kept.
 */
export function useFixFailure(db: MostradorDB, documentId: string | null): Failure | null {
  return useLiveQuery(async () => {
    if (documentId === null) return null;
    const document = await db.documents.get(documentId);
    const operation = document?.operationId ? await db.outbox.get(document.operationId) : undefined;
    return operation?.lastFailure ?? null;
  }, [db, documentId]) ?? null;
}
