import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { documentNumber } from '../../receipt/receipt-model';
import './cotizaciones.css';

/**
 * "De la cotización C-1-23" on an invoice made from a quotation (Documentos' detail, Venta), a
 * link that opens it in Cotizaciones. Nothing when the quotation is not on this PC.
 */
export function QuotationOrigin({ quotationId }: { quotationId: string | null | undefined }) {
  const { db } = useServices();
  const go = useApp((state) => state.go);
  const quotation = useLiveQuery(async () => (quotationId ? ((await db.documents.get(quotationId)) ?? null) : null), [db, quotationId]);
  if (!quotationId || !quotation) return null;
  const name = documentNumber(quotation) ?? `sin número aún (${quotation.summary.customerName ?? 'sin cliente'})`;
  return (
    <p className="quotation-origin" data-testid="quotation-origin">
      <button type="button" className="link" onClick={() => go('cotizaciones', quotation.id)}>
        De la cotización {name}
      </button>
    </p>
  );
}
