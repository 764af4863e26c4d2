import type { MostradorDB } from '../db';
import type { CashSessionRow } from './rows';

/**
 * The cash session open on this PC, or null. Documents confirmed now belong to it
 * (`counter.cashSessionId`); with Ajustes' `cashSessionRequired`, no sale without one. Inside a
 * transaction, include `db.cashSessions` in its tables.
 */
export async function openCashSession(db: MostradorDB): Promise<CashSessionRow | null> {
  return (await db.cashSessions.where('state').equals('open').first()) ?? null;
}
