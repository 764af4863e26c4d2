import { isElectronic as isElectronicType } from '../../../src-shared/validation';
import { useLiveQuery } from 'dexie-react-hooks';
import { colombiaToday } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useDefaults } from '../../app/defaults';
import { openCashSession } from '../../data/cash/current-session';
import { useServices } from '../../app/services';
import type { DocumentTypeRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';
import type { ReturnSettings } from './credit-note-body';
import { creditedAmounts, creditNotesOf, totalsCatalogs } from '../../data/outbox/credit-notes';
import { returnableLines } from './returnable';

/** A mirrored type that is electronic (a missing one is not). */
const isElectronic = (type: DocumentTypeRow | undefined): boolean => type !== undefined && isElectronicType(type.siigo);

/**
 * The note type for a return: Ajustes' choice when it matches the invoice (Siigo refuses a note
 * whose electronic type differs from its invoice's, `invalid_document`), else the first active
 * note type that does.
 */
export function noteTypeFor(invoiceType: DocumentTypeRow | undefined, noteTypes: readonly DocumentTypeRow[], chosen: number | null): DocumentTypeRow | undefined {
  const matching = noteTypes.filter((type) => type.active && isElectronic(type) === isElectronic(invoiceType));
  return matching.find((type) => type.id === chosen) ?? matching[0];
}

/** Everything a return of `invoice` needs, live: its notes, lines still returnable, settings. Undefined while loading. */
export function useReturn(invoice: DocumentRow) {
  const { db } = useServices();
  const defaults = useDefaults();
  const cashSessionRequired = useApp((state) => state.settings?.defaults.cashSessionRequired ?? false);
  const data = useLiveQuery(async () => {
    const [notes, taxes, documentTypes, paymentTypes, catalogs, session] = await Promise.all([
      creditNotesOf(db, invoice.id),
      db.taxes.toArray(),
      db.documentTypes.toArray(),
      db.paymentTypes.toArray(),
      totalsCatalogs(db),
      openCashSession(db),
    ]);
    return { notes, taxes, documentTypes, paymentTypes, catalogs, session };
  }, [db, invoice.id]);
  if (!data || !defaults) return undefined;
  const body = invoice.body as Parameters<typeof returnableLines>[0];
  const invoiceType = data.documentTypes.find((type) => type.id === body.document?.id);
  const noteType = noteTypeFor(invoiceType, data.documentTypes.filter((type) => type.type === 'NC'), defaults.creditNoteDocumentTypeId);
  const settings: ReturnSettings = {
    documentTypeId: noteType?.id ?? null,
    electronic: isElectronic(noteType),
    sendToDian: defaults.sendToDian,
    today: colombiaToday(new Date()),
    paymentTypes: data.paymentTypes,
  };
  return {
    notes: data.notes,
    lines: returnableLines(body, data.notes, data.taxes),
    amounts: creditedAmounts(body, data.notes, data.catalogs),
    settings,
    percentageDiscount: invoiceType?.siigo.discount_type === 'Percentage',
    invoiceElectronic: isElectronic(invoiceType),
    /** Ajustes requires an open cash session and none is open: money may not leave a drawer nobody counts. */
    sessionMissing: cashSessionRequired && data.session === null,
    /** The invoice was sold (partly) on credit: a balance in favour lowers what the customer owes. */
    soldOnCredit: (body.payments ?? []).some((payment) => payment.due_date),
  };
}
