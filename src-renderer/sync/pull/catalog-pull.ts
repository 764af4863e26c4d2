import type { Table } from 'dexie';
import {
  toCostCenterRow,
  toDocumentTypeRow,
  toPaymentTypeRows,
  toPriceListRow,
  toTaxRow,
  toUserRow,
  toWarehouseRow,
} from '../../data/mirror/catalog-rows';
import type { DocumentTypeRow } from '../../data/mirror/rows';
import type { PaymentType } from '../../../src-shared/siigo';
import { BACKGROUND, type PullContext } from './pull-context';

/** Document kinds the app issues: sales invoices, quotations, cash receipts, credit notes. */
export const DOCUMENT_KINDS = ['FV', 'C', 'RC', 'NC'] as const;
/** Kinds whose payment types the app needs: invoice payments, refunds of credit notes, receipts. */
export const PAYMENT_KINDS = ['FV', 'NC', 'RC'] as const;

/** Requests one catalog pull makes (the progress total). */
export const CATALOG_REQUESTS = DOCUMENT_KINDS.length + PAYMENT_KINDS.length + 5;

/**
 * Replaces a catalog table with a complete fresh list. Only called once every list of the
 * catalog pull has arrived: a failed pull never touches the tables, and an entry Siigo no
 * longer lists is removed only in the light of a complete answer.
 */
async function replaceCatalog<R extends { id: number }>(table: Table<R, number>, rows: readonly R[]): Promise<void> {
  const keep = new Set(rows.map((r) => r.id));
  const stale = (await table.toCollection().primaryKeys()).filter((id) => !keep.has(id));
  if (stale.length > 0) await table.bulkDelete(stale);
  await table.bulkPut([...rows]);
}

/**
 * Catalogs are small plain lists (no pagination, no change filters): each pull downloads them
 * all, then writes every table in one transaction, so documents never see a half-updated set
 * (say, new document types with old payment types).
 */
export async function runCatalogPull(ctx: PullContext): Promise<void> {
  const { db, bridge } = ctx;
  let done = 0;
  const step = <T>(value: T): T => {
    done += 1;
    ctx.progress.emit({ entity: 'catalogs', phase: 'catalogs', done, total: CATALOG_REQUESTS });
    ctx.signal?.throwIfAborted();
    return value;
  };
  const startedAt = ctx.now().toISOString();

  const documentTypes: DocumentTypeRow[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const list = step(await bridge.invoke('catalogs:document-types', { type: kind }, BACKGROUND));
    documentTypes.push(...list.map((d) => toDocumentTypeRow(d, kind)));
  }
  const paymentLists: Array<{ kind: string; types: PaymentType[] }> = [];
  for (const kind of PAYMENT_KINDS) {
    paymentLists.push({ kind, types: step(await bridge.invoke('catalogs:payment-types', { documentType: kind }, BACKGROUND)) });
  }
  const taxes = step(await bridge.invoke('catalogs:taxes', undefined, BACKGROUND)).map(toTaxRow);
  const users = step(await bridge.invoke('catalogs:users', undefined, BACKGROUND)).map(toUserRow);
  const warehouses = step(await bridge.invoke('catalogs:warehouses', undefined, BACKGROUND)).map(toWarehouseRow);
  const priceLists = step(await bridge.invoke('catalogs:price-lists', undefined, BACKGROUND)).map(toPriceListRow);
  const costCenters = step(await bridge.invoke('catalogs:cost-centers', undefined, BACKGROUND)).map(toCostCenterRow);

  const tables = [db.documentTypes, db.paymentTypes, db.taxes, db.users, db.warehouses, db.priceLists, db.costCenters, db.syncState];
  await db.transaction('rw', tables, async () => {
    await replaceCatalog(db.documentTypes, documentTypes);
    await replaceCatalog(db.paymentTypes, toPaymentTypeRows(paymentLists));
    await replaceCatalog(db.taxes, taxes);
    await replaceCatalog(db.users, users);
    await replaceCatalog(db.warehouses, warehouses);
    await replaceCatalog(db.priceLists, priceLists);
    await replaceCatalog(db.costCenters, costCenters);
    await db.syncState.put({
      entity: 'catalogs',
      checkpoint: startedAt,
      fullPull: null,
      lastSuccessAt: ctx.now().toISOString(),
      lastError: null,
    });
  });
}
