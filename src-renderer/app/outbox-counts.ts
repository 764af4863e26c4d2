import { useLiveQuery } from 'dexie-react-hooks';
import type { MostradorDB } from '../data/db';
import { countOutbox, type OutboxCounts } from '../data/outbox/counts';

/** The outbox's counts as they change; undefined until first counted (never a guessed "Todo enviado"). */
export function useOutboxCounts(db: MostradorDB): OutboxCounts | undefined {
  return useLiveQuery(() => countOutbox(db), [db]);
}
