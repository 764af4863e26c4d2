import type { MostradorDB } from '../db';

export interface OutboxCounts {
  /** Queued, being sent or waiting to retry. */
  pending: number;
  needsAttention: number;
}

/** Counted from the outbox itself, so they are right after a reload whatever the sync engine is doing. */
export async function countOutbox(db: MostradorDB): Promise<OutboxCounts> {
  const [queued, sending, retrying, needsAttention] = await Promise.all(
    (['queued', 'sending', 'retrying', 'needs_attention'] as const).map((state) => db.outbox.where('state').equals(state).count()),
  );
  return { pending: queued! + sending! + retrying!, needsAttention: needsAttention! };
}
