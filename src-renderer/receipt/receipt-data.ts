import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../app/app-store';
import { useServices } from '../app/services';
import type { MostradorDB } from '../data/db';
import type { DocumentRow } from '../data/outbox/rows';
import { EMPTY_ISSUER, type ReceiptCatalogs, type RollSettings } from './receipt-model';

/** The issuer and the roll width from Ajustes (main's settings, loaded at start). */
export function useRollSettings(): RollSettings {
  const defaults = useApp((state) => state.settings?.defaults);
  return { issuer: defaults?.issuer ?? EMPTY_ISSUER, rollWidth: defaults?.rollWidth ?? '80' };
}

/**
 * The document as stored now: a receipt on screen turns from provisional into the Siigo number
 * and the CUFE as the outbox and the DIAN answer, without being opened again.
 */
export function useLiveDocument(document: DocumentRow): DocumentRow {
  const { db } = useServices();
  return useLiveQuery(() => db.documents.get(document.id), [db, document.id]) ?? document;
}

/** The mirrored catalogs a receipt names things from; undefined while they load. */
export function useReceiptCatalogs(): ReceiptCatalogs | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => ({
      documentTypes: await db.documentTypes.toArray(),
      paymentTypes: await db.paymentTypes.toArray(),
      taxes: await db.taxes.toArray(),
    }),
    [db],
  );
}

const nameOf = (document: DocumentRow | undefined): string | null =>
  document ? (document.siigo?.name ?? document.summary.label ?? 'Factura pendiente de número') : null;

/**
 * The invoice a credit note corrects, as printed: its Siigo name when this PC has it (the local
 * document it depends on, or the invoice sent with that Siigo id), else null (the caller then
 * prints Siigo's id).
 */
export async function correctedInvoiceName(db: MostradorDB, note: DocumentRow): Promise<string | null> {
  const localIds = [...note.refs.filter((ref) => ref.use === 'invoice-id').map((ref) => ref.documentId), ...note.dependsOn];
  for (const id of localIds) {
    const local = await db.documents.get(id);
    if (local?.kind === 'invoice') return nameOf(local);
  }
  const siigoId = (note.body as { invoice?: unknown } | null)?.invoice;
  if (typeof siigoId !== 'string' || siigoId === '') return null;
  const sent = await db.documents.where('kind').equals('invoice').filter((d) => d.siigo?.id === siigoId).first();
  if (sent) return nameOf(sent);
  // An invoice made elsewhere: the customer accounts fetched for Cartera may name it.
  let named: string | null = null;
  await db.accounts.each((account) => {
    named ??= account.invoices.find((invoice) => invoice.id === siigoId)?.name ?? null;
  });
  return named;
}

/** Names of the local invoices a cash receipt pays, for payments of invoices still queued. */
export async function paidInvoiceNames(db: MostradorDB, voucher: DocumentRow): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const ref of voucher.refs) {
    if (ref.use !== 'invoice-due' || names.has(ref.documentId)) continue;
    const name = nameOf(await db.documents.get(ref.documentId));
    if (name) names.set(ref.documentId, name);
  }
  return names;
}
