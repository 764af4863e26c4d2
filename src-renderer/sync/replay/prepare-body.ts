import { dueReferenceOf } from '../../../src-shared/outbox/due-reference';
import { sendDateFor } from '../../../src-shared/validation';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow } from '../../data/outbox/rows';

export interface PreparedBody {
  body: Record<string, unknown>;
  /** An edit's record in Siigo (the id its PUT names); null for a creation. */
  targetId: string | null;
  /** Changes made to the body at send time, for the audit trail. */
  notes: string[];
}

export class DependencyNotReadyError extends Error {
  constructor(readonly documentId: string) {
    super(`Dependency ${documentId} has not reached Siigo yet`);
    this.name = 'DependencyNotReadyError';
  }
}

function setAt(target: Record<string, unknown>, path: ReadonlyArray<string | number>, value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  if (last === undefined || typeof node !== 'object' || node === null) throw new Error('Bad reference path');
  (node as Record<string | number, unknown>)[last] = value;
}


/**
 * The body exactly as it will be sent: references to documents that were still queued are filled
 * from their Siigo result, and an electronic invoice or credit note drafted on an earlier day takes today's date
 * (non-electronic documents keep theirs). Pure with respect to the stored document.
 */
export async function prepareBody(db: MostradorDB, document: DocumentRow, today: string): Promise<PreparedBody> {
  const body = structuredClone(document.body) as Record<string, unknown>;
  const notes: string[] = [];
  const targetId = document.target ? await targetIdOf(db, document.target) : null;
  for (const ref of document.refs) {
    const dependency = await db.documents.get(ref.documentId);
    if (!dependency?.siigo?.name) throw new DependencyNotReadyError(ref.documentId);
    if (ref.use === 'invoice-id') {
      setAt(body, [...ref.path], dependency.siigo.id);
      notes.push(`Factura ${dependency.siigo.name} referenciada`);
      continue;
    }
    const dependencyBody = dependency.body as { date?: string; payments?: Array<{ due_date?: string }> };
    const dueDate = dependencyBody.payments?.find((payment) => payment.due_date)?.due_date;
    const due = dueReferenceOf(
      { name: dependency.siigo.name, number: dependency.siigo.number, date: dependencyBody.date ?? today },
      1,
      dueDate,
    );
    setAt(body, [...ref.path], due);
    notes.push(`Referencia a ${dependency.siigo.name} completada`);
  }
  const documentTypeId = (body['document'] as { id?: unknown } | undefined)?.id;
  const documentType = typeof documentTypeId === 'number' ? await db.documentTypes.get(documentTypeId) : undefined;
  // Electronic credit notes follow the invoices' date rule (FIELD-NOTES.md, "Credit notes").
  if ((document.kind === 'invoice' || document.kind === 'creditNote') && documentType && typeof body['date'] === 'string') {
    const date = sendDateFor(documentType.siigo, body['date'], today);
    if (date !== body['date']) {
      notes.push(`Fecha cambiada de ${body['date']} a ${date}: la DIAN exige la fecha de envío`);
      body['date'] = date;
    }
  }
  return { body, targetId, notes };
}

/** The Siigo id an edit replaces: known, or its creation's once that was sent (else it waits). */
async function targetIdOf(db: MostradorDB, target: NonNullable<DocumentRow['target']>): Promise<string> {
  if (target.siigoId) return target.siigoId;
  const creation = target.documentId ? await db.documents.get(target.documentId) : undefined;
  if (!creation?.siigo?.id) throw new DependencyNotReadyError(target.documentId ?? 'unknown');
  return creation.siigo.id;
}
