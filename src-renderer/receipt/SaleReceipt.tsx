import type { DocumentRow } from '../data/outbox/rows';
import { useLiveDocument, useReceiptCatalogs, useRollSettings } from './receipt-data';
import { partyFacts, receiptDay, saleView } from './receipt-model';
import { localReference } from '../data/outbox/local-reference';
import { Amounts, DianCode, DocumentHeading, Facts, Footer, IssuerHeader, Lines, Resolution, Roll, Section, TaxesByRate } from './roll';

export interface ReceiptProps {
  document: DocumentRow;
  /** A reprint (Documentos): marked COPIA. The print right after the sale is the original. */
  copy?: boolean;
}

/**
 * The sale receipt on the roll chosen in Ajustes. It reads its document live, so the provisional
 * notice turns into the Siigo number, and the CUFE and its QR appear once the DIAN accepts it;
 * the same component reprints any invoice later (Documentos).
 */
export function SaleReceipt({ document, copy }: ReceiptProps) {
  const live = useLiveDocument(document);
  const catalogs = useReceiptCatalogs();
  const { issuer, rollWidth } = useRollSettings();
  if (!catalogs) return null;
  const view = saleView(live, catalogs);
  const cashRows = view.cashReceived
    ? [
        { label: 'Efectivo recibido', value: view.cashReceived },
        view.change ? { label: 'Cambio', value: view.change } : null,
      ]
    : [];
  return (
    <Roll label="Recibo" width={rollWidth} copy={copy}>
      <IssuerHeader issuer={issuer} />
      <Resolution text={issuer.resolution} />
      <DocumentHeading heading={view.heading} />
      <Facts
        testId="receipt-facts"
        rows={[
          ...partyFacts(view),
          view.heading.number ? null : ['Referencia', localReference(document)],
        ]}
      />
      <Lines lines={view.lines} />
      <Amounts
        testId="receipt-totals"
        rows={[
          { label: 'Subtotal', value: view.totals.subtotal },
          view.totals.discount.units !== 0n ? { label: 'Descuentos', value: view.totals.discount } : null,
          view.totals.tax.units !== 0n ? { label: 'Impuestos', value: view.totals.tax } : null,
          { label: 'TOTAL', value: view.totals.total, strong: true },
        ]}
      />
      <TaxesByRate taxes={view.taxes} />
      <Section title="Pagos" testId="receipt-payments">
        <Amounts
          rows={[
            ...view.payments.map((p) => ({ label: p.dueDate ? `${p.name} (vence ${receiptDay(p.dueDate)})` : p.name, value: p.value })),
            ...cashRows,
          ]}
        />
      </Section>
      {view.observations && <p className="receipt-note">{view.observations}</p>}
      {view.dian && <DianCode code={view.dian.code} label="CUFE" withQr={view.dian.accepted} />}
      <Footer>
        {view.electronic && !view.heading.provisional && <p>Representación impresa de la factura electrónica</p>}
        <p>Gracias por su compra</p>
      </Footer>
    </Roll>
  );
}
