import type { Table } from 'dexie';
import { CashSessionClosedError } from './errors';
import type { CashSessionRow } from './rows';

/**
 * A closed session's row never changes again and is never deleted, whoever writes: its Z report
 * may have been printed and signed, so the stored one must stay what was printed. The functions
 * of session-lifecycle.ts refuse first with a clear error; this guard makes it hold for any
 * other code too (the write throws and its transaction aborts).
 */
export function keepClosedSessionsFinal(sessions: Table<CashSessionRow, string>): void {
  sessions.hook('updating', (_changes, key, current) => {
    if (current.state === 'closed') throw new CashSessionClosedError(String(key));
  });
  sessions.hook('deleting', (key, current) => {
    if (current.state === 'closed') throw new CashSessionClosedError(String(key));
  });
}
