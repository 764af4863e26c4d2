import type { CustomerCreate } from '../../../src-shared/siigo';
import { foldText } from '../../../src-shared/search';
import type { MostradorDB } from '../../data/db';
import { customerByIdentification } from '../../data/mirror/lookups';
import type { CustomerRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';
import { customerDisplayName } from './customer-form-model';

/** The customer of a document being made: Siigo's key plus what the screen shows. */
export interface ChosenCustomer {
  identification: string;
  branchOffice: number;
  name: string;
  /** The local customer document while Siigo does not have it yet: the document must wait for it. */
  pendingDocumentId?: string;
}

export const fromMirror = (row: CustomerRow): ChosenCustomer => ({ identification: row.identification, branchOffice: row.branchOffice, name: row.name });

export const fromCreated = (documentId: string, body: CustomerCreate): ChosenCustomer => ({
  identification: body.identification,
  branchOffice: body.branch_office ?? 0,
  name: customerDisplayName(body),
  pendingDocumentId: documentId,
});

/** A customer document made on this PC and not discarded; pending until Siigo created it. */
function fromDocument(document: DocumentRow): ChosenCustomer {
  const body = document.body as CustomerCreate;
  return {
    identification: body.identification,
    branchOffice: body.branch_office ?? 0,
    name: customerDisplayName(body),
    ...(document.state === 'sent' ? {} : { pendingDocumentId: document.id }),
  };
}

/** Customers created on this PC (the mirror has them only after Siigo created them and a pull ran). */
export async function localCustomers(db: MostradorDB, text: string): Promise<ChosenCustomer[]> {
  const query = foldText(text.trim()).replace(/[\s-]/g, '');
  const documents = await db.documents.where('kind').equals('customer').toArray();
  return documents
    .filter((document) => document.state !== 'discarded' && document.state !== 'draft')
    .map(fromDocument)
    .filter((c) => query === '' || c.identification.startsWith(query) || foldText(c.name).replace(/\s/g, '').includes(query));
}

/**
 * The customer named by a stored body (a draft, a quotation, an invoice to fix): from the mirror,
 * else from this PC's customer documents, else just the identification.
 */
export async function resolveCustomer(db: MostradorDB, ref: { identification?: string; branch_office?: number } | undefined, name?: string): Promise<ChosenCustomer | null> {
  if (!ref?.identification) return null;
  const branchOffice = ref.branch_office ?? 0;
  const local = (await localCustomers(db, ref.identification)).find((c) => c.identification === ref.identification && c.branchOffice === branchOffice);
  if (local?.pendingDocumentId) return local;
  const row = await customerByIdentification(db, ref.identification, branchOffice);
  if (row) return fromMirror(row);
  return local ?? { identification: ref.identification, branchOffice, name: name ?? ref.identification };
}
