import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { CreditNote, Invoice } from '../../../src-shared/siigo';
import { siigoFilterTime } from '../pull/pull-context';

/** The documents whose DIAN status is watched. */
export type WatchedKind = 'invoice' | 'creditNote';

/** A document's DIAN state as Siigo reported it. */
export interface StampRead {
  name: string;
  status: string;
  /** CUFE of an invoice, CUDE of a credit note. */
  code: string | null;
  /** Rejected: the DIAN's reasons (for an invoice, one more request to `/stamp/errors`). */
  errors: () => Promise<string[]>;
}

const background = { priority: 'background' } as const;

/** Siigo's list pages hold at most 100 documents (FIELD-NOTES, Pagination). */
const LIST_PAGE_SIZE = 100;

export async function invoiceErrors(bridge: BridgeClient, id: string): Promise<string[]> {
  return (await bridge.invoke('invoices:stamp-errors', { id }, background)).errors.map((e) => e.message);
}

function invoiceRead(bridge: BridgeClient, invoice: Invoice): StampRead {
  return {
    name: invoice.name,
    status: invoice.stamp?.status ?? 'Draft',
    code: invoice.stamp?.cufe ?? invoice.cufe ?? null,
    errors: () => invoiceErrors(bridge, invoice.id),
  };
}

/** Siigo has no stamp-errors route for notes: the reasons are on the note's own stamp. */
export function noteErrors(note: CreditNote): string[] {
  const errors = note.stamp?.errors;
  return typeof errors === 'string' && errors.trim() !== '' ? [errors] : ['La DIAN rechazó la nota crédito; revise el detalle en Siigo Nube'];
}

function noteRead(note: CreditNote): StampRead {
  const stamp = note.stamp;
  return { name: note.name, status: stamp?.status ?? 'Draft', code: stamp?.cude ?? stamp?.cufe ?? null, errors: () => Promise.resolve(noteErrors(note)) };
}

/** One document's DIAN state, with one GET. */
export async function readStamp(bridge: BridgeClient, kind: WatchedKind, id: string): Promise<StampRead> {
  if (kind === 'creditNote') return noteRead(await bridge.invoke('credit-notes:get', { id }, background));
  return invoiceRead(bridge, await bridge.invoke('invoices:get', { id }, background));
}

/**
 * The DIAN state of every document of `kind` Siigo created from `since` on, by Siigo id: every
 * page of `GET /v1/invoices` (or `/v1/credit-notes`) filtered by `created_start`, 100 a page.
 * Returns the map and how many pages it took.
 */
export async function listStamps(bridge: BridgeClient, kind: WatchedKind, since: number): Promise<{ stamps: Map<string, StampRead>; pages: number }> {
  const stamps = new Map<string, StampRead>();
  const query = { created_start: siigoFilterTime(new Date(since)), page_size: LIST_PAGE_SIZE };
  for (let page = 1; ; page += 1) {
    if (kind === 'creditNote') {
      const listed = await bridge.invoke('credit-notes:list', { ...query, page }, background);
      for (const note of listed.results) stamps.set(note.id, noteRead(note));
      if (!listed.hasNext || listed.results.length === 0) return { stamps, pages: page };
    } else {
      const listed = await bridge.invoke('invoices:list', { ...query, page }, background);
      for (const invoice of listed.results) stamps.set(invoice.id, invoiceRead(bridge, invoice));
      if (!listed.hasNext || listed.results.length === 0) return { stamps, pages: page };
    }
  }
}
