import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Failure } from '../../../src-shared/failure';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { fetchCustomerAccount } from '../../sync/pull/customer-account-pull';
import { documentsForCustomer } from '../clientes/customer-documents';
import { failureOf } from '../documentos/FailureExplanation';
import type { CustomerItem } from '../clientes/customer-item';
import { receiptStage } from '../../../src-shared/receivables/pending-receipts';
import { statementLines, type StatementLine } from './statement-lines';

/** Where the shown account comes from: just fetched, being fetched, or cached because Siigo is unreachable. */
export type AccountRefresh =
  | { state: 'loading' }
  | { state: 'fresh' }
  | { state: 'offline' }
  /** The failure as it came (main's words, often English): the screen explains it in Spanish. */
  | { state: 'error'; failure: Failure }
  /** A customer created here: Siigo has no invoices of it yet. */
  | { state: 'local-only' };

export interface Statement {
  /** Undefined while the local data loads. */
  lines: StatementLine[] | undefined;
  /** When the shown Siigo invoices were fetched; null if never. */
  fetchedAt: string | null;
  refresh: AccountRefresh;
  refreshNow(): void;
}

/**
 * The customer's statement: fetched from Siigo when a customer is chosen (interactive priority,
 * the cashier is waiting), else the cached account with its date; plus local invoices and
 * receipts, live, so a payment just queued lowers the balances at once.
 */
export function useStatement(customer: CustomerItem): Statement {
  const { db, bridge } = useServices();
  const link = useApp((state) => state.link);
  const { mirrorId, identification, branchOffice } = customer;
  const [refresh, setRefresh] = useState<AccountRefresh>({ state: mirrorId ? 'loading' : 'local-only' });
  const current = useRef(0);

  const refreshNow = useCallback(() => {
    const attempt = ++current.current;
    if (!mirrorId) return setRefresh({ state: 'local-only' });
    // The link state is known: do not make the cashier wait for a request that cannot succeed.
    if (link === 'offline') return setRefresh({ state: 'offline' });
    setRefresh({ state: 'loading' });
    fetchCustomerAccount(db, bridge, { id: mirrorId, identification, branchOffice }, { priority: 'interactive' }).then(
      () => attempt === current.current && setRefresh({ state: 'fresh' }),
      (error: unknown) => {
        if (attempt !== current.current) return;
        const failure = failureOf(error);
        setRefresh(failure.kind === 'offline' || failure.kind === 'timeout' ? { state: 'offline' } : { state: 'error', failure });
      },
    );
  }, [db, bridge, link, mirrorId, identification, branchOffice]);

  // Once per customer chosen (not on every link change: the cashier can press "Actualizar").
  const refreshRef = useRef(refreshNow);
  refreshRef.current = refreshNow;
  useEffect(() => refreshRef.current(), [mirrorId, identification, branchOffice]);

  const data = useLiveQuery(async () => {
    const [account, invoices, receipts] = await Promise.all([
      mirrorId ? db.accounts.get(mirrorId) : undefined,
      documentsForCustomer(db, identification, branchOffice, ['invoice']),
      documentsForCustomer(db, identification, branchOffice, ['voucher']),
    ]);
    const fetchedAt = account?.fetchedAt ?? null;
    const unconfirmed = receipts.filter((receipt) => receiptStage(receipt, fetchedAt) === 'sent-unconfirmed').map((receipt) => receipt.id);
    return { fetchedAt, lines: statementLines(account, invoices, receipts), unconfirmed: unconfirmed.sort().join(',') };
  }, [db, mirrorId, identification, branchOffice]);

  // A receipt Siigo now holds but the shown account predates: fetch the account again, in the
  // background (the rate budget goes to the counter first), so Siigo's balance replaces the
  // pending mark. The outbox asks for the same fetch after the send (`confirmSentReceipts`): one
  // request serves both. Once per set of such receipts: a failed fetch is not retried in a loop.
  const unconfirmed = data?.unconfirmed ?? '';
  const confirming = useRef('');
  useEffect(() => {
    if (!unconfirmed || !mirrorId || confirming.current === unconfirmed || link === 'offline') return;
    confirming.current = unconfirmed;
    fetchCustomerAccount(db, bridge, { id: mirrorId, identification, branchOffice }, { priority: 'background' }).then(
      () => setRefresh((current) => (current.state === 'loading' ? current : { state: 'fresh' })),
      () => undefined,
    );
  }, [unconfirmed, db, bridge, link, mirrorId, identification, branchOffice]);

  return { lines: data?.lines, fetchedAt: data?.fetchedAt ?? null, refresh, refreshNow };
}
