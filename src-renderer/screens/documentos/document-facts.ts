import type { DocumentRow } from '../../data/outbox/rows';

/** What the list and the detail show of a document, read from its summary and its Siigo body. */
export interface DocumentFacts {
  /** Siigo's number ("FV-1-123"); null while not created in Siigo. */
  number: string | null;
  /** The document's own date (Siigo's `date`), else when it was made here. */
  date: string;
  customerName: string | null;
  customerIdentification: string | null;
  branchOffice: number;
  total: string | null;
}

/** Reads `body.a.b…` without trusting the body's shape (it is whatever was queued). */
export function pathOf(body: unknown, ...path: string[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : null);

/** A customer's own body (its creation or an edit), where the identification is top-level. */
const isCustomerBody = (document: DocumentRow) => document.kind === 'customer' || document.kind === 'customerUpdate';

function customerNameOf(document: DocumentRow): string | null {
  if (document.summary.customerName) return document.summary.customerName;
  if (!isCustomerBody(document)) return null;
  const name = pathOf(document.body, 'name');
  return Array.isArray(name) ? name.filter((part) => typeof part === 'string').join(' ') || null : text(name);
}

export function documentFacts(document: DocumentRow): DocumentFacts {
  const identification =
    document.summary.customerIdentification ??
    text(isCustomerBody(document) ? pathOf(document.body, 'identification') : pathOf(document.body, 'customer', 'identification'));
  const branch = pathOf(document.body, 'customer', 'branch_office') ?? pathOf(document.body, 'branch_office');
  const siigoNumber = document.siigo?.name ?? (document.siigo?.number != null ? `${document.siigo.prefix ?? ''}${document.siigo.number}` : null);
  return {
    number: siigoNumber,
    date: text(pathOf(document.body, 'date')) ?? document.createdAt,
    customerName: customerNameOf(document),
    customerIdentification: identification,
    branchOffice: typeof branch === 'number' ? branch : 0,
    total: document.summary.total ?? null,
  };
}

/** "FV-1-123.pdf"; characters a file system refuses become hyphens. */
export function pdfFileName(document: DocumentRow): string {
  const base = document.siigo?.name ?? document.summary.label ?? `factura-${document.id}`;
  return `${base.replace(/[\\/:*?"<>|\s]+/g, '-')}.pdf`;
}
