import { dueReferenceOf } from '../../../src-shared/outbox/due-reference';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow } from '../../data/outbox/rows';

export interface PreparedBody {
  body: Record<string, unknown>;
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

/** Electronic invoices must carry the day they are sent (Siigo: invalid_date before today). */
async function isElectronicDocumentType(db: MostradorDB, documentTypeId: unknown): Promise<boolean> {
  if (typeof documentTypeId !== 'number') return false;
  const row = await db.documentTypes.get(documentTypeId);
  const electronicType = row?.siigo.electronic_type;
  return typeof electronicType === 'string' && electronicType !== 'NoElectronic' && electronicType !== '';
}

/**
 * The body exactly as it will be sent: references to documents that were still queued are filled
 * from their Siigo result, and an electronic invoice drafted on an earlier day takes today's date
 * (non-electronic documents keep theirs). Pure with respect to the stored document.
 */
export async function prepareBody(db: MostradorDB, document: DocumentRow, today: string): Promise<PreparedBody> {
  const body = structuredClone(document.body) as Record<string, unknown>;
  const notes: string[] = [];
  for (const ref of document.refs) {
    const dependency = await db.documents.get(ref.documentId);
    if (!dependency?.siigo?.name) throw new DependencyNotReadyError(ref.documentId);
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
  if (document.kind === 'invoice' && typeof body['date'] === 'string' && body['date'] < today) {
    const documentType = (body['document'] as { id?: unknown } | undefined)?.id;
    if (await isElectronicDocumentType(db, documentType)) {
      notes.push(`Fecha cambiada de ${body['date']} a ${today}: la DIAN exige la fecha de envío`);
      body['date'] = today;
    }
  }
  return { body, notes };
}
