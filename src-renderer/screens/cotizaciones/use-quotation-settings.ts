import { useLiveQuery } from 'dexie-react-hooks';
import { colombiaToday } from '../../../src-shared/validation';
import { useDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import type { QuotationSettings } from './quotation-draft';

/** The quotation type, seller and cost center from the defaults; undefined while loading. */
export function useQuotationSettings(): QuotationSettings | undefined {
  const { db } = useServices();
  const defaults = useDefaults();
  const documentTypes = useLiveQuery(() => db.documentTypes.toArray(), [db]);
  if (!defaults || !documentTypes) return undefined;
  const type = documentTypes.find((t) => t.id === defaults.quotationDocumentTypeId);
  return {
    documentTypeId: defaults.quotationDocumentTypeId,
    sellerId: defaults.sellerId,
    costCenterId: defaults.costCenterId,
    today: colombiaToday(new Date()),
    discountKind: type?.siigo.discount_type === 'Percentage' ? 'percentage' : 'value',
  };
}
