import { isCashType } from '../../../src-shared/cash/payment-methods';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import type { PaymentTypeRow } from '../../data/mirror/rows';

export interface ReceiptSetup {
  documentTypeId: number | null;
  /** Active payment methods Siigo offers for receipts (RC). */
  paymentTypes: PaymentTypeRow[];
  defaultPaymentTypeId: number | null;
  /** Set when the receipt type requires a cost center. */
  costCenterId: number | null;
}

/** Receipt type, payment methods and cost center for a new receipt, from Ajustes and the mirror. */
export function useReceiptSetup(): ReceiptSetup | undefined {
  const { db } = useServices();
  const defaults = useDefaults();
  const catalogs = useLiveQuery(async () => {
    const paymentTypes = (await db.paymentTypes.where('documentTypes').equals('RC').toArray()).filter((row) => row.active);
    return { paymentTypes, documentTypes: await db.documentTypes.where('type').equals('RC').toArray() };
  }, [db]);
  if (!defaults || !catalogs) return undefined;
  const { paymentTypes } = catalogs;
  const preferred =
    paymentTypes.find((row) => row.id === defaults.paymentTypeId) ??
    paymentTypes.find((row) => isCashType(row.siigo)) ??
    paymentTypes[0];
  const receiptType = catalogs.documentTypes.find((row) => row.id === defaults.receiptDocumentTypeId);
  return {
    documentTypeId: defaults.receiptDocumentTypeId,
    paymentTypes,
    defaultPaymentTypeId: preferred?.id ?? null,
    costCenterId: receiptType?.siigo.cost_center_mandatory ? defaults.costCenterId : null,
  };
}
